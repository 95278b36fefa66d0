// Public entry of the extraction pipeline: text and what the caller knows in, typed facts out.
// Pure: no I/O, no database, deterministic, never throws on any text.
import type { ArticleMeta, ExtractedArticle } from "./schema";

export * from "./schema";

export function extractArticle(text: string, meta: ArticleMeta): ExtractedArticle {
  void text;
  return {
    file: meta.file,
    title: meta.title ?? null,
    outlet: meta.outlet ?? null,
    publishedAt: meta.publishedAt ?? null,
    url: meta.url ?? null,
    actors: [],
    interactions: [],
    quotes: [],
    statements: [],
    warnings: ["extraction pipeline not yet implemented"],
  };
}
