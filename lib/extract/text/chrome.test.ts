import { describe, expect, it } from "vitest";
import { extract } from "../test-helpers";

// Page chrome: what a publisher's page wraps around the article, returned as spans and never a source of facts.
describe("page chrome", () => {
  const article = [
    "Envoy Says Talks Will Resume Next Week",
    "Tuesday, March 4, 2025 at 9:15 am |",
    "3 min read",
    'Special Envoy Lina Park said on Monday that talks "will resume next week."',
    "Photo Credit: Reuters",
    "For the latest updates, follow our WhatsApp channel",
    'Most Popular',
    'Follow Ana Ruiz on X: "Talks are dead," she wrote.',
    "Park met Foreign Minister Omar Haddad in Oslo.",
    "Envoy Says Talks Will Resume Next Week",
    "Read the article in the original language",
  ].join("\n");
  const out = extract(article, "2025-03-04");
  const chrome = (out.chrome ?? []).map((c) => article.slice(c.start, c.end));

  it("classifies time stamps, reading time, credits, promotions, widget labels and a repeated headline", () => {
    expect(chrome).toEqual([
      "Tuesday, March 4, 2025 at 9:15 am |",
      "3 min read",
      "Photo Credit: Reuters",
      "For the latest updates, follow our WhatsApp channel",
      "Most Popular",
      'Follow Ana Ruiz on X: "Talks are dead," she wrote.',
      "Envoy Says Talks Will Resume Next Week",
      "Read the article in the original language",
    ]);
  });
  it("keeps the article's own paragraphs and takes no fact from chrome", () => {
    expect(out.quotes.map((q) => q.text)).toEqual(["will resume next week"]);
    expect(out.actors.map((a) => a.name)).not.toContain("Ana Ruiz");
  });
  it("takes a photographer and agency line for a credit, not a person", () => {
    const text = "Ministers met in Oslo on Monday.\n\\ Omar Sadri/ REUTERS\nThe talks went on.";
    expect((extract(text).chrome ?? []).map((c) => text.slice(c.start, c.end))).toEqual(["\\ Omar Sadri/ REUTERS"]);
    expect(extract("Ministers met in Oslo on Monday.\nJane Doe / AFP").actors.map((a) => a.name)).not.toContain("Jane Doe");
  });
  it("leaves a wire credit a byline, not chrome", () => {
    const text = "Ministers met in Oslo on Monday.\n(Reporting by Jane Roe; Editing by John Doe)";
    expect(extract(text).chrome).toEqual([]);
  });
});
