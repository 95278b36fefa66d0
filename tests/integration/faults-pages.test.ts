// Pages served while an ingest runs show a consistent record: polling the quote export (one query, so one
// snapshot) during a first ingest and during a re-ingest of edited articles, every article shows either none
// or all of its quotes, or the old set or the new one, never part of one.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "@/lib/corpus/write-corpus";
import { env } from "@/lib/env";
import { startIngest, type StartedIngest } from "@/scripts/faults/ingest-runs";
import { ensureProductionBuild, startProductionServer, type ProductionServer } from "@/scripts/faults/production-server";
import { SERVER_SETUP_MS } from "./support/server-setup";

// Four load batches (the ingest commits 50 new articles per transaction), few enough for the 5,000-row export.
const ARTICLES = 200;
// Two ingests of 200 articles with a page poll running beside them: minutes on a loaded two-core machine.
const INGEST_LIMIT_MS = 150_000;
const url = env.DATABASE_URL ?? "";
let server: ProductionServer;
let dir: string;
/** The ingest under way, stopped when the file ends so it never writes into the next test file's database. */
let running: StartedIngest | undefined;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-pages-during-ingest-"));
  await writeCorpus(dir, { articles: ARTICLES, seed: 11 });
  await ensureProductionBuild();
  server = await startProductionServer(url);
}, SERVER_SETUP_MS);

afterAll(async () => {
  if (running && running.child.exitCode === null && running.child.signalCode === null) {
    running.child.kill("SIGKILL");
    await running.done;
  }
  await server?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      endField();
    } else if (!quoted && (char === "\n" || char === "\r")) {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
    } else {
      field += char;
    }
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** Quotes per article slug, as one response of the CSV export shows them. */
async function quotesPerArticle(): Promise<Map<string, number>> {
  const response = await fetch(`${server.origin}/quotes/csv`);
  expect(response.status).toBe(200);
  const [header, ...rows] = parseCsv(await response.text());
  expect(rows.length, "the export is not cut at its limit").toBeLessThan(5000);
  const passage = header?.indexOf("passage") ?? -1;
  const counts = new Map<string, number>();
  for (const row of rows) {
    const slug = row[passage]?.match(/\/articles\/([^#]+)#/)?.[1] ?? "?";
    counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return counts;
}

/** Polls the export until the ingest ends; returns every observation and the run's exit code. */
async function observeDuring(inputs: string[]): Promise<{ observations: Map<string, number>[]; code: number | null }> {
  const ingest = startIngest(url, inputs, INGEST_LIMIT_MS);
  running = ingest;
  let finished = false;
  void ingest.done.then(() => (finished = true));
  const observations: Map<string, number>[] = [];
  while (!finished) observations.push(await quotesPerArticle());
  return { observations, code: (await ingest.done).code };
}

function partialArticles(observations: Map<string, number>[], allowed: (slug: string) => number[]): string[] {
  const wrong: string[] = [];
  observations.forEach((seen, index) => {
    for (const [slug, count] of seen) if (!allowed(slug).includes(count)) wrong.push(`observation ${index}: ${slug} shows ${count} quotes, expected one of ${allowed(slug).join(" or ")}`);
  });
  return wrong;
}

describe("pages during an ingest", () => {
  it("show each article's quotes all at once during a first ingest and a re-ingest of edited articles", async () => {
    const first = await observeDuring([dir]);
    expect(first.code).toBe(0);
    const loaded = await quotesPerArticle();
    expect(loaded.size).toBeGreaterThan(ARTICLES / 2);
    // The polls overlapped the ingest: some saw part of the corpus loaded (three partial states to catch).
    const midway = first.observations.filter((seen) => seen.size > 0 && seen.size < loaded.size).length;
    expect(midway).toBeGreaterThan(0);
    expect(partialArticles(first.observations, (slug) => [loaded.get(slug) ?? -1])).toEqual([]);

    // Every article gains a quote; a reader sees each article's old quotes or its new ones, never a mix or none.
    for (const file of (await fs.readdir(dir)).filter((name) => name.endsWith(".txt"))) {
      await fs.appendFile(path.join(dir, file), '\n"We will publish the full text of the agreement next week," the spokesman said.\n');
    }
    const second = await observeDuring([dir]);
    expect(second.code).toBe(0);
    const edited = await quotesPerArticle();
    expect([...edited.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThan([...loaded.values()].reduce((sum, count) => sum + count, 0));
    expect(second.observations.length).toBeGreaterThan(2);
    expect(partialArticles(second.observations, (slug) => [loaded.get(slug) ?? -1, edited.get(slug) ?? -1])).toEqual([]);
    console.info(`pages during ingest: ${first.observations.length} (${midway} with part of the corpus loaded) + ${second.observations.length} snapshots of ${loaded.size} articles, none partial`);
  }, 2 * INGEST_LIMIT_MS + 60_000);
});
