// `npm run ingest -- --workers N`: queue the files, start N worker processes on this machine, wait until every
// job of this run is done (workers elsewhere may take some), then stop the local workers and report.
import path from "node:path";
import { childEnv } from "@/lib/env";
import type { Db } from "@/lib/db/client";
import { enqueueFiles } from "@/lib/queue/enqueue-files";
import { startQueue } from "@/lib/queue/queue";
import { waitForRun } from "@/lib/queue/run-status";
import { stopChild } from "./child-process";
import { reportOutcomes, type IngestReport } from "./ingest-report";
import { progressBar } from "./progress-bar";
import type { Cleanups } from "./run-main";
import { spawn } from "node:child_process";

const WORKER_SCRIPT = path.resolve(import.meta.dirname, "../ingest-worker.ts");

export async function ingestThroughQueue(db: Db, url: string, inputs: string[], options: { manifest?: string; workers: number }, cleanups: Cleanups): Promise<IngestReport> {
  const boss = await startQueue(url);
  cleanups.add(() => boss.stop({ graceful: false, close: true, wait: true }));
  const queued = await enqueueFiles(db, boss, inputs, { manifest: options.manifest });
  console.error(`ingest: queued ${queued.jobs.length} article(s) (${queued.settled.length} settled without extraction); ${options.workers} local worker(s)`);
  const workers = Array.from({ length: options.workers }, () =>
    spawn(process.execPath, ["--import", "tsx", WORKER_SCRIPT, "--quiet"], { stdio: ["ignore", "inherit", "inherit"], env: childEnv({ DATABASE_URL: url }) }),
  );
  const stopWorkers = () => Promise.all(workers.map((worker) => stopChild(worker))).then(() => undefined);
  cleanups.add(stopWorkers);
  const bar = progressBar();
  const outcomes = await waitForRun(db, queued.jobs, { onProgress: (done) => bar.update(done, queued.jobs.length, "queued articles") });
  bar.clear();
  await stopWorkers();
  return reportOutcomes(db, [...queued.settled, ...outcomes]);
}
