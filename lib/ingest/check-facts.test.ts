import { describe, expect, it } from "vitest";
import type { ExtractedArticle } from "@/lib/extract/schema";
import { checkFacts, ExtractionContractError, FACT_LIMITS } from "./check-facts";

const body = "Sullivan met Dermer on June 20.";
const base: ExtractedArticle = {
  file: "a.txt",
  title: null,
  outlet: null,
  publishedAt: null,
  actors: [
    { id: "s", name: "Jake Sullivan", kind: "person", aliases: ["Sullivan"], roles: [{ title: "adviser", affiliation: null, start: 0, end: 999 }], mentions: [{ start: 0, end: 8 }] },
    { id: "d", name: "Ron Dermer", kind: "person", aliases: [], roles: [] },
  ],
  interactions: [{ id: "m", kind: "meeting", participants: ["s", "d", "x"], date: "2024-02-30", location: null, evidence: { start: 0, end: body.length, text: body } }],
  quotes: [{ id: "q", speaker: "ghost", speakerLabel: "Ghost", text: "met", kind: "direct", start: 9, end: 12, interaction: "nope" }],
  statements: [{ id: "t", speaker: "s", speakerLabel: "Sullivan", cue: "said", text: "x", start: 40, end: 41 }],
};

describe("checkFacts", () => {
  it("cuts dangling references and impossible values, with one warning each", () => {
    const { article, warnings } = checkFacts(structuredClone(base), body);
    expect(article.interactions[0]?.participants).toEqual(["s", "d"]);
    expect(article.interactions[0]?.date).toBeNull();
    expect(article.quotes[0]).toMatchObject({ speaker: null, interaction: null });
    expect(article.statements).toEqual([]);
    expect(article.actors[0]?.roles[0]).toEqual({ title: "adviser", affiliation: null });
    expect(warnings).toHaveLength(6);
  });

  it("keeps said-dates that exist and chrome spans that fit the text, in order, without overlaps", () => {
    const facts: ExtractedArticle = {
      ...structuredClone(base),
      interactions: [],
      quotes: [
        { id: "q1", speaker: "s", speakerLabel: "Sullivan", text: "met", kind: "direct", start: 9, end: 12, date: "2024-06" },
        { id: "q2", speaker: "s", speakerLabel: "Sullivan", text: "met", kind: "partial", start: 9, end: 12, date: "2024-13-01" },
      ],
      statements: [{ id: "t", speaker: "d", speakerLabel: "Dermer", cue: "said", text: "Dermer", start: 13, end: 19, date: "2023-02-29" }],
      chrome: [
        { start: 21, end: body.length },
        { start: 0, end: 8 },
        { start: 5, end: 12 },
        { start: 30, end: 999 },
      ],
    };
    const { article, warnings } = checkFacts(facts, body);
    expect(article.quotes.map((quote) => quote.date)).toEqual(["2024-06", null]);
    expect(article.statements[0]?.date).toBeNull();
    expect(article.chrome).toEqual([
      { start: 0, end: 8 },
      { start: 21, end: body.length },
    ]);
    expect(warnings.filter((warning) => /impossible date/.test(warning))).toHaveLength(2);
    expect(warnings.filter((warning) => /^page chrome/.test(warning))).toHaveLength(2);
  });

  it("refuses output that breaks the contract", () => {
    expect(() => checkFacts({ file: "a.txt" }, body)).toThrow(ExtractionContractError);
  });

  it("drops a quote longer than the limit and quotes past the limit, with one warning each", () => {
    const long = "word ".repeat(FACT_LIMITS.statementChars / 4);
    const many = Array.from({ length: FACT_LIMITS.statements + 10 }, (_, index) => ({ id: `q${index}`, speaker: "s", speakerLabel: "Sullivan", text: "met", kind: "direct" as const, start: 9, end: 12 }));
    const input = { ...structuredClone(base), statements: [], quotes: [{ id: "long", speaker: "s", speakerLabel: "Sullivan", text: long, kind: "direct" as const, start: 0, end: long.length }, ...many] };
    const { article, warnings } = checkFacts(input, `${body} ${long}`);
    expect(article.quotes).toHaveLength(FACT_LIMITS.statements);
    expect(article.quotes.some((quote) => quote.id === "long")).toBe(false);
    expect(warnings).toContain(`1 quote(s) or statement(s) longer than 10,000 characters; dropped`);
    expect(warnings).toContain(`5,010 quotes; only the first 5,000 are kept`);
  });
});

