// Loads one article and its extracted facts into the record in one transaction: an unchanged article is
// skipped, a changed one has its facts replaced while the actors and meetings that remain keep their slugs.
import type { Db } from "@/lib/db/client";
import { loadArticles, type LoadResult } from "./load-articles";
import { prepareArticle, type ArticleSource } from "./prepare-article";

export { INGEST_LOCK, type LoadResult, type LoadStatus } from "./load-articles";
export type { ArticleSource } from "./prepare-article";

/** Throws ExtractionContractError (nothing written) when `output` breaks the extraction contract. */
export async function loadArticle(db: Db, source: ArticleSource, output: unknown, extractor: string | null = null): Promise<LoadResult> {
  const [result] = await loadArticles(db, [prepareArticle(source, output)], { extractor });
  if (!result) throw new Error(`${source.fileName}: the load returned no result`);
  return result;
}
