// Loads a hand-built article through the real loader into the worker's database.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import type { ExtractedArticle } from "@/lib/extract/schema";
import { loadArticle, type LoadResult } from "@/lib/ingest/load-article";

export function load(body: string, facts: ExtractedArticle): Promise<LoadResult> {
  const contentHash = createHash("sha256").update(body).digest("hex");
  return loadArticle(db, { fileName: facts.file, body, contentHash }, facts);
}
