import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/extract";
import { manifestEntry } from "@/lib/extract/schema";
import { generateArticles } from "./generate-corpus";

const take = (articles: number, seed = 7) => [...generateArticles({ articles, seed })];

describe("generateArticles", () => {
  it("gives the same articles for the same seed, and a prefix of a larger corpus", () => {
    const small = take(30);
    expect(take(30)).toEqual(small);
    expect(take(60).slice(0, 30)).toEqual(small);
    expect(take(30, 8)).not.toEqual(small);
  });

  it("writes valid manifest entries with distinct file names and dates over several years", () => {
    const articles = take(300);
    for (const article of articles) expect(manifestEntry.parse(article.entry).file).toBe(article.file);
    expect(new Set(articles.map((article) => article.file)).size).toBe(300);
    const years = new Set(articles.map((article) => article.entry.publishedAt?.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(8);
  });

  it("reports people, meetings, calls, quotes and reported speech the extraction finds", () => {
    const facts = take(120).map((article) => extractArticle(article.text, { ...article.entry }));
    const people = new Set(facts.flatMap((article) => article.actors.filter((actor) => actor.kind === "person").map((actor) => actor.name)));
    const kinds = new Set(facts.flatMap((article) => article.interactions.map((interaction) => interaction.kind)));
    const quoteKinds = new Set(facts.flatMap((article) => article.quotes.map((quote) => quote.kind)));
    expect(people.size).toBeGreaterThan(100);
    expect([...kinds].sort()).toEqual(["call", "canceled", "meeting", "planned"]);
    expect([...quoteKinds].sort()).toEqual(["direct", "partial"]);
    expect(facts.reduce((sum, article) => sum + article.statements.length, 0)).toBeGreaterThan(120);
    expect(facts.filter((article) => article.actors.some((actor) => actor.roles.some((role) => role.affiliation))).length).toBeGreaterThan(60);
  });

  it("makes a few people common and most rare, as in real coverage", () => {
    const counts = new Map<string, number>();
    for (const article of take(400)) for (const match of article.text.matchAll(/[A-Z][a-z]+ [A-Z][a-z]+(?=,| (?:met|spoke|held|is|canceled|said))/g)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(10 * (sorted[Math.floor(sorted.length / 2)] ?? 1));
  });
});
