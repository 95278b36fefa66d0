// The ingest of a set of files: read (lib/source), extract (lib/extract), load (one transaction per article).
// A file that fails is reported by name and leaves nothing behind; the other files still load.
import fs from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import type { ArticleMeta, ManifestEntry } from "@/lib/extract/schema";
import { listArticleFiles, readArticle } from "@/lib/source/read-articles";
import { listedButMissing, readManifest } from "@/lib/source/manifest";
import { loadArticle, type LoadStatus } from "./load-article";

export type Extract = (text: string, meta: ArticleMeta) => unknown;

export type FileOutcome =
  | { file: string; status: LoadStatus; slug: string; warnings: string[] }
  | { file: string; status: "failed"; error: string; warnings: string[] };

export type IngestOptions = {
  /** A manifest for every file; without it, a directory's own manifest.json applies to its files. */
  manifest?: string;
  extract: Extract;
  /** Called once the file list is known, then after each file. */
  onProgress?: (done: number, total: number, outcome: FileOutcome | null) => void;
};

type Planned = { file: string; manifest: Map<string, ManifestEntry> | undefined };

const failed = (file: string, error: string): FileOutcome => ({ file, status: "failed", error, warnings: [] });

async function siblingManifest(file: string): Promise<string | undefined> {
  const candidate = path.join(path.dirname(file), "manifest.json");
  return (await fs.stat(candidate).catch(() => null))?.isFile() ? candidate : undefined;
}

async function plan(inputs: string[], manifestFile: string | undefined): Promise<{ planned: Planned[]; failures: FileOutcome[] }> {
  const listed = await listArticleFiles(inputs);
  const failures = listed.errors.map((error) => failed(error.path, error.message));
  const manifests = new Map<string, Map<string, ManifestEntry> | null>(); // null: unusable, reported once
  const planned: Planned[] = [];
  const seen = new Map<string, string>();
  for (const file of listed.files) {
    const name = path.basename(file);
    const other = seen.get(name);
    // The file name is an article's identity: two files of one name would overwrite each other.
    if (other) {
      failures.push(failed(file, `${name}: another file of the same name (${other}) is in this ingest; rename one`));
      continue;
    }
    const manifest = manifestFile ?? (await siblingManifest(file));
    if (manifest && !manifests.has(manifest)) {
      manifests.set(manifest, await readManifest(manifest).catch((error: Error) => (failures.push(failed(manifest, error.message)), null)));
      const read = manifests.get(manifest);
      if (read && !manifestFile) for (const problem of await listedButMissing(manifest, read)) failures.push(failed(manifest, problem));
    }
    const entries = manifest ? manifests.get(manifest) : undefined;
    if (entries === null) {
      failures.push(failed(file, `${name}: not ingested because its manifest ${manifest} is unusable`));
      continue;
    }
    seen.set(name, file);
    planned.push({ file, manifest: entries });
  }
  return { planned, failures };
}

async function ingestOne(db: Db, file: string, manifest: Map<string, ManifestEntry> | undefined, extract: Extract): Promise<FileOutcome> {
  const read = await readArticle(file, manifest);
  if (!read.ok) return failed(file, read.error.message);
  const { article } = read;
  let output: unknown;
  try {
    output = extract(article.text, article.meta);
  } catch (error) {
    return failed(file, `${article.meta.file}: extraction failed: ${(error as Error).message}`);
  }
  try {
    const result = await loadArticle(db, { fileName: article.meta.file, body: article.text, contentHash: article.contentHash }, output);
    return { file, status: result.status, slug: result.slug, warnings: result.warnings };
  } catch (error) {
    return failed(file, `${article.meta.file}: ${(error as Error).message.split("\n")[0]}`);
  }
}

export async function ingestFiles(db: Db, inputs: string[], options: IngestOptions): Promise<FileOutcome[]> {
  const { planned, failures } = await plan(inputs, options.manifest);
  const outcomes = [...failures];
  options.onProgress?.(0, planned.length, null);
  for (const [index, { file, manifest }] of planned.entries()) {
    const outcome = await ingestOne(db, file, manifest, options.extract);
    outcomes.push(outcome);
    options.onProgress?.(index + 1, planned.length, outcome);
  }
  return outcomes;
}

export type RecordCounts = { articles: number; actors: number; meetings: number; quotes: number; statements: number };

/** What the record holds: the numbers the ingest summary reports. */
export async function countRecord(db: Db): Promise<RecordCounts> {
  const [articles, actors, meetings, quotes, statements] = await Promise.all([
    db.article.count(),
    db.actor.count(),
    db.meeting.count(),
    db.statement.count({ where: { kind: { in: ["direct", "partial"] } } }),
    db.statement.count({ where: { kind: "indirect" } }),
  ]);
  return { articles, actors, meetings, quotes, statements };
}
