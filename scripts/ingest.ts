// `npm run ingest -- [--manifest FILE] FILE_OR_DIR...`: loads article files into the record.
// Exit code 0 when every file loaded (or was unchanged), 1 when any failed, 2 on a usage error.
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { ensureDatabase } from "@/lib/db/postgres/ensure-database";
import { ingestWithReport } from "./support/ingest-report";
import { runMain } from "./support/run-main";

const USAGE = "usage: npm run ingest -- [--manifest FILE] FILE_OR_DIR...";

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
  const database = await ensureDatabase((line) => console.error(line));
  cleanups.add(() => database.release());
  await migrate(database.url);
  const db = createDb(database.url);
  cleanups.add(() => db.$disconnect());
  const report = await ingestWithReport(db, args.positionals, { manifest: args.values.manifest });
  return report.failed > 0 ? 1 : 0;
});

function parse() {
  return parseArgs({ options: { manifest: { type: "string" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
}
