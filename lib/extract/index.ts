// Public entry of the extraction pipeline: text and what the caller knows in, typed facts out.
// Pure: no I/O, no database, deterministic, never throws on any text.
import { runPipeline } from "./pipeline";
import type { ArticleMeta, ExtractedArticle } from "./schema";

// Types only: the zod schemas stay in ./schema, so the engine's module graph at run time is the pipeline alone.
export type * from "./schema";

export function extractArticle(text: string, meta: ArticleMeta): ExtractedArticle {
  const base: ExtractedArticle = {
    file: meta.file,
    title: meta.title ?? null,
    outlet: meta.outlet ?? null,
    publishedAt: meta.publishedAt ?? null,
    url: meta.url ?? null,
    actors: [],
    interactions: [],
    quotes: [],
    statements: [],
    warnings: [],
  };
  if (typeof text !== "string") return { ...base, warnings: ["the text is not a string"] };
  try {
    return runPipeline(text, meta, base);
  } catch (error) {
    // Extraction must never take the caller down: report the failure as a warning on this article.
    return { ...base, warnings: [`extraction failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
