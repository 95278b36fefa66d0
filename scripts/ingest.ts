// `npm run ingest -- [--manifest FILE] [--workers N] FILE_OR_DIR...`: loads article files into the record.
// Without --workers the files are extracted on this machine's cores and loaded in batches. With --workers N
// they are queued (lib/queue) and N worker processes here, plus any `npm run ingest:worker` elsewhere, share them.
// Exit code 0 when every file loaded (or was unchanged), 1 when any failed, 2 on a usage error.
import { parseArgs } from "node:util";
import { ingestWithReport } from "./support/ingest-report";
import { ingestThroughQueue } from "./support/queued-ingest";
import { openMigratedDatabase } from "./support/open-database";
import { runMain } from "./support/run-main";

const USAGE = "usage: npm run ingest -- [--manifest FILE] FILE_OR_DIR...\n       npm run ingest -- --workers N [--manifest FILE] FILE_OR_DIR...   (through the queue, with N local workers)";

runMain("ingest", async (cleanups) => {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(`${USAGE}\nA directory's .txt files are ingested; its manifest.json supplies dates, outlets and URLs unless --manifest is given.`);
    return 0;
  }
  if (args.positionals.length === 0) {
    console.error(`ingest: name at least one file or directory\n${USAGE}`);
    return 2;
  }
  const workers = args.values.workers === undefined ? null : Number(args.values.workers);
  if (workers !== null && (!Number.isInteger(workers) || workers < 0 || workers > 64)) {
    console.error(`ingest: --workers must be a whole number from 0 to 64, not "${args.values.workers}"\n${USAGE}`);
    return 2;
  }
  const database = await openMigratedDatabase(cleanups);
  const db = database.db;
  const options = { manifest: args.values.manifest };
  const report = workers === null ? await ingestWithReport(db, args.positionals, options) : await ingestThroughQueue(db, database.url, args.positionals, { ...options, workers }, cleanups);
  return report.failed > 0 ? 1 : 0;
});

function parse() {
  return parseArgs({
    options: { manifest: { type: "string" }, workers: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
  });
}
