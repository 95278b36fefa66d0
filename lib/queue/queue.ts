// The ingest queue, kept in PostgreSQL by pg-boss (schema "pgboss"): `npm run ingest -- --workers N` puts one
// job per new or changed article on it; any number of workers on any machines take jobs from it.
import { randomBytes } from "node:crypto";
import PgBoss from "pg-boss";
import type { ArticleMeta } from "@/lib/extract/schema";
import type { FactCounts } from "@/lib/ingest/write-facts";

export const INGEST_QUEUE = "ingest-article";

/** A job carries the decoded text, so a worker needs only the database, not the files. */
export type ArticleJob = { run: string; file: string; text: string; contentHash: string; meta: ArticleMeta };

/** What a job leaves as its output (pg-boss `output`), read back by the run that queued it. */
export type JobOutput = { status: "new" | "changed" | "unchanged" | "failed"; slug?: string; error?: string; warnings: string[]; worker: string; facts?: FactCounts | null };

export async function startQueue(url: string, options: { supervise?: boolean } = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: "pgboss",
    max: 4,
    supervise: options.supervise ?? true,
    schedule: false,
    // A worker that dies mid-batch leaves its jobs active; after this they are handed to another worker.
    expireInSeconds: 15 * 60,
    retryLimit: 3,
  });
  boss.on("error", (error) => console.error(`queue: ${error.message}`));
  await boss.start();
  await boss.createQueue(INGEST_QUEUE);
  return boss;
}

/**
 * Job ids that sort in the order the files were listed: pg-boss hands out jobs queued together in id
 * order, so a queued ingest loads files in the same order as a direct one.
 */
export function orderedJobIds(count: number, now = Date.now()): string[] {
  const time = now.toString(16).padStart(12, "0").slice(-12);
  return Array.from({ length: count }, (_, index) => {
    const position = index.toString(16).padStart(6, "0");
    const random = randomBytes(6).toString("hex");
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${position.slice(0, 3)}-8${position.slice(3, 6)}-${random}`;
  });
}
