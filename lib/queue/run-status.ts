// Follows a queued run: which of its jobs are done, and what each left as output.
import type { Db } from "@/lib/db/client";
import type { FileOutcome } from "@/lib/ingest/ingest-files";
import { INGEST_QUEUE, type JobOutput } from "./queue";

type Row = { id: string; state: string; output: JobOutput | null };
const FINISHED = new Set(["completed", "failed", "cancelled"]);

/** Polls until every job of the run is finished (or `signal` aborts); reports progress as jobs finish. */
export async function waitForRun(db: Db, jobs: Array<{ id: string; file: string }>, options: { signal?: AbortSignal; pollMs?: number; onProgress?: (done: number) => void } = {}): Promise<FileOutcome[]> {
  const ids = jobs.map((job) => job.id);
  let rows: Row[] = [];
  while (!options.signal?.aborted) {
    // pg-boss keeps jobs in pgboss.job (finished ones move to pgboss.archive after twelve hours).
    rows = ids.length === 0 ? [] : await db.$queryRaw<Row[]>`SELECT id::text AS id, state::text AS state, output FROM pgboss.job WHERE name = ${INGEST_QUEUE} AND id = ANY(${ids}::uuid[])`;
    const finished = rows.filter((row) => FINISHED.has(row.state)).length;
    options.onProgress?.(finished);
    if (finished >= ids.length) break;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  return jobs.map((job): FileOutcome => {
    const row = byId.get(job.id);
    const output = row?.output;
    if (!row || row.state !== "completed" || !output) return { file: job.file, status: "failed", error: `${job.file}: the job ${row ? `ended ${row.state}` : "is missing"} without a result`, warnings: [] };
    if (output.status === "failed") return { file: job.file, status: "failed", error: output.error ?? `${job.file}: failed`, warnings: output.warnings };
    return { file: job.file, status: output.status, slug: output.slug ?? "", warnings: output.warnings };
  });
}

/** Polls one job until it is finished or `timeoutMs` passes; null when it is still waiting or running. */
export async function waitForJob(db: Db, id: string, options: { timeoutMs: number; pollMs?: number }): Promise<{ state: string; output: JobOutput | null } | null> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const [row] = await db.$queryRaw<Row[]>`SELECT id::text AS id, state::text AS state, output FROM pgboss.job WHERE name = ${INGEST_QUEUE} AND id = ${id}::uuid`;
    if (row && FINISHED.has(row.state)) return { state: row.state, output: row.output };
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
}
