// The ingest of a set of files: read and extract on worker threads (one per core), load in batches (one
// transaction each). A file that fails is reported by name and leaves nothing behind; the others still load.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import type { ManifestEntry } from "@/lib/extract/schema";
import { listArticleFiles } from "@/lib/source/read-articles";
import { listedButMissing, readManifest } from "@/lib/source/manifest";
import { extractAll } from "./extract-pool";
import { firstLine } from "./first-line";
import { extractorFingerprint } from "./extractor-fingerprint";
import { loadArticles, type LoadStatus } from "./load-articles";
import { fillNameKeys } from "./name-keys";
import type { PreparedArticle } from "./prepare-article";
import type { FileTask } from "./read-and-extract";

export type FileOutcome =
  | { file: string; status: LoadStatus; slug: string; warnings: string[] }
  | { file: string; status: "failed"; error: string; warnings: string[] };

export type IngestOptions = {
  /** A manifest for every file; without it, a directory's own manifest.json applies to its files. */
  manifest?: string;
  /** Extraction threads: one per core by default (one for a few files, so each has its time budget); 0 extracts on this thread, without a budget. */
  threads?: number;
  /** Milliseconds one file's extraction may take on its thread (extract-pool.ts). */
  budgetMs?: number;
  /** Articles per load transaction. */
  batchSize?: number;
  /** Called once the file list is known, then after each file. */
  onProgress?: (done: number, total: number, outcome: FileOutcome | null) => void;
  /** Called at the end with where the time went. */
  onFinished?: (timings: IngestTimings) => void;
};

/** Seconds from start to end, and the part spent loading (the database's side; extraction runs beside it). */
export type IngestTimings = { seconds: number; loadSeconds: number; batches: number; threads: number };

export type Planned = { file: string; manifest: Map<string, ManifestEntry> | undefined };

const failed = (file: string, error: string): FileOutcome => ({ file, status: "failed", error, warnings: [] });
// Below this many files, a thread per core costs more than it saves; one thread still gives each file its time budget.
const THREADS_FROM = 32;
export const BATCH_SIZE = 50;

async function siblingManifest(file: string): Promise<string | undefined> {
  const candidate = path.join(path.dirname(file), "manifest.json");
  return (await fs.stat(candidate).catch(() => null))?.isFile() ? candidate : undefined;
}

/** The files to ingest with their manifests, and the inputs that cannot be ingested. */
export async function planFiles(inputs: string[], manifestFile: string | undefined): Promise<{ planned: Planned[]; failures: FileOutcome[] }> {
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

export type KnownArticle = { slug: string; contentHash: string; extractor: string | null };

/** What the record holds for these file names: enough to skip unchanged files without extracting them. */
export async function knownArticles(db: Db, names: string[]): Promise<Map<string, KnownArticle>> {
  const rows = await db.article.findMany({ where: { fileName: { in: names } }, select: { fileName: true, slug: true, contentHash: true, extractor: true } });
  return new Map(rows.map((row) => [row.fileName, { slug: row.slug, contentHash: row.contentHash, extractor: row.extractor }]));
}

/** Loads a batch; when the database rejects it, loads its articles one by one so only the bad one fails. */
export async function loadBatch(db: Db, files: string[], batch: PreparedArticle[], extractor: string | null): Promise<FileOutcome[]> {
  const outcome = (file: string, article: PreparedArticle, status: LoadStatus, slug: string): FileOutcome => ({ file, status, slug, warnings: article.warnings });
  try {
    const results = await loadArticles(db, batch, { extractor });
    return results.map((result, index) => outcome(files[index] ?? "", batch[index] as PreparedArticle, result.status, result.slug));
  } catch (error) {
    if (batch.length === 1) return [failed(files[0] ?? "", `${batch[0]?.source.fileName}: ${firstLine(error)}`)];
    const outcomes: FileOutcome[] = [];
    for (const [index, article] of batch.entries()) outcomes.push(...(await loadBatch(db, [files[index] ?? ""], [article], extractor)));
    return outcomes;
  }
}

export async function ingestFiles(db: Db, inputs: string[], options: IngestOptions = {}): Promise<FileOutcome[]> {
  const started = performance.now();
  const { planned, failures } = await planFiles(inputs, options.manifest);
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const extractor = extractorFingerprint();
  await db.$transaction((tx) => fillNameKeys(tx), { timeout: 600_000 });
  const known = await knownArticles(db, planned.map((entry) => path.basename(entry.file)));
  const tasks: FileTask[] = planned.map(({ file, manifest }) => {
    const name = path.basename(file);
    const record = known.get(name);
    return { file, entry: manifest?.get(name), known: record ? { contentHash: record.contentHash, extractor: record.extractor } : null, extractor };
  });
  const outcomes: FileOutcome[] = [...failures];
  let done = 0;
  const report = (outcome: FileOutcome) => {
    outcomes.push(outcome);
    options.onProgress?.(++done, planned.length, outcome);
  };
  options.onProgress?.(0, planned.length, null);

  let batch: PreparedArticle[] = [];
  let files: string[] = [];
  let loading = 0;
  let batches = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const loadStarted = performance.now();
    for (const outcome of await loadBatch(db, files, batch, extractor)) report(outcome);
    loading += performance.now() - loadStarted;
    batches++;
    batch = [];
    files = [];
  };
  const threads = options.threads ?? (tasks.length >= THREADS_FROM ? os.availableParallelism() : 1);
  for await (const work of extractAll(tasks, { threads, window: batchSize * 2, budgetMs: options.budgetMs })) {
    if (work.kind === "unchanged") report({ file: work.file, status: "unchanged", slug: known.get(path.basename(work.file))?.slug ?? "", warnings: [] });
    else if (work.kind === "failed") report(failed(work.file, work.error));
    else {
      batch.push(work.prepared);
      files.push(work.file);
      if (batch.length >= batchSize) await flush();
    }
  }
  await flush();
  options.onFinished?.({ seconds: (performance.now() - started) / 1000, loadSeconds: loading / 1000, batches, threads });
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
