// `npm run ingest:worker`: takes article jobs from the ingest queue (in the database DATABASE_URL names, or the
// embedded one) until stopped with Ctrl-C or SIGTERM; run it on as many machines as there are cores to use.
// `npm run ingest -- --workers N DIR` queues the jobs and starts N of these itself.
import { parseArgs } from "node:util";
import { startQueue } from "@/lib/queue/queue";
import { WORKER_ID, workJobs } from "@/lib/queue/work-jobs";
import { openMigratedDatabase } from "./support/open-database";
import { runMain } from "./support/run-main";

const USAGE = "usage: npm run ingest:worker -- [--batch N] [--quiet]";

runMain("ingest:worker", async (cleanups) => {
  let values: { batch?: string; quiet?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { batch: { type: "string" }, quiet: { type: "boolean" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    console.error(`ingest:worker: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const batchSize = values.batch === undefined ? 32 : Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
    console.error(`ingest:worker: --batch must be a whole number from 1 to 1000, not "${values.batch}"\n${USAGE}`);
    return 2;
  }
  const database = await openMigratedDatabase(cleanups);
  const db = database.db;
  const boss = await startQueue(database.url);
  cleanups.add(() => boss.stop({ graceful: true, close: true, wait: true }));
  const stop = new AbortController();
  const totals = { new: 0, changed: 0, unchanged: 0, failed: 0 };
  if (!values.quiet) console.error(`ingest:worker ${WORKER_ID}: waiting for jobs`);
  const working = workJobs(db, boss, {
    batchSize,
    signal: stop.signal,
    onBatch: (done) => {
      for (const output of done) totals[output.status]++;
      if (!values.quiet) console.error(`ingest:worker ${WORKER_ID}: ${done.length} job(s) done (${totals.new} new, ${totals.changed} changed, ${totals.unchanged} unchanged, ${totals.failed} failed so far)`);
    },
  });
  // A signal lets the batch in progress finish (its jobs complete with it) before the queue and database close.
  cleanups.add(async () => {
    stop.abort();
    await working.catch(() => undefined);
  });
  await working;
  return 0;
});
