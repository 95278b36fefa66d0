// Runs the pipeline on the project's five articles and fails when the scores drop below the goals.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";
import { manifest } from "./schema";
import { scoreArticles, type Gold } from "./testing/seed-score";

const root = path.resolve(import.meta.dirname, "../..");
const articles = path.join(root, "data/articles");
const fixtures = path.join(root, "tests/fixtures/seeds");

describe("seed articles against our gold annotations", () => {
  const entries = manifest.parse(JSON.parse(fs.readFileSync(path.join(articles, "manifest.json"), "utf8")));
  const texts = new Map(entries.map((e) => [e.file, fs.readFileSync(path.join(articles, e.file), "utf8")]));
  const preds = entries.map((e) => extractArticle(texts.get(e.file) ?? "", e));
  const golds = fs.readdirSync(fixtures).filter((f) => f.endsWith(".gold.json")).sort().map((f) => JSON.parse(fs.readFileSync(path.join(fixtures, f), "utf8")) as Gold);
  const score = scoreArticles(golds, preds, texts);

  it("has a gold file for every article", () => expect(golds.map((g) => g.file).sort()).toEqual([...texts.keys()].sort()));
  it("attributes quotes to the right speakers (F1 >= 0.95)", () => expect(score.quoteSpeakerF1).toBeGreaterThanOrEqual(0.95));
  it("finds who met whom (pair F1 >= 0.90)", () => expect(score.pairF1).toBeGreaterThanOrEqual(0.9));
  it("dates the meetings (accuracy >= 0.90)", () => expect(score.dateAcc).toBeGreaterThanOrEqual(0.9));
  it("finds the people (F1 >= 0.95)", () => expect(score.personF1).toBeGreaterThanOrEqual(0.95));
  it("keeps every span equal to its text", () => expect(score.spanIntegrity).toBe(1));
});
