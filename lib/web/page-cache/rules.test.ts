import { describe, expect, it } from "vitest";
import { isCacheablePath, isPersonalRequest } from "./rules";

describe("isPersonalRequest", () => {
  it("is true for an editor's session cookie among others, and for credentials", () => {
    expect(isPersonalRequest({ cookie: "readout_session=abc" })).toBe(true);
    expect(isPersonalRequest({ cookie: "theme=dark;  readout_session=abc; readout_editor=1" })).toBe(true);
    expect(isPersonalRequest({ authorization: "Basic eDp5" })).toBe(true);
  });

  it("is false for a reader: no cookie, only the editor hint, or a cookie that merely contains the name", () => {
    expect(isPersonalRequest({})).toBe(false);
    expect(isPersonalRequest({ cookie: "readout_editor=1" })).toBe(false);
    expect(isPersonalRequest({ cookie: "not_readout_session=abc" })).toBe(false);
  });
});

describe("isCacheablePath", () => {
  it("keeps public pages and the API, never the editors' workspace or built files", () => {
    expect(isCacheablePath("/meetings/2026-03-03-a-b")).toBe(true);
    expect(isCacheablePath("/api/quotes")).toBe(true);
    expect(isCacheablePath("/editor")).toBe(false);
    expect(isCacheablePath("/editor/sign-in")).toBe(false);
    expect(isCacheablePath("/_next/static/chunks/a.js")).toBe(false);
  });
});
