// `npm run -s score:resolution -- --scorer FILE --gold DIR [--gold DIR ...] [--actors FILE] ARTICLE_DIR...`:
// measures cross-article person resolution in one command. The article directories (each with its manifest.json)
// are ingested, in the order given, into a throwaway database; its actors are exported as JSON; then the scorer
// (resolve-score.mjs) compares them with the gold directories and prints its verdict. Nothing is copied from the
// directories given, and the throwaway database is deleted afterwards. Exit code: the scorer's; 2 on a usage error.
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { actorsTable } from "@/lib/db/export/actors";
import { writeExport } from "@/lib/db/export/write-export";
import { migrate } from "@/lib/db/migrate";
import { startEmbedded } from "@/lib/db/postgres/ensure-database";
import { ingestFiles } from "@/lib/ingest/ingest-files";
import { runMain } from "./support/run-main";

const USAGE = "usage: npm run -s score:resolution -- --scorer resolve-score.mjs --gold DIR [--gold DIR ...] [--actors FILE] ARTICLE_DIR...";

type Request = { scorer: string; gold: string[]; actors: string | null; articles: string[] };

async function parse(argv: string[]): Promise<Request> {
  const { values, positionals } = parseArgs({ args: argv, options: { scorer: { type: "string" }, gold: { type: "string", multiple: true }, actors: { type: "string" } }, allowPositionals: true });
  if (!values.scorer) throw new Error("--scorer names the scorer (resolve-score.mjs)");
  if (!values.gold?.length) throw new Error("--gold names a directory of *.gold.json files (repeat it for several)");
  if (positionals.length === 0) throw new Error("name at least one ARTICLE_DIR to ingest");
  await mustExist("--scorer", values.scorer, "file");
  for (const dir of values.gold) await mustExist("--gold", dir, "directory");
  for (const dir of positionals) await mustExist("ARTICLE_DIR", dir, "directory");
  return { scorer: values.scorer, gold: values.gold, actors: values.actors ?? null, articles: positionals };
}

async function mustExist(parameter: string, target: string, kind: "file" | "directory"): Promise<void> {
  const stat = await fs.stat(target).catch(() => null);
  if (!stat || (kind === "file" ? !stat.isFile() : !stat.isDirectory())) throw new Error(`${parameter} ${target}: no such ${kind}`);
}

runMain("score:resolution", async (cleanups) => {
  let request: Request;
  try {
    request = await parse(process.argv.slice(2));
  } catch (error) {
    console.error(`score:resolution: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-resolution-"));
  cleanups.add(() => fs.rm(dataDir, { recursive: true, force: true }));
  const server = await startEmbedded({ dataDir, preferredPort: 0, durable: false });
  cleanups.add(() => server.release());
  await migrate(server.url);
  const db = createDb(server.url);
  cleanups.add(() => db.$disconnect());

  for (const dir of request.articles) {
    const outcomes = await ingestFiles(db, [dir]);
    const failed = outcomes.filter((outcome) => outcome.status === "failed");
    for (const outcome of failed) console.error(`score:resolution: ${outcome.error}`);
    console.error(`score:resolution: ${dir}: ${outcomes.length - failed.length} article(s) ingested, ${failed.length} failed`);
  }
  const actorsFile = request.actors ?? path.join(dataDir, "actors.json");
  const handle = await fs.open(actorsFile, "w");
  try {
    await writeExport(db, actorsTable, "json", async (text) => void (await handle.write(text)));
  } finally {
    await handle.close();
  }

  const args = [request.scorer, ...request.gold.flatMap((dir) => ["--gold", dir]), "--actors", actorsFile, "--verbose"];
  return new Promise<number>((resolve, reject) => {
    const scorer = spawn(process.execPath, args, { stdio: ["ignore", "inherit", "inherit"] });
    scorer.on("error", reject);
    scorer.on("close", (code) => resolve(code ?? 1));
  });
});
