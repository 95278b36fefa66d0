import { describe, expect, it } from "vitest";
import { siteOrigin } from "./site-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("siteOrigin", () => {
  it("uses the Host header, or the forwarded host and protocol behind a proxy", () => {
    expect(siteOrigin(headers({ host: "127.0.0.1:3000" }))).toBe("http://127.0.0.1:3000");
    expect(siteOrigin(headers({ host: "internal:3000", "x-forwarded-host": "readout.example", "x-forwarded-proto": "https" }))).toBe("https://readout.example");
  });
  it("falls back to localhost for a missing or malformed host", () => {
    expect(siteOrigin(headers({}))).toBe("http://localhost:3000");
    expect(siteOrigin(headers({ host: "evil.example/<script>" }))).toBe("http://localhost:3000");
    expect(siteOrigin(headers({ host: "a.example", "x-forwarded-proto": "javascript" }))).toBe("http://localhost:3000");
  });
});
