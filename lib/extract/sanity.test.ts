import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";
import { extractedArticle } from "./schema";

// An article with one of each fact, so the contract is checked on every kind of output, not on an empty one.
const TEXT = `Mayor and minister agree on the bridge
Mayor Lina Park met Transport Minister Omar Haddad in Lyon on Monday. "We will rebuild the bridge by spring," Park said after the meeting. Haddad said that the money was already set aside.`;

describe("extractArticle", () => {
  it("returns output that validates against the contract", () => {
    const out = extractArticle(TEXT, { file: "a.txt", publishedAt: "2024-05-16" });
    const checked = extractedArticle.safeParse(out);
    expect(checked.success, checked.error?.message).toBe(true);
    // Parsing keeps every field: the output holds nothing the contract does not describe.
    expect(checked.data).toEqual(out);
    expect(out.actors.map((actor) => actor.name)).toEqual(expect.arrayContaining(["Lina Park", "Omar Haddad"]));
    expect(out.interactions).toHaveLength(1);
    expect(out.quotes.map((quote) => quote.text)).toEqual(["We will rebuild the bridge by spring"]);
    expect(out.statements.map((statement) => statement.text)).toEqual(["the money was already set aside"]);
  });

  it("rejects output that breaks the contract", () => {
    const out = extractArticle(TEXT, { file: "a.txt", publishedAt: "2024-05-16" });
    expect(extractedArticle.safeParse({ ...out, file: "" }).success).toBe(false);
    expect(extractedArticle.safeParse({ ...out, publishedAt: "16 May 2024" }).success).toBe(false);
    expect(extractedArticle.safeParse({ ...out, quotes: [{ ...out.quotes[0], start: "0" }] }).success).toBe(false);
  });
});
