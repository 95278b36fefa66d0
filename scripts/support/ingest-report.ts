// Runs the ingest for a script and reports it: a progress bar, one line per failed file, the warnings,
// then a summary of what changed and what the record now holds.
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { countRecord, ingestFiles, type FileOutcome, type IngestTimings } from "@/lib/ingest/ingest-files";
import { printable } from "./printable";
import { progressBar } from "./progress-bar";

export type IngestReport = { outcomes: FileOutcome[]; failed: number };

export async function ingestWithReport(db: Db, inputs: string[], options: { manifest?: string } = {}): Promise<IngestReport> {
  const bar = progressBar();
  const finished: { timings?: IngestTimings } = {};
  const outcomes = await ingestFiles(db, inputs, {
    manifest: options.manifest,
    onProgress: (done, total, outcome) => bar.update(done, total, outcome ? printable(path.basename(outcome.file)) : "reading"),
    onFinished: (timings) => (finished.timings = timings),
  });
  bar.clear();
  const report = await reportOutcomes(db, outcomes);
  if (finished.timings) {
    const { seconds, loadSeconds, batches, threads } = finished.timings;
    const extraction = threads > 0 ? `extraction on ${threads} thread(s) beside it` : "extraction on this thread";
    console.log(`Time: ${seconds.toFixed(1)} s, of which ${loadSeconds.toFixed(1)} s loading ${batches} batch(es) into the database; ${extraction}`);
  }
  return report;
}

/** Prints the warnings, the failures and the summary of an ingest's outcomes. */
export async function reportOutcomes(db: Db, outcomes: FileOutcome[]): Promise<IngestReport> {
  const count = (status: FileOutcome["status"]) => outcomes.filter((outcome) => outcome.status === status).length;
  const warnings = outcomes.flatMap((outcome) => outcome.warnings.map((warning) => `${path.basename(outcome.file)}: ${warning}`));
  // File names and messages are the files' own text: printed with their control characters escaped.
  for (const warning of warnings) console.error(`warning: ${printable(warning)}`);
  for (const outcome of outcomes) if (outcome.status === "failed") console.error(`error: ${printable(outcome.error)}`);

  const record = await countRecord(db);
  console.log(
    `Ingested ${outcomes.length} file(s): ${count("new")} new, ${count("changed")} changed, ${count("unchanged")} unchanged, ${count("failed")} failed`,
  );
  console.log(
    `Record: ${record.articles} articles, ${record.actors} actors, ${record.meetings} meetings, ${record.quotes} quotes, ${record.statements} statements; ${warnings.length} warning(s)`,
  );
  return { outcomes, failed: count("failed") };
}
