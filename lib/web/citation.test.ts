import { describe, expect, it } from "vitest";
import { quoteCitation } from "./citation";

const quote = { speaker: "Ada Ministra", kind: "direct" as const, text: "We will talk again next week", outlet: "Example Times", title: "Talks resume", publishedAt: new Date("2024-06-20T00:00:00Z"), url: "https://news.example/talks", permalink: "https://readout.example/quotes/7" };

describe("quoteCitation", () => {
  it("names the speaker, the words, the outlet, the day and the original address", () => {
    expect(quoteCitation(quote)).toBe("Ada Ministra: “We will talk again next week” Example Times, 20 Jun 2024. https://news.example/talks");
  });
  it("reports reported speech without quotation marks, and falls back to the quote's own address", () => {
    expect(quoteCitation({ ...quote, kind: "indirect", text: "talks would resume.", url: null })).toBe("Ada Ministra (reported speech): talks would resume. Example Times, 20 Jun 2024. https://readout.example/quotes/7");
    expect(quoteCitation({ ...quote, outlet: null, publishedAt: null, url: "javascript:alert(1)" })).toBe("Ada Ministra: “We will talk again next week” Talks resume. https://readout.example/quotes/7");
  });
});
