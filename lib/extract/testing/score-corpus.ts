// Runs the pipeline over a directory of articles with a manifest and scores it against gold files.
import fs from "node:fs";
import path from "node:path";
import { extractArticle } from "../index";
import { manifest } from "../schema";
import { scoreArticles, type Gold, type SeedScore } from "./seed-score";

export type Corpus = { articles: string; manifest: string; gold: string };

export function scoreCorpus(corpus: Corpus): { score: SeedScore; golds: Gold[]; files: string[] } {
  const entries = manifest.parse(JSON.parse(fs.readFileSync(corpus.manifest, "utf8")));
  const texts = new Map(entries.map((e) => [e.file, fs.readFileSync(path.join(corpus.articles, e.file), "utf8")]));
  const preds = entries.map((e) => extractArticle(texts.get(e.file) ?? "", e));
  const golds = fs.readdirSync(corpus.gold).filter((f) => f.endsWith(".gold.json")).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(corpus.gold, f), "utf8")) as Gold);
  return { score: scoreArticles(golds, preds, texts), golds, files: [...texts.keys()] };
}
