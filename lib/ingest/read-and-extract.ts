// The CPU side of ingesting one file: read, decode, hash, and (unless the bytes and the extraction code are
// unchanged) extract and prepare. Runs on a worker thread during an ingest; needs no database.
import path from "node:path";
import { extractArticle } from "@/lib/extract";
import type { ManifestEntry } from "@/lib/extract/schema";
import { readArticle } from "@/lib/source/read-articles";
import { firstLine } from "./first-line";
import { prepareArticle, type PreparedArticle } from "./prepare-article";

export type FileTask = {
  file: string;
  entry: ManifestEntry | undefined;
  /** What the record holds for this file name, if anything. */
  known: { contentHash: string; extractor: string | null } | null;
  extractor: string;
};

export type FileWork =
  | { kind: "unchanged"; file: string }
  | { kind: "failed"; file: string; error: string }
  | { kind: "prepared"; file: string; prepared: PreparedArticle };

export async function readAndExtract(task: FileTask): Promise<FileWork> {
  const { file } = task;
  const read = await readArticle(file, task.entry ? new Map([[path.basename(file), task.entry]]) : undefined);
  if (!read.ok) return { kind: "failed", file, error: read.error.message };
  const { article } = read;
  // The same bytes read by the same extraction code: nothing to extract.
  if (task.known && task.known.contentHash === article.contentHash && task.known.extractor === task.extractor) return { kind: "unchanged", file };
  try {
    const output = extractArticle(article.text, article.meta);
    return { kind: "prepared", file, prepared: prepareArticle({ fileName: article.meta.file, body: article.text, contentHash: article.contentHash }, output) };
  } catch (error) {
    return { kind: "failed", file, error: `${article.meta.file}: ${firstLine(error)}` };
  }
}
