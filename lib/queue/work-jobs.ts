// A queue worker: takes a batch of article jobs, extracts them, and loads them in one transaction that also
// completes the jobs, so a job is done exactly when its article is in the record. A worker that dies mid-batch
// commits nothing; its jobs expire and another worker loads them (loads are idempotent by file name and hash).
import os from "node:os";
import type PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { extractArticle } from "@/lib/extract";
import { extractorFingerprint } from "@/lib/ingest/extractor-fingerprint";
import { loadArticles, type LoadResult } from "@/lib/ingest/load-articles";
import { fillNameKeys } from "@/lib/ingest/name-keys";
import { prepareArticle, type PreparedArticle } from "@/lib/ingest/prepare-article";
import { INGEST_QUEUE, type ArticleJob, type JobOutput } from "./queue";

type Tx = Prisma.TransactionClient;
type Job = PgBoss.Job<ArticleJob>;
type Done = { id: string; output: JobOutput };

export type WorkerOptions = { batchSize?: number; pollMs?: number; signal: AbortSignal; onBatch?: (done: JobOutput[]) => void };

export const WORKER_ID = `${os.hostname()}:${process.pid}`;

// pg-boss runs its SQL through this, inside our transaction.
function inTransaction(tx: Tx): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const params: unknown[] = values.map((value) => (value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) ? JSON.stringify(value) : value));
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...params) };
    },
  };
}

// pg-boss completes several ids with one output; its typings only declare that for a single id.
type CompleteMany = (name: string, ids: string[], data: object, options: PgBoss.ConnectionOptions) => Promise<void>;

async function complete(boss: PgBoss, done: Done[], db: PgBoss.Db | undefined): Promise<void> {
  const groups = new Map<string, Done[]>();
  for (const item of done) {
    const key = JSON.stringify(item.output);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const completeMany = boss.complete.bind(boss) as unknown as CompleteMany;
  for (const items of groups.values()) await completeMany(INGEST_QUEUE, items.map((item) => item.id), items[0]?.output ?? {}, db ? { db } : {});
}

const failedOutput = (error: string): JobOutput => ({ status: "failed", error, warnings: [], worker: WORKER_ID });
const loadedOutput = (result: LoadResult): JobOutput => ({ status: result.status, slug: result.slug, warnings: result.warnings, worker: WORKER_ID, facts: result.facts });

async function load(db: Db, boss: PgBoss, items: Array<{ job: Job; article: PreparedArticle }>, failed: Done[], extractor: string): Promise<Done[]> {
  let done: Done[] = [];
  await loadArticles(
    db,
    items.map((item) => item.article),
    {
      extractor,
      beforeCommit: async (tx, results) => {
        done = [...items.map((item, index) => ({ id: item.job.id, output: loadedOutput(results[index] as LoadResult) })), ...failed];
        await complete(boss, done, inTransaction(tx));
      },
    },
  );
  return done;
}

/** Extracts and loads one batch of jobs; a batch the database rejects is retried one job at a time. */
export async function processJobs(db: Db, boss: PgBoss, jobs: Job[], extractor = extractorFingerprint()): Promise<JobOutput[]> {
  const items: Array<{ job: Job; article: PreparedArticle }> = [];
  const failed: Done[] = [];
  for (const job of jobs) {
    try {
      const output = extractArticle(job.data.text, job.data.meta);
      items.push({ job, article: prepareArticle({ fileName: job.data.file, body: job.data.text, contentHash: job.data.contentHash }, output) });
    } catch (error) {
      failed.push({ id: job.id, output: failedOutput(`${job.data.file}: ${(error as Error).message.split("\n")[0]}`) });
    }
  }
  try {
    return (await load(db, boss, items, failed, extractor)).map((item) => item.output);
  } catch {
    const done: Done[] = [];
    for (const item of items) {
      try {
        done.push(...(await load(db, boss, [item], [], extractor)));
      } catch (error) {
        const one = { id: item.job.id, output: failedOutput(`${item.job.data.file}: ${(error as Error).message.split("\n")[0]}`) };
        await complete(boss, [one], undefined);
        done.push(one);
      }
    }
    await complete(boss, failed, undefined);
    return [...done, ...failed].map((item) => item.output);
  }
}

/** Takes jobs until `signal` aborts; a batch in progress is finished first. */
export async function workJobs(db: Db, boss: PgBoss, options: WorkerOptions): Promise<void> {
  const batchSize = options.batchSize ?? 32;
  const extractor = extractorFingerprint();
  await db.$transaction((tx) => fillNameKeys(tx), { timeout: 600_000 });
  while (!options.signal.aborted) {
    const jobs = await boss.fetch<ArticleJob>(INGEST_QUEUE, { batchSize });
    if (jobs.length === 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollMs ?? 500);
        options.signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
      });
      continue;
    }
    options.onBatch?.(await processJobs(db, boss, jobs, extractor));
  }
}
