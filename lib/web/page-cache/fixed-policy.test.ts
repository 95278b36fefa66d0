import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fixPage, hashedContentSecurityPolicy } from "./fixed-policy";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const NONCE = "AbC+1/xyz==";

describe("fixPage", () => {
  const page = [
    `<html><head><link rel="preload" href="/a.js" nonce="${NONCE}"/><style nonce="${NONCE}">body{color:red}</style></head><body>`,
    `<script src="/_next/static/chunks/main.js" async="" nonce="${NONCE}"></script>`,
    `<script nonce="${NONCE}">self.__next_f.push([1,"a \\u003cb\\u003e"])</script>`,
    // Injected: no nonce, so no hash, so still blocked.
    `<script>alert(1)</script><style>body{display:none}</style>`,
    `</body></html>`,
  ].join("");

  it("allows by hash exactly the inline scripts and styles that carried the render's nonce", () => {
    const fixed = fixPage(page, NONCE);
    expect(fixed.scriptHashes).toEqual([hash(`self.__next_f.push([1,"a \\u003cb\\u003e"])`)]);
    expect(fixed.styleHashes).toEqual([hash("body{color:red}")]);
    expect(fixed.scriptHashes).not.toContain(hash("alert(1)"));
    expect(fixed.styleHashes).not.toContain(hash("body{display:none}"));
  });

  it("removes the nonce from every tag and changes no script's text", () => {
    const fixed = fixPage(page, NONCE);
    expect(fixed.html).not.toContain(NONCE);
    expect(fixed.html).toContain(`<script src="/_next/static/chunks/main.js" async=""></script>`);
    expect(fixed.html).toContain(`<script>self.__next_f.push([1,"a \\u003cb\\u003e"])</script>`);
    expect(fixed.html).toContain(`<script>alert(1)</script>`);
  });
});

describe("hashedContentSecurityPolicy", () => {
  it("lists the hashes, no nonce, nothing inline or evaluated, no other origin", () => {
    const policy = hashedContentSecurityPolicy({ scriptHashes: ["'sha256-a'"], styleHashes: [] });
    expect(policy).toContain("script-src 'self' 'sha256-a';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|nonce-|https?:/);
  });
});
