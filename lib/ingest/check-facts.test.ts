import { describe, expect, it } from "vitest";
import type { ExtractedArticle } from "@/lib/extract/schema";
import { checkFacts, ExtractionContractError } from "./check-facts";

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

  it("refuses output that breaks the contract", () => {
    expect(() => checkFacts({ file: "a.txt" }, body)).toThrow(ExtractionContractError);
  });
});
