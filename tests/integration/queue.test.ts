// The ingest queue with real worker processes: two workers share one corpus, each article is loaded exactly
// once, and the record matches a direct ingest of the same files. A job delivered twice changes nothing.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { writeCorpus } from "@/lib/corpus/write-corpus";
import { extractArticle } from "@/lib/extract";
import { ingestFiles } from "@/lib/ingest/ingest-files";
import { enqueueFiles } from "@/lib/queue/enqueue-files";
import { INGEST_QUEUE, orderedJobIds, startQueue, type ArticleJob } from "@/lib/queue/queue";
import { waitForRun } from "@/lib/queue/run-status";
import { rowCounts, snapshot, truncateAll } from "./support/database";
import { finished, startScript, type ScriptResult } from "./support/run-script";

const url = env.DATABASE_URL ?? "";
const ARTICLES = 60;
let dir: string;
let boss: PgBoss;
let workers: Array<{ child: ChildProcess; done: Promise<ScriptResult> }> = [];

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-queue-"));
  await writeCorpus(dir, { articles: ARTICLES, seed: 11 });
  boss = await startQueue(url);
});

afterEach(async () => {
  for (const worker of workers) worker.child.kill("SIGTERM");
  await Promise.all(workers.map((worker) => worker.done));
  workers = [];
  await boss.stop({ graceful: false, close: true, wait: true });
  await fs.rm(dir, { recursive: true, force: true });
});

/** Starts a worker process and resolves once it is waiting for jobs. */
async function startWorker(): Promise<void> {
  const child = startScript("ingest-worker.ts", ["--batch", "4"], { DATABASE_URL: url });
  const done = finished(child);
  workers.push({ child, done });
  await new Promise<void>((resolve, reject) => {
    let text = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      if (text.includes("waiting for jobs")) resolve();
    });
    void done.then((result) => reject(new Error(`the worker exited early (${result.code}): ${result.stderr}`)));
  });
}

async function facts(): Promise<{ statements: number; mentions: number }> {
  let statements = 0;
  let mentions = 0;
  const manifest: Array<{ file: string; publishedAt: string }> = JSON.parse(await fs.readFile(path.join(dir, "manifest.json"), "utf8"));
  for (const entry of manifest) {
    const extracted = extractArticle(await fs.readFile(path.join(dir, entry.file), "utf8"), { ...entry });
    statements += extracted.quotes.length + extracted.statements.length;
    mentions += extracted.actors.reduce((sum, actor) => sum + (actor.mentions?.length ?? 0), 0);
  }
  return { statements, mentions };
}

describe("the ingest queue", () => {
  it("lets two workers share one corpus, loading each article exactly once", async () => {
    await Promise.all([startWorker(), startWorker()]);
    const queued = await enqueueFiles(db, boss, [dir]);
    expect(queued.jobs).toHaveLength(ARTICLES);
    const outcomes = await waitForRun(db, queued.jobs, { signal: AbortSignal.timeout(50_000) });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(queued.jobs.map(() => "new"));

    const outputs = await db.$queryRaw<Array<{ worker: string; jobs: number }>>`
      SELECT output->>'worker' AS worker, count(*)::int AS jobs FROM pgboss.job WHERE name = ${INGEST_QUEUE} AND id = ANY(${queued.jobs.map((job) => job.id)}::uuid[]) GROUP BY 1`;
    expect(outputs).toHaveLength(2);
    expect(outputs.reduce((sum, row) => sum + row.jobs, 0)).toBe(ARTICLES);

    const counts = await rowCounts(url);
    const expected = await facts();
    expect(counts.article).toBe(ARTICLES);
    expect(counts.statement).toBe(expected.statements);
    expect(counts.mention).toBe(expected.mentions);

    // The same files ingested directly by one process give the same record.
    await truncateAll(url);
    await ingestFiles(db, [dir], { threads: 0 });
    expect(await rowCounts(url)).toEqual({ ...counts, record_version: expect.any(Number) });
  });

  it("completes a job delivered again without changing the record", async () => {
    const queued = await enqueueFiles(db, boss, [dir]);
    await startWorker();
    await waitForRun(db, queued.jobs, { signal: AbortSignal.timeout(50_000) });
    const before = await snapshot(url);
    const [first] = queued.jobs;
    const job = await boss.getJobById<ArticleJob>(INGEST_QUEUE, first?.id ?? "");
    if (!job) throw new Error("the first job is missing");
    const again = [{ id: orderedJobIds(1)[0] ?? "", file: first?.file ?? "" }];
    await boss.insert([{ id: again[0]?.id, name: INGEST_QUEUE, data: job.data }]);
    const [outcome] = await waitForRun(db, again, { signal: AbortSignal.timeout(30_000) });
    expect(outcome?.status).toBe("unchanged");
    expect(await snapshot(url)).toEqual(before);
  });
});
