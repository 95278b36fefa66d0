// Queues an ingest: lists and reads the files, settles what needs no extraction (unreadable files, unchanged
// ones), and puts one job per remaining article on the queue.
import path from "node:path";
import { randomUUID } from "node:crypto";
import type PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import { extractorFingerprint } from "@/lib/ingest/extractor-fingerprint";
import { knownArticles, planFiles, type FileOutcome } from "@/lib/ingest/ingest-files";
import { readArticle } from "@/lib/source/read-articles";
import { INGEST_QUEUE, orderedJobIds, type ArticleJob } from "./queue";

export type QueuedRun = { run: string; jobs: Array<{ id: string; file: string }>; settled: FileOutcome[] };

// Jobs are inserted in chunks so one statement never carries hundreds of megabytes of text.
const INSERT_CHUNK = 500;

export async function enqueueFiles(db: Db, boss: PgBoss, inputs: string[], options: { manifest?: string } = {}): Promise<QueuedRun> {
  const run = randomUUID();
  const { planned, failures } = await planFiles(inputs, options.manifest);
  const extractor = extractorFingerprint();
  const known = await knownArticles(db, planned.map((entry) => path.basename(entry.file)));
  const settled: FileOutcome[] = [...failures];
  const pending: Array<{ file: string; data: ArticleJob }> = [];
  for (const { file, manifest } of planned) {
    const read = await readArticle(file, manifest);
    if (!read.ok) {
      settled.push({ file, status: "failed", error: read.error.message, warnings: [] });
      continue;
    }
    const { article } = read;
    const record = known.get(article.meta.file);
    if (record && record.contentHash === article.contentHash && record.extractor === extractor) {
      settled.push({ file, status: "unchanged", slug: record.slug, warnings: [] });
      continue;
    }
    pending.push({ file, data: { run, file: article.meta.file, text: article.text, contentHash: article.contentHash, meta: article.meta } });
  }
  const ids = orderedJobIds(pending.length);
  const jobs = pending.map((job, index) => ({ id: ids[index] ?? "", file: job.file }));
  for (let start = 0; start < pending.length; start += INSERT_CHUNK) {
    await boss.insert(pending.slice(start, start + INSERT_CHUNK).map((job, offset) => ({ id: ids[start + offset], name: INGEST_QUEUE, data: job.data })));
  }
  return { run, jobs, settled };
}
