// What one page costs to serve at two sizes of the record: the median latency of sequential requests, once as
// served (reads cached) and once right after an ingest (the record version bumped before each request, so every
// read of that request goes to the database). Pages: timeline, people, the busiest person, a quote search.
import pg from "pg";
import { openCorpusDatabase } from "./corpus-database";
import { percentile, round } from "./results";
import { sampleUrls } from "./sample-urls";
import { startServer } from "./server";

const SAMPLES = 30;

type Latency = { cached: number; cold: number };
export type PageCost = { samples: number; pages: Array<{ page: string; small: Latency; large: Latency; cachedRatio: number; coldRatio: number }> };

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
        result[page] = { cached: round(percentile(cached, 50)), cold: round(percentile(cold, 50)) };
        log(`  ${articles} articles, ${page}: cached ${result[page]?.cached} ms, after an ingest ${result[page]?.cold} ms`);
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
    pages: Object.keys(small).map((page) => {
      const a = small[page] ?? { cached: Number.NaN, cold: Number.NaN };
      const b = large[page] ?? { cached: Number.NaN, cold: Number.NaN };
      return { page, small: a, large: b, cachedRatio: round(b.cached / a.cached, 2), coldRatio: round(b.cold / a.cold, 2) };
    }),
  };
}
