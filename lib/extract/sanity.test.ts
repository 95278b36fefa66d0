import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";
import { extractedArticle } from "./schema";

describe("extractArticle", () => {
  it("returns output that validates against the contract", () => {
    const out = extractArticle("Hello.", { file: "a.txt" });
    expect(extractedArticle.parse(out).file).toBe("a.txt");
  });
});
