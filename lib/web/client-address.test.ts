import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress } from "./client-address";

const proxies = new Set(["10.0.0.1", "10.0.0.2"]);

describe("clientAddress", () => {
  it("is the socket's address when no trusted proxy sent the request, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.5", "198.51.100.1", proxies)).toBe("203.0.113.5");
    expect(clientAddress("::ffff:203.0.113.5", undefined, proxies)).toBe("203.0.113.5");
    expect(clientAddress("127.0.0.1", "198.51.100.1", new Set())).toBe("127.0.0.1");
  });

  it("reads X-Forwarded-For from the right, past the trusted proxies", () => {
    expect(clientAddress("10.0.0.1", "198.51.100.1", proxies)).toBe("198.51.100.1");
    // A client that forges the first hop is still known by the hop the proxy appended.
    expect(clientAddress("10.0.0.1", "1.2.3.4, 198.51.100.1, 10.0.0.2", proxies)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.1", ["1.2.3.4", "198.51.100.1"], proxies)).toBe("198.51.100.1");
  });

  it("stops at a malformed hop", () => {
    expect(clientAddress("10.0.0.1", "198.51.100.1, not-an-address", proxies)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", "", proxies)).toBe("10.0.0.1");
  });

  it("normalizes IPv4 on IPv6 sockets and letter case", () => {
    expect(normalizeAddress("::FFFF:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
  });
});
