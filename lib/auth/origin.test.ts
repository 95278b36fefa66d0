import { describe, expect, it } from "vitest";
import { clientAddress, comesFromOrigin } from "./origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("comesFromOrigin", () => {
  it("accepts the public origin and refuses any other, or none", () => {
    expect(comesFromOrigin(headers({ origin: "https://readout.example" }), "https://readout.example")).toBe(true);
    expect(comesFromOrigin(headers({ origin: "https://evil.example" }), "https://readout.example")).toBe(false);
    expect(comesFromOrigin(headers({ origin: "http://readout.example" }), "https://readout.example")).toBe(false);
    expect(comesFromOrigin(headers({ origin: "null" }), "https://readout.example")).toBe(false);
    expect(comesFromOrigin(headers({}), "https://readout.example")).toBe(false);
  });

  it("falls back on the Referer only when there is no Origin", () => {
    expect(comesFromOrigin(headers({ referer: "https://readout.example/editor" }), "https://readout.example")).toBe(true);
    expect(comesFromOrigin(headers({ referer: "https://readout.example.evil.example/" }), "https://readout.example")).toBe(false);
    expect(comesFromOrigin(headers({ referer: "not a url" }), "https://readout.example")).toBe(false);
    expect(comesFromOrigin(headers({ origin: "https://evil.example", referer: "https://readout.example/" }), "https://readout.example")).toBe(false);
  });
});

describe("clientAddress", () => {
  it("takes the last forwarded address, which the client cannot choose", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "10.0.0.9, 127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientAddress(headers({}))).toBe("unknown");
  });
});
