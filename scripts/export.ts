// `npm run -s export -- TABLE [--format json|csv] [--output FILE]`: writes one table of the record (actors,
// meetings, quotes) from the database, on stdout or into FILE. A file is written whole or not at all.
// Exit code 0 on success, 1 when the export failed, 2 on a usage error.
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { EXPORT_TABLES, exportTableNames } from "@/lib/db/export/tables";
import { EXPORT_FORMATS, type ExportFormat, type Sink } from "@/lib/db/export/write-export";
import { openMigratedDatabase } from "./support/open-database";
import { runMain } from "./support/run-main";

const USAGE =
  `usage: npm run -s export -- TABLE [--format json|csv] [--output FILE]\n` +
  `  TABLE     ${exportTableNames().join(", ")}\n` +
  `  --format  json (default): an array, one row per line; csv: a header and one line per row, safe to open in a spreadsheet\n` +
  `  --output  write FILE (whole, or not at all) instead of stdout`;

type Request = { table: string; format: ExportFormat; output: string | null };

function parse(argv: string[]): Request | "help" {
  const { values, positionals } = parseArgs({ args: argv, options: { format: { type: "string" }, output: { type: "string" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
  if (values.help) return "help";
  const [table, ...extra] = positionals;
  if (!table) throw new Error(`name a TABLE to export: ${exportTableNames().join(", ")}`);
  if (extra.length > 0) throw new Error(`one TABLE at a time; "${extra.join(" ")}" is extra`);
  if (!(table in EXPORT_TABLES)) throw new Error(`TABLE must be one of ${exportTableNames().join(", ")}, not "${table}"`);
  const format = values.format ?? "json";
  if (!isFormat(format)) throw new Error(`--format must be one of ${EXPORT_FORMATS.join(", ")}, not "${format}"`);
  if (values.output === "") throw new Error("--output needs a file name");
  return { table, format, output: values.output ?? null };
}

const isFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

runMain("export", async (cleanups) => {
  let request: Request | "help";
  try {
    request = parse(process.argv.slice(2));
  } catch (error) {
    console.error(`export: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (request === "help") {
    console.log(USAGE);
    return 0;
  }
  const run = EXPORT_TABLES[request.table];
  if (!run) return 2;
  const { format, output } = request;
  if (output) await checkDirectory(output);
  const { db } = await openMigratedDatabase(cleanups);
  const count = output ? await intoFile(output, (sink) => run(db, format, sink)) : await run(db, format, stdoutSink());
  console.error(`export: ${count} ${request.table}${output ? ` written to ${output}` : ""}`);
  return 0;
});

async function checkDirectory(file: string): Promise<void> {
  const directory = path.dirname(path.resolve(file));
  const stat = await fs.stat(directory).catch(() => null);
  if (!stat?.isDirectory()) throw new Error(`--output ${file}: the directory ${directory} does not exist`);
}

/** Writes beside FILE and renames it into place, so FILE is never left half-written. */
async function intoFile(file: string, work: (sink: Sink) => Promise<number>): Promise<number> {
  const partial = `${file}.partial-${process.pid}`;
  const handle = await fs.open(partial, "w");
  try {
    const count = await work(async (text) => void (await handle.write(text)));
    await handle.close();
    await fs.rename(partial, file);
    return count;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(partial, { force: true });
    throw error;
  }
}

function stdoutSink(): Sink {
  return (text) =>
    new Promise((resolve, reject) => {
      // Waiting for the callback respects a slow reader's pipe; a closed pipe (EPIPE) rejects.
      process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
    });
}
