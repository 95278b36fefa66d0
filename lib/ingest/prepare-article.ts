// Everything about one article that needs no database: the checked facts, their hash, the row's columns and
// the slug it would like. Runs beside the extraction (on a worker thread during an ingest).
import { createHash } from "node:crypto";
import path from "node:path";
import type { ExtractedArticle } from "@/lib/extract/schema";
import { checkFacts } from "./check-facts";
import { toStoredDate } from "./dates";
import { slugify } from "./slugs";

export type ArticleSource = { fileName: string; body: string; contentHash: string };

export type PreparedArticle = {
  source: ArticleSource;
  facts: ExtractedArticle;
  warnings: string[];
  extractionHash: string;
  header: { title: string | null; outlet: string | null; url: string | null; publishedAt: Date | null };
  slugBase: string;
};

/** Throws ExtractionContractError (nothing is written later) when `output` breaks the extraction contract. */
export function prepareArticle(source: ArticleSource, output: unknown): PreparedArticle {
  const { article: facts, warnings } = checkFacts(output, source.body);
  const extractionHash = createHash("sha256").update(JSON.stringify(facts)).digest("hex");
  const title = facts.title?.trim() || null;
  return {
    source,
    facts,
    warnings,
    extractionHash,
    header: { title, outlet: facts.outlet, url: facts.url ?? null, publishedAt: toStoredDate(facts.publishedAt).date },
    slugBase: slugify(title ?? path.parse(source.fileName).name) || "article",
  };
}
