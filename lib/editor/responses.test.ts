import { describe, expect, it } from "vitest";
import { localPath, withError } from "./responses";

describe("localPath", () => {
  it("keeps paths inside Readout and replaces anything else", () => {
    expect(localPath("/people/ada-lopes?x=1", "/editor")).toBe("/people/ada-lopes?x=1");
    for (const hostile of ["//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "", null]) expect(localPath(hostile, "/editor")).toBe("/editor");
  });
});

describe("withError", () => {
  it("puts the message in the address, encoded", () => {
    expect(withError("/editor/sign-in?next=%2Feditor", "wrong email & password")).toBe("/editor/sign-in?next=%2Feditor&error=wrong+email+%26+password");
  });
});
