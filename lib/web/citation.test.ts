import { describe, expect, it } from "vitest";
import { CITED_CHARS, quoteCitation } from "./citation";

const quote = { speaker: "Ada Ministra", kind: "direct" as const, text: "We will talk again next week", outlet: "Example Times", title: "Talks resume", publishedAt: new Date("2024-06-20T00:00:00Z"), url: "https://news.example/talks", permalink: "https://readout.example/quotes/7" };

describe("quoteCitation", () => {
  it("names the speaker, the words, the outlet, the day and the original address", () => {
    expect(quoteCitation(quote)).toBe("Ada Ministra: “We will talk again next week” Example Times, 20 Jun 2024. https://news.example/talks");
  });
  it("reports reported speech without quotation marks, and falls back to the quote's own address", () => {
    expect(quoteCitation({ ...quote, kind: "indirect", text: "talks would resume.", url: null })).toBe("Ada Ministra (reported speech): talks would resume. Example Times, 20 Jun 2024. https://readout.example/quotes/7");
    expect(quoteCitation({ ...quote, outlet: null, publishedAt: null, url: "javascript:alert(1)" })).toBe("Ada Ministra: “We will talk again next week” Talks resume. https://readout.example/quotes/7");
  });
  it("cuts a long quote's words at a word boundary, so a megabyte quote gives a short citation", () => {
    const long = "word ".repeat(200_000);
    const cited = quoteCitation({ ...quote, text: long });
    expect(cited.length).toBeLessThan(CITED_CHARS + 200);
    expect(cited).toMatch(/^Ada Ministra: “(word )+word…” Example Times, 20 Jun 2024\. https:\/\/news\.example\/talks$/);
    // Exactly at the bound nothing is cut.
    const exact = "a".repeat(CITED_CHARS);
    expect(quoteCitation({ ...quote, text: exact })).toContain(`“${exact}”`);
    expect(quoteCitation({ ...quote, kind: "indirect", text: `${"a. ".repeat(400_000)}` }).length).toBeLessThan(CITED_CHARS + 200);
  });
});
