import { describe, expect, it } from "vitest";
import { etagFor, keepable, matchesEtag } from "./answer";

describe("etagFor and matchesEtag", () => {
  it("changes with the version and the address, and matches weakly, in a list or as *", () => {
    const tag = etagFor("3@1700000000000", "/people/a");
    expect(tag).not.toBe(etagFor("4@1700000000001", "/people/a"));
    expect(tag).not.toBe(etagFor("3@1700000000000", "/people/b"));
    expect(matchesEtag(tag, tag)).toBe(true);
    expect(matchesEtag(`"other", ${tag.replace(/^W\//, "")}`, tag)).toBe(true);
    expect(matchesEtag("*", tag)).toBe(true);
    expect(matchesEtag(etagFor("4@1", "/people/a"), tag)).toBe(false);
    expect(matchesEtag(undefined, tag)).toBe(false);
  });
});

describe("keepable", () => {
  const html = (nonce: string) => Buffer.from(`<html><body><script nonce="${nonce}">go()</script></body></html>`);
  it("keeps a page with its hash policy, and never an error, a cookie or a page without its nonce", async () => {
    const csp = "script-src 'self' 'nonce-N1' 'strict-dynamic'";
    const page = await keepable({ status: 200, headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": csp }, body: html("N1") }, "W/\"t\"");
    expect(page?.headers["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
    expect(page?.body.toString()).not.toContain("N1");
    expect(await keepable({ status: 503, headers: { "content-type": "text/html", "content-security-policy": csp }, body: html("N1") }, "t")).toBeNull();
    expect(await keepable({ status: 200, headers: { "content-type": "text/html", "content-security-policy": csp, "set-cookie": ["a=b"] }, body: html("N1") }, "t")).toBeNull();
    expect(await keepable({ status: 200, headers: { "content-type": "text/html" }, body: html("N1") }, "t")).toBeNull();
  });
});
