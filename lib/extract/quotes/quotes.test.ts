import { describe, expect, it } from "vitest";
import { extract } from "../test-helpers";

const texts = (s: string) => extract(s).quotes.map((q) => q.text);

describe("quotation marks", () => {
  it("reads straight, curly and split quotes without the marks or a trailing comma", () => {
    expect(texts('"We will rebuild," the mayor said.')).toEqual(["We will rebuild"]);
    expect(texts("\u201cWe will rebuild,\u201d she said. \u201cIt will take years.\u201d")).toEqual(["We will rebuild", "It will take years"]);
  });
  it("runs an unclosed quote to the end of the paragraph", () => {
    expect(texts('Lina Park said: "The first part is done and the second part\nNext paragraph.')).toEqual(["The first part is done and the second part"]);
  });
  it("reads single quotes in a headline", () => {
    expect(texts("Mayor Vows \u2018No Retreat\u2019 on Housing Plan\nMayor Lina Park spoke on Monday.")).toEqual(["No Retreat"]);
  });
  it("skips titles of shows and publications", () => {
    expect(texts('Speaking on "Meet the Press," Lina Park said the plan works.')).toEqual([]);
    expect(texts('In an interview with ABC "This Week" Lina Park said "the plan works."')).toEqual(["the plan works"]);
  });
  it("skips bare numbers, links and stage directions", () => {
    expect(texts('The tweet "pic.twitter.com/abc" and "(LAUGHTER)" and "12345" were shown.')).toEqual([]);
  });
  it("does not treat apostrophes as quotes", () => {
    expect(texts("The officials' plan didn't work, and the '90s were over.")).toEqual([]);
  });
  it("keeps offsets exact so text equals the slice", () => {
    const text = "Intro line.\r\n\u201cA line with caf\u00e9,\u201d said Ana Ruiz.";
    const out = extract(text);
    expect(out.quotes.map((q) => q.text)).toEqual(["A line with caf\u00e9"]);
    for (const q of out.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe("single quotation marks after a possessive", () => {
  it("the apostrophe of \"U.S.'s\" opens no quotation", () => {
    const out = extract("President Lina Park called the U.S.'s commitment to the alliance 'unshakable' on Monday.");
    expect(out.quotes.map((q) => q.text)).toEqual(["unshakable"]);
  });
});
