import { describe, expect, it } from "vitest";
import { MATCH_END as E, MATCH_START as S, splitMatches } from "./match-highlight";

describe("splitMatches", () => {
  it("separates matched words from the rest", () => {
    expect(splitMatches(`What ${S}was${E} is not what ${S}will${E} be`)).toEqual([
      { text: "What ", match: false },
      { text: "was", match: true },
      { text: " is not what ", match: false },
      { text: "will", match: true },
      { text: " be", match: false },
    ]);
  });
  it("returns plain text as one run, and nothing for nothing", () => {
    expect(splitMatches("no match here")).toEqual([{ text: "no match here", match: false }]);
    expect(splitMatches("")).toEqual([]);
  });
  it("merges adjacent matches and tolerates unbalanced markers", () => {
    expect(splitMatches(`${S}Gaza${E}${S}Strip${E}`)).toEqual([{ text: "GazaStrip", match: true }]);
    expect(splitMatches(`a${S}b`)).toEqual([{ text: "a", match: false }, { text: "b", match: true }]);
  });
});
