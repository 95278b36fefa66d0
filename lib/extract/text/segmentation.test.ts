import { describe, expect, it } from "vitest";
import { splitParagraphs } from "./paragraphs";
import { splitSentences } from "./sentences";
import { tokenize } from "./tokenize";

const sentences = (text: string) => splitSentences(text, 0, text.length, []).map((r) => text.slice(r.start, r.end));

describe("sentences", () => {
  it("does not end a sentence after U.S., Feb., Sen. or Jr.", () => {
    expect(sentences("The U.S. envoy met Sen. Maria Lopez on Feb. 4 in the capital. Then she left.")).toEqual([
      "The U.S. envoy met Sen. Maria Lopez on Feb. 4 in the capital.",
      "Then she left.",
    ]);
    expect(sentences("He spoke with Martin Luther King Jr. about the march.")).toHaveLength(1);
  });
  it("ends a sentence at U.S. when a new sentence clearly starts", () => {
    expect(sentences("The aid came from the U.S. The shipment arrived.")).toHaveLength(2);
  });
  it("keeps initials inside a name", () => {
    expect(sentences("John F. Kennedy spoke.")).toHaveLength(1);
  });
  it("ends a sentence at a closing quote after the period", () => {
    const text = 'She said "we are ready." Talks resumed.';
    expect(sentences(text)).toEqual(['She said "we are ready."', "Talks resumed."]);
  });
});

describe("paragraph kinds", () => {
  const kinds = (text: string) => splitParagraphs(text).map((p) => p.kind);
  it("marks site furniture, bylines and captions", () => {
    const text = [
      "Ministers Agree on Grain Deal",
      "The ministers agreed on the deal on Tuesday, officials said.",
      "Follow Daily Planet on Facebook and Twitter",
      "Subscribe to our newsletter and never miss a story!",
      "File: Ministers at the summit in Rome on May 2, 2023. (Photo: AP)",
      "Post a Comment",
      "Most Popular",
      "Reuters' Ana Silva and Tom Reed contributed to this report.",
    ].join("\n");
    expect(kinds(text)).toEqual(["headline", "body", "boilerplate", "boilerplate", "caption", "boilerplate", "boilerplate", "byline"]);
  });
  it("treats a repeated caption as layout, not a second fact", () => {
    const cap = "File: The two leaders at the palace on March 3, 2022. (Reuters)";
    expect(kinds(`Body sentence one is here.\n${cap}\n${cap}`)).toEqual(["body", "caption", "boilerplate"]);
  });
  it("'No.' before a number is an abbreviation; 'said no.' ends the sentence", () => {
    expect(sentences("He lives at No. 10 Downing Street. She said no. Then she left.")).toEqual(["He lives at No. 10 Downing Street.", "She said no.", "Then she left."]);
  });
  it("a name alone near the top is the author's line, its date stamp is chrome; 'Illustrative:' opens a caption; 'Related:' and 'Go deeper:' link elsewhere", () => {
    expect(kinds("Israeli minister held talks in Riyadh\nDana Avrahami\nDec 2, 2024\nThe minister met officials on Sunday, sources said.")).toEqual(["headline", "byline", "boilerplate", "body"]);
    expect(kinds("Minister defends trade deal\nNora Kell Political correspondent\nWed 11 Jun 2025\nThe minister spoke on Wednesday.")).toEqual(["headline", "byline", "boilerplate", "body"]);
    expect(kinds("Minister defends trade deal\nNora Kell in Ankara\nThe minister spoke on Wednesday.")).toEqual(["headline", "byline", "body"]);
    expect(kinds("Minister defends trade deal\nBY NORA KELL - 09/17/25 6:12 PM ET\nThe minister spoke on Wednesday.")).toEqual(["headline", "byline", "body"]);
    expect(kinds("Minister defends trade deal\nNora Kell | 14.05.2025\nThe minister spoke on Wednesday.")).toEqual(["headline", "byline", "body"]);
    expect(kinds("Minister defends trade deal\nBy Nora Kell | Fox News\nThe minister spoke on Wednesday.")).toEqual(["headline", "byline", "body"]);
    expect(kinds("Minister defends trade deal\nBy Nora Kell in Cairo\nThe minister spoke on Wednesday.")).toEqual(["headline", "byline", "body"]);
    expect(kinds("Minister defends trade deal\nby Nora Kell\n22 Apr 2025\nThe minister spoke on Wednesday.")).toEqual(["headline", "byline", "boilerplate", "body"]);
    expect(kinds("Minister defends trade deal\nNORA KELL\nMadrid - 11 MAR 2025\nThe minister spoke on Wednesday.")).toEqual(["headline", "byline", "body", "body"]);
    expect(kinds("Body sentence one is here.\nIllustrative: The minister at the Knesset, November 18, 2024.\nRELATED: What to know about the trip\nGo deeper: The war enters its third year")).toEqual(["body", "caption", "boilerplate", "boilerplate"]);
  });
});

describe("words the page's markup ran together", () => {
  const words = (text: string) => tokenize(text, 0, text.length).map((t) => t.text);
  it("splits a function word or reporting verb run into a capitalized word, keeping offsets", () => {
    expect(words("a meeting betweenVenezuelan President Ruiz")).toEqual(["a", "meeting", "between", "Venezuelan", "President", "Ruiz"]);
    const [, second] = tokenize("met withOmar", 0, 12);
    expect(second).toMatchObject({ text: "with", start: 4, end: 8 });
    expect(tokenize("met withOmar", 0, 12)[2]).toMatchObject({ text: "Omar", start: 8, end: 12, cap: true });
  });
  it("leaves brand and particle names whole", () => {
    expect(words("an iPhone on eBay, al-Sisi and theme parks")).toEqual(["an", "iPhone", "on", "eBay", ",", "al-Sisi", "and", "theme", "parks"]);
  });
});
