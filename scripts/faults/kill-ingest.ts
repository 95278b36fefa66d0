// `npm run faults:kill-ingest -- [--articles N]` (default 1,000): ingests a generated corpus once without
// interruption into one database and, at the same time, into another with a SIGKILL half-way and a rerun;
// then compares the two records row by row. Exit code 0 when they are the same. Uses a throwaway PostgreSQL.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { writeCorpus } from "@/lib/corpus/write-corpus";
import { migrate } from "@/lib/db/migrate";
import { startEmbedded } from "@/lib/db/postgres/ensure-database";
import { runMain } from "../support/run-main";
import { ingestKilledPartWay, ingestSummary, runIngest } from "./ingest-runs";
import { fingerprintDifferences, recordFingerprint } from "./record-fingerprint";

const say = (line: string) => console.error(`kill-ingest: ${line}`);

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

runMain("kill-ingest", async (cleanups) => {
  const { values } = parseArgs({ options: { articles: { type: "string", default: "1000" } } });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 10) throw new Error(`--articles must be a whole number of at least 10, not "${values.articles}"`);

  const work = await fs.mkdtemp(path.join(os.tmpdir(), "readout-kill-ingest-"));
  cleanups.add(() => fs.rm(work, { recursive: true, force: true }));
  await fs.chmod(work, 0o755); // the server runs as the postgres user when this runs as root
  const corpus = path.join(work, "corpus");
  await writeCorpus(corpus, { articles, seed: 1 });
  const server = await startEmbedded({ dataDir: path.join(work, "pg"), preferredPort: 0, durable: false });
  cleanups.add(() => server.release());

  const admin = new pg.Client({ connectionString: databaseUrl(server.url, "postgres") });
  await admin.connect();
  await admin.query("CREATE DATABASE uninterrupted");
  await admin.query("CREATE DATABASE interrupted");
  await admin.end();
  const [uninterrupted, interrupted] = [databaseUrl(server.url, "uninterrupted"), databaseUrl(server.url, "interrupted")];
  await migrate(uninterrupted);
  await migrate(interrupted);

  say(`${articles} articles; one uninterrupted ingest, and one killed with SIGKILL after ${articles / 2} articles, side by side`);
  const [whole, killed] = await Promise.all([runIngest(uninterrupted, [corpus]), ingestKilledPartWay(interrupted, [corpus], Math.floor(articles / 2))]);
  if (whole.code !== 0) throw new Error(`the uninterrupted ingest failed (exit ${whole.code}): ${whole.stderr.trim().split("\n").slice(-3).join(" | ")}`);
  say(`uninterrupted run: ${whole.seconds.toFixed(1)} s; killed run: SIGKILL after ${killed.run.seconds.toFixed(1)} s with ${killed.committed} articles committed`);
  const rerun = await runIngest(interrupted, [corpus]);
  const summary = ingestSummary(rerun.stdout);
  say(`rerun: exit ${rerun.code}, ${summary?.new} new, ${summary?.unchanged} unchanged, ${summary?.failed} failed, ${rerun.seconds.toFixed(1)} s`);

  const expected = await recordFingerprint(uninterrupted);
  const actual = await recordFingerprint(interrupted);
  const differences = fingerprintDifferences(expected, actual);
  console.log(`rows per table (uninterrupted = killed + rerun): ${Object.entries(expected.counts).map(([table, count]) => `${table} ${count}`).join(", ")}`);
  if (differences.length > 0 || rerun.code !== 0) {
    console.log(`DIFFERENT: ${differences.join("; ") || `the rerun exited ${rerun.code}`}`);
    return 1;
  }
  console.log(`SAME: after kill -9 at ${killed.committed}/${articles} articles and a rerun, every table equals the uninterrupted run's, row for row`);
  return 0;
});
