// `npm run bench:ingest -- [--articles N] [--queue]`: `npm run ingest` of a generated corpus (10,000 articles by
// default) into an empty database of the benchmarks' cluster, then the same files again (nothing changed, so
// nothing is extracted or written); with --queue, also `npm run ingest -- --workers 2` into another empty database.
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { startEmbedded } from "@/lib/db/postgres/ensure-database";
import { writeCorpus } from "@/lib/corpus/write-corpus";
import { childEnv } from "@/lib/env";
import { createDatabase, withDatabaseName } from "./support/corpus-database";
import { BENCH_DATA_DIR, ROOT } from "./support/paths";
import { describeMachine, machine, printTable, round, writeResult } from "./support/results";

const { values } = parseArgs({ options: { articles: { type: "string", default: "10000" }, seed: { type: "string", default: "1" }, queue: { type: "boolean", default: false } } });
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed) || seed < 0) {
  console.error("bench:ingest: --articles and --seed must be whole numbers");
  process.exit(2);
}
const log = (line: string) => console.error(line);
const before = machine();
console.log(`bench:ingest on ${describeMachine(before)}`);

type Run = { run: string; articles: number; seconds: number; articlesPerSecond: number; loadSeconds: number | null; summary: string };

/** Runs `npm run ingest` (the script itself) against `url` and times it from start to exit. */
async function ingest(url: string, args: string[]): Promise<{ seconds: number; summary: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "ingest.ts"), ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    env: childEnv({ DATABASE_URL: url }),
  });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`npm run ingest exited with ${code}: ${stdout}`);
  return { seconds: (performance.now() - started) / 1000, summary: stdout.trim().split("\n").join(" ") };
}

async function emptyDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  return createDatabase(serverUrl, name);
}

const corpus = await writeCorpus(path.join(BENCH_DATA_DIR, `corpus-${articles}-${seed}`), { articles, seed });
const server = await startEmbedded({ dataDir: BENCH_DATA_DIR, preferredPort: 0, durable: true, log });
const runs: Run[] = [];
try {
  const url = await emptyDatabase(server.url, "bench_ingest");
  const record = (run: string, result: { seconds: number; summary: string }) => {
    // The script says how long it spent loading batches into the database (extraction runs beside that).
    const loading = result.summary.match(/of which ([\d.]+) s loading/)?.[1];
    runs.push({ run, articles, seconds: round(result.seconds, 1), articlesPerSecond: round(articles / result.seconds, 0), loadSeconds: loading ? Number(loading) : null, summary: result.summary });
    log(`${run}: ${result.seconds.toFixed(1)} s — ${result.summary}`);
  };
  log(`ingesting ${articles} articles (${(corpus.bytes / 1048576).toFixed(1)} MB) into an empty database`);
  record("first ingest (empty database)", await ingest(url, [corpus.dir]));
  record("same files again (unchanged)", await ingest(url, [corpus.dir]));
  if (values.queue) {
    const queued = await emptyDatabase(server.url, "bench_ingest_queue");
    record("first ingest, queue with 2 workers", await ingest(queued, ["--workers", "2", corpus.dir]));
  }
} finally {
  await server.release();
}
const after = machine();
console.log(`\n${articles} generated articles, ${(corpus.bytes / 1048576).toFixed(1)} MB; npm run ingest timed from start to exit`);
printTable(
  ["run", "articles", "seconds", "articles/s", "of which loading s"],
  runs.map((run) => [run.run, run.articles, run.seconds, run.articlesPerSecond, run.loadSeconds === null ? "-" : run.loadSeconds]),
);
console.log(`load average at the end: ${after.loadAverage.join(" / ")}`);
console.log(`written ${writeResult("ingest", { machine: { before, after }, corpusMegabytes: round(corpus.bytes / 1048576, 1), runs })}`);
