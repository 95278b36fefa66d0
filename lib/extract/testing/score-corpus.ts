// Runs the pipeline over a directory of articles with a manifest and scores it against gold files.
import fs from "node:fs";
import path from "node:path";
import { extractArticle } from "../index";
import { manifest } from "../schema";
import { scoreArticles, type Gold, type SeedScore } from "./seed-score";

/** only: the article files to score (default: every file of the manifest). */
export type Corpus = { articles: string; manifest: string; gold: string; only?: (file: string) => boolean };

export function scoreCorpus(corpus: Corpus): { score: SeedScore; golds: Gold[]; files: string[] } {
  const only = corpus.only ?? (() => true);
  const entries = manifest.parse(JSON.parse(fs.readFileSync(corpus.manifest, "utf8"))).filter((e) => only(e.file));
  const texts = new Map(entries.map((e) => [e.file, fs.readFileSync(path.join(corpus.articles, e.file), "utf8")]));
  const preds = entries.map((e) => extractArticle(texts.get(e.file) ?? "", e));
  const golds = fs.readdirSync(corpus.gold).filter((f) => f.endsWith(".gold.json")).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(corpus.gold, f), "utf8")) as Gold)
    .filter((g) => only(g.file));
  return { score: scoreArticles(golds, preds, texts), golds, files: [...texts.keys()] };
}
