import { describe, expect, it } from "vitest";
import { articleLabel, listNames, meetingTitle, plural, truncate } from "./labels";

describe("listNames and meetingTitle", () => {
  it("joins names the way a sentence would", () => {
    expect(listNames([])).toBe("");
    expect(listNames(["A"])).toBe("A");
    expect(listNames(["A", "B"])).toBe("A and B");
    expect(listNames(["A", "B", "C"])).toBe("A, B and C");
  });
  it("names the kind and the participants", () => {
    expect(meetingTitle("meeting", ["Ron Dermer", "Tzachi Hanegbi", "Jake Sullivan"])).toBe("Meeting of Ron Dermer, Tzachi Hanegbi and Jake Sullivan");
    expect(meetingTitle("call", ["Joe Biden", "Benjamin Netanyahu"])).toBe("Call between Joe Biden and Benjamin Netanyahu");
    expect(meetingTitle("canceled", [])).toBe("Canceled meeting");
  });
});

describe("articleLabel", () => {
  const day = new Date("2021-06-03T00:00:00Z");
  it("prefers the headline, then the outlet and date", () => {
    expect(articleLabel({ title: "Headline", outlet: "X", publishedAt: day })).toBe("Headline");
    expect(articleLabel({ title: null, outlet: "Israel Hayom", publishedAt: day })).toBe("Israel Hayom, 3 Jun 2021");
    expect(articleLabel({ title: null, outlet: null, publishedAt: day })).toBe("Article of 3 Jun 2021");
    expect(articleLabel({ title: null, outlet: null, publishedAt: null })).toBe("Untitled article");
  });
});

describe("truncate and plural", () => {
  it("cuts at a word boundary", () => {
    expect(truncate("What was is not what will be", 100)).toBe("What was is not what will be");
    expect(truncate("What was is not what will be", 16)).toBe("What was is not…");
    expect(truncate("  spaced\n text ", 20)).toBe("spaced text");
  });
  it("counts with the right noun", () => {
    expect(plural(1, "meeting")).toBe("1 meeting");
    expect(plural(1200, "quote")).toBe("1,200 quotes");
    expect(plural(2, "person", "people")).toBe("2 people");
  });
});

describe("articleLabel with the article's opening", () => {
  it("makes an untitled article's headline from its first sentence", () => {
    const untitled = { title: null, outlet: "Example Times", publishedAt: new Date("2024-06-20T00:00:00Z") };
    expect(articleLabel({ ...untitled, lead: "The minister met her counterpart on Monday. They spoke for an hour." })).toBe("The minister met her counterpart on Monday.");
    expect(articleLabel({ ...untitled, lead: `${"Very long opening words ".repeat(10)}end.` })).toMatch(/^Very long opening words .{40,}…$/);
    expect(articleLabel({ ...untitled, lead: "" })).toBe("Example Times, 20 Jun 2024");
    expect(articleLabel({ ...untitled, title: "Talks resume", lead: "Ignored." })).toBe("Talks resume");
  });
});
