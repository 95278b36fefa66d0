// What one page costs to serve at two sizes of the record: the median latency of sequential requests, once as
// served (the page kept), once right after an ingest (the record version bumped just before each request, so the
// page is rendered and every read of it goes to the database), and once a moment after an ingest (the version
// bumped, then a pause in which the server renders its most visited pages again), against a request after the same
// pause with no commit (a pause alone costs something: idle connections and caches go cold). Pages: timeline,
// people, the busiest person, a quote search.
import pg from "pg";
import { openCorpusDatabase } from "./corpus-database";
import { percentile, round } from "./results";
import { sampleUrls } from "./sample-urls";
import { startServer } from "./server";

const SAMPLES = 30;
/** The pause after a commit before the "warmed" request: the server waits for 300 ms without changes, then renders. */
const WARM_WAIT_MS = 1_500;
/** Fewer of those: each waits. */
const WARMED_SAMPLES = 10;

type Latency = { cached: number; cold: number; paused: number; warmed: number };
export type PageCost = {
  samples: number;
  warmedSamples: number;
  warmWaitMs: number;
  pages: Array<{ page: string; small: Latency; large: Latency; cachedRatio: number; coldRatio: number; warmedRatio: number }>;
};

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

async function measure(articles: number, log: (line: string) => void): Promise<Record<string, Latency>> {
  const database = await openCorpusDatabase({ articles, log });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const samples = await sampleUrls(database.url);
    const pages: Record<string, string> = {
      timeline: "/timeline",
      people: "/people",
      person: samples.routes.person ?? "",
      quotes: samples.routes.quotes ?? "",
    };
    const server = await startServer(database.url);
    try {
      const result: Record<string, Latency> = {};
      for (const [page, path] of Object.entries(pages)) {
        const url = server.origin + path;
        for (let i = 0; i < 10; i++) await timed(url);
        const cached: number[] = [];
        for (let i = 0; i < SAMPLES; i++) cached.push(await timed(url));
        const cold: number[] = [];
        for (let i = 0; i < SAMPLES; i++) {
          await client.query(`UPDATE record_version SET version = version + 1 WHERE id = 1`);
          cold.push(await timed(url));
        }
        const paused: number[] = [];
        const warmed: number[] = [];
        for (let i = 0; i < WARMED_SAMPLES; i++) {
          await new Promise((resolve) => setTimeout(resolve, WARM_WAIT_MS));
          paused.push(await timed(url));
          await client.query(`UPDATE record_version SET version = version + 1 WHERE id = 1`);
          await new Promise((resolve) => setTimeout(resolve, WARM_WAIT_MS));
          warmed.push(await timed(url));
        }
        result[page] = { cached: round(percentile(cached, 50)), cold: round(percentile(cold, 50)), paused: round(percentile(paused, 50)), warmed: round(percentile(warmed, 50)) };
        log(`  ${articles} articles, ${page}: kept ${result[page]?.cached} ms, right after an ingest ${result[page]?.cold} ms, ${WARM_WAIT_MS} ms after ${result[page]?.warmed} ms (after a pause alone ${result[page]?.paused} ms)`);
      }
      return result;
    } finally {
      await server.stop();
    }
  } finally {
    await client.end();
    await database.release();
  }
}

export async function measurePageCost(options: { small: number; large: number; log: (line: string) => void }): Promise<PageCost> {
  const small = await measure(options.small, options.log);
  const large = await measure(options.large, options.log);
  return {
    samples: SAMPLES,
    warmedSamples: WARMED_SAMPLES,
    warmWaitMs: WARM_WAIT_MS,
    pages: Object.keys(small).map((page) => {
      const missing = { cached: Number.NaN, cold: Number.NaN, paused: Number.NaN, warmed: Number.NaN };
      const a = small[page] ?? missing;
      const b = large[page] ?? missing;
      return { page, small: a, large: b, cachedRatio: round(b.cached / a.cached, 2), coldRatio: round(b.cold / a.cold, 2), warmedRatio: round(b.warmed / b.paused, 2) };
    }),
  };
}
