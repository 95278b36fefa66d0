import { describe, expect, it } from "vitest";
import { findQuoteMarks } from "./quote-marks";

const spans = (text: string, allowSingle = false) =>
  findQuoteMarks(text, 0, text.length, allowSingle).map((span) => ({ quoted: text.slice(span.open + 1, span.close), closed: span.closed, single: span.single }));

describe("findQuoteMarks", () => {
  it("ends an unclosed curly quote where a new opening mark starts the next one, and keeps both", () => {
    const text = "\u201cThe bridge opens in spring. \u201cIt took four years,\u201d the engineer said.";
    expect(spans(text)).toEqual([
      { quoted: "The bridge opens in spring. ", closed: false, single: false },
      { quoted: "It took four years,", closed: true, single: false },
    ]);
  });

  it("runs a quote with no closing mark to the end of the paragraph", () => {
    expect(spans('The mayor said: "We start on Monday and')).toEqual([{ quoted: "We start on Monday and", closed: false, single: false }]);
  });

  it("keeps curly marks inside a straight-quoted passage as a quote within the quote", () => {
    const text = 'She said: "They called it \u201cthe plan\u201d all along," and left.';
    expect(spans(text)).toEqual([{ quoted: "They called it \u201cthe plan\u201d all along,", closed: true, single: false }]);
  });

  it("ignores a stray closing mark with nothing open, and accepts a curly closer used as an opener", () => {
    expect(spans("It ended.\u201d Then \u201dwe go home\u201d she said.")).toEqual([{ quoted: "we go home", closed: true, single: false }]);
  });

  it("reads single quotes only when allowed, and not apostrophes, elisions or plural possessives", () => {
    const text = "Mayor vows 'no retreat' as the officials' plan from the '90s moves 'em along";
    expect(spans(text)).toEqual([]);
    expect(spans(text, true)).toEqual([{ quoted: "no retreat", closed: true, single: true }]);
  });
});
