// `npm run soak -- [--minutes 5] [--connections 32] [--articles 10000 | --seeds | --hostile] [--server-heap-mb N]`: the
// production build under mixed load (autocannon, 127.0.0.1 only) against the generated 10,000-article corpus (the
// benchmarks' database, npm run bench:db) or the five seed articles. Passes when there are no errors, no non-2xx
// answers and the server's resident memory at the end is within 20% of its first minute's. Exit code 0 on a pass.
//
// --hostile: the seed articles plus a quote of a megabyte and one of 3.1 MB (written into the record as if loaded
// before ingest bounded quotes), and beside the readers: searches for the megabyte quote's words, one greedy client
// (127.0.0.2) keeping 200 requests in flight, and slow readers (127.0.0.3) asking for the 3.1 MB quote's page, four
// a minute, reading nothing. Passes when the readers get no non-2xx answer (their timeouts, which measure the
// machine under attack, are printed), memory stays within the bound, the server never exited, closed every slow
// reader and refused the greedy client, still answers its home page, and the record is as it was.
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon, { type AutocannonRequest } from "autocannon";
import pg from "pg";
import { openCorpusDatabase } from "@/bench/support/corpus-database";
import { migrate } from "@/lib/db/migrate";
import { startEmbedded } from "@/lib/db/postgres/ensure-database";
import { greedyClient, slowReaders } from "./faults/hostile-clients";
import { runIngest } from "./faults/ingest-runs";
import { recordFingerprint } from "./faults/record-fingerprint";
import { treeRssMegabytes } from "./faults/process-memory";
import { ensureProductionBuild, ROOT, startProductionServer } from "./faults/production-server";
import { runMain } from "./support/run-main";

const MEMORY_GROWTH_LIMIT = 1.2;
const say = (line: string) => console.error(`soak: ${line}`);

type Options = { minutes: number; connections: number; articles: number | null; hostile: boolean; heapMegabytes: number | undefined };

function options(): Options {
  const { values } = parseArgs({ options: { minutes: { type: "string", default: "5" }, connections: { type: "string", default: "32" }, articles: { type: "string", default: "10000" }, seeds: { type: "boolean", default: false }, hostile: { type: "boolean", default: false }, "server-heap-mb": { type: "string" } } });
  const number = (name: string, raw: string, min: number) => {
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number of at least ${min}, not "${raw}"`);
    return value;
  };
  return { minutes: number("minutes", values.minutes, 1), connections: Math.round(number("connections", values.connections, 1)), articles: values.seeds || values.hostile ? null : Math.round(number("articles", values.articles, 1)),
    hostile: values.hostile,
    // The server runs with npm start's heap limit (READOUT_WEB_HEAP_MB); another tells retained memory from a heap merely allowed to grow.
    heapMegabytes: values["server-heap-mb"] === undefined ? undefined : Math.round(number("server-heap-mb", values["server-heap-mb"], 64)),
  };
}

/** The five seed articles in a throwaway database of the benchmarks' cluster. */
async function seedDatabase(): Promise<{ url: string; release(): Promise<void> }> {
  const server = await startEmbedded({ dataDir: path.join(ROOT, ".data", "bench"), preferredPort: 0, log: say });
  const admin = new pg.Client({ connectionString: Object.assign(new URL(server.url), { pathname: "/postgres" }).toString() });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS soak_seeds WITH (FORCE)");
  await admin.query("CREATE DATABASE soak_seeds");
  await admin.end();
  const url = Object.assign(new URL(server.url), { pathname: "/soak_seeds" }).toString();
  await migrate(url);
  const ingest = await runIngest(url, [path.join(ROOT, "data", "articles")]);
  if (ingest.code !== 0) throw new Error(`ingesting the seeds failed: ${ingest.stderr.trim()}`);
  return { url, release: () => server.release() };
}

/**
 * The hostile mode's quotes: one of a megabyte to search, and one of 3.1 MB whose whole page (6.3 MB: the text is in
 * its HTML and its React payload) is more than a loopback socket's buffers take in from a client that reads nothing.
 */
const SEARCHED_QUOTE = { text: "we press onward and upward ".repeat(40_000), word: "onward" };
const LARGE_QUOTE = "we hold the line and wait ".repeat(120_000);

async function addHostileQuotes(url: string): Promise<{ searched: number; large: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const write = async (text: string, offset: number) =>
      Number((await client.query("UPDATE statement SET text = $1 WHERE id = (SELECT id FROM statement WHERE kind = 'direct' ORDER BY id OFFSET $2 LIMIT 1) RETURNING id", [text, offset])).rows[0]?.id);
    return { searched: await write(SEARCHED_QUOTE.text, 0), large: await write(LARGE_QUOTE, 1) };
  } finally {
    await client.end();
  }
}

/** Mixed routes over real slugs: every page and API endpoint, list pages, filters, searches, single records. */
async function mixedRequests(url: string): Promise<AutocannonRequest[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const column = async (sql: string) => (await client.query(sql)).rows.map((row: Record<string, unknown>) => String(Object.values(row)[0]));
    const meetings = await column("SELECT slug FROM meeting ORDER BY md5(slug) LIMIT 40");
    const people = await column("SELECT slug FROM actor WHERE kind = 'person' ORDER BY md5(slug) LIMIT 40");
    const articles = await column("SELECT slug FROM article ORDER BY md5(slug) LIMIT 40");
    const quotes = await column("SELECT id FROM statement ORDER BY md5(id::text) LIMIT 40");
    const words = await column("SELECT w FROM (SELECT DISTINCT lower(regexp_split_to_table(text, '[^A-Za-z]+')) AS w FROM (SELECT text FROM statement ORDER BY id LIMIT 300) s) t WHERE length(w) >= 6 ORDER BY md5(w) LIMIT 30");
    const paths: string[] = [];
    for (let i = 0; i < 40; i++) {
      const pick = <T>(list: T[]) => list[i % Math.max(list.length, 1)];
      const word = pick(words) ?? "talks";
      paths.push(
        "/",
        "/timeline",
        `/timeline?kind=meeting&from=${2016 + (i % 10)}`,
        `/people?page=${1 + (i % 3)}`,
        `/people/${pick(people)}`,
        `/meetings/${pick(meetings)}`,
        `/quotes?q=${word}`,
        `/quotes?speaker=${pick(people)}`,
        `/quotes/${pick(quotes)}`,
        `/articles/${pick(articles)}`,
        `/api/meetings?page=${1 + (i % 5)}`,
        `/api/quotes?q=${word}&sort=relevance`,
        `/api/speakers?q=${(pick(people) ?? "a").slice(0, 3)}`,
        `/api/people/${pick(people)}`,
        `/api/meetings/${pick(meetings)}`,
      );
    }
    return paths.filter((route) => !route.includes("undefined")).map((route) => ({ method: "GET", path: route }));
  } finally {
    await client.end();
  }
}

/** One request of each kind of route before the load, slowest first: where the time goes when the soak is slow. */
async function timeEachKind(origin: string, requests: AutocannonRequest[]): Promise<void> {
  const kinds = new Map<string, string>();
  for (const { path: route } of requests) kinds.set(route.replace(/^(\/[^/?]+(?:\/[^/?]+)?)\/[^/?]+$/, "$1/:slug").replace(/=[^&]*/g, "="), route);
  const timings: string[] = [];
  for (const [kind, route] of kinds) {
    const started = performance.now();
    const response = await fetch(`${origin}${route}`);
    await response.arrayBuffer();
    timings.push(`${Math.round(performance.now() - started).toString().padStart(6)} ms  ${response.status}  ${kind}`);
  }
  say(`one request of each kind, unloaded:\n${timings.sort().reverse().join("\n")}`);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor((sorted.length - 1) / 2)] ?? 0) : 0;
};

runMain("soak", async (cleanups) => {
  const { minutes, connections, articles, hostile, heapMegabytes } = options();
  await ensureProductionBuild(say);
  say(articles ? `opening the ${articles}-article corpus database (generated and loaded on first use)` : "loading the five seed articles");
  const database = articles ? await openCorpusDatabase({ articles, log: say }) : await seedDatabase();
  cleanups.add(() => database.release());
  const server = await startProductionServer(database.url, { heapMegabytes });
  cleanups.add(() => server.stop());
  const hostileQuotes = hostile ? await addHostileQuotes(database.url) : null;
  const recordBefore = hostile ? JSON.stringify(await recordFingerprint(database.url)) : "";
  const requests = [
    ...(await mixedRequests(database.url)),
    // The searches that once built a 50 MB page: among the readers' requests, one in sixteen.
    ...(hostile ? Array.from({ length: 40 }, (_, index): AutocannonRequest => ({ method: "GET", path: index % 2 ? `/quotes?q=${SEARCHED_QUOTE.word}` : `/api/quotes?q=${SEARCHED_QUOTE.word}&page=1` })) : []),
  ];
  const serving = /\(\d+ requests rendered at once, up to \d+ waiting[^)]*\)/.exec(server.output())?.[0] ?? "";
  say(`${requests.length} routes, ${connections} connections, ${minutes} minute(s) against ${server.origin} ${serving}`);
  await timeEachKind(server.origin, requests);

  const samples: Array<{ second: number; megabytes: number }> = [];
  const started = Date.now();
  const sample = async () => samples.push({ second: (Date.now() - started) / 1000, megabytes: await treeRssMegabytes(server.pid) });
  await sample();
  const sampler = setInterval(() => void sample(), 5_000);
  cleanups.add(async () => clearInterval(sampler));
  const greedy = hostile ? greedyClient(server.origin, "127.0.0.2", requests.map((request) => request.path ?? "/"), 200) : null;
  // Each batch is checked 30 s after it was sent: long enough to render the page and pass the 10 s write-stall bound.
  const slow = hostile && hostileQuotes ? slowReaders(server.origin, "127.0.0.3", `/quotes/${hostileQuotes.large}?all=1`, 4, 60_000, 30_000) : null;
  const result = await autocannon({ url: server.origin, connections, duration: Math.round(minutes * 60), timeout: 30, requests });
  clearInterval(sampler);
  await sample();
  const greedyCounts = await greedy?.stop();
  const slowCounts = await slow?.stop();
  const homeAnswers = hostile ? await fetch(`${server.origin}/`).then((response) => response.status, () => 0) : 200;
  const recordKept = hostile ? JSON.stringify(await recordFingerprint(database.url)) === recordBefore : true;

  const firstMinute = median(samples.filter((point) => point.second <= 60).map((point) => point.megabytes));
  const end = median(samples.filter((point) => point.second >= minutes * 60 - 30).map((point) => point.megabytes));
  const ratio = end / firstMinute;
  const perMinute = Array.from({ length: Math.ceil(minutes) }, (_, minute) => median(samples.filter((point) => point.second > minute * 60 && point.second <= (minute + 1) * 60).map((point) => point.megabytes)));
  const statuses = Object.entries(result.statusCodeStats).map(([code, { count }]) => `${code}: ${count}`).join(", ");
  console.log(`requests: ${result.requests.total} in ${result.duration} s (${result.requests.average.toFixed(1)}/s); statuses ${statuses}`);
  console.log(`errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}, 5xx: ${result["5xx"]}`);
  console.log(`latency: median ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`server RSS: first minute ${firstMinute.toFixed(0)} MB (median), end ${end.toFixed(0)} MB (median of the last 30 s), ratio ${ratio.toFixed(2)}; peak ${Math.max(...samples.map((point) => point.megabytes)).toFixed(0)} MB; by minute ${perMinute.map((megabytes) => megabytes.toFixed(0)).join(", ")} MB`);
  if (greedyCounts) console.log(`greedy client (200 in flight): ${[...greedyCounts.statuses].sort().map(([status, count]) => `${count} × ${status}`).join(", ")}, ${greedyCounts.errors} errors`);
  if (slowCounts) {
    const megabytes = slowCounts.bytes.map((bytes) => bytes / 1048576);
    console.log(`slow readers: ${slowCounts.opened} opened, ${slowCounts.closedByServer} closed by the server within 30 s, having received ${Math.min(...megabytes).toFixed(1)}–${Math.max(...megabytes).toFixed(1)} MB of the page`);
  }
  if (hostile) console.log(`after the load: home page ${homeAnswers}, record ${recordKept ? "unchanged" : "CHANGED"}`);
  // Under attack the readers share the server with the attackers: how fast they are answered is measured and
  // printed; what must hold is that nothing fails (no 5xx), the server lives, and the record is intact.
  const failures = [
    !hostile && result.errors > 0 ? `${result.errors} errors` : null,
    !hostile && result.timeouts > 0 ? `${result.timeouts} timeouts` : null,
    result.non2xx > 0 ? `${result.non2xx} non-2xx answers` : null,
    !server.isRunning() ? "the server exited" : null,
    homeAnswers !== 200 ? `the home page answered ${homeAnswers} after the load` : null,
    !recordKept ? "the record changed" : null,
    slowCounts && slowCounts.closedByServer < slowCounts.opened ? `${slowCounts.opened - slowCounts.closedByServer} slow readers were never closed by the server` : null,
    greedyCounts && !greedyCounts.statuses.get(429) ? "the greedy client was never refused" : null,
    ratio > MEMORY_GROWTH_LIMIT ? `memory grew ${((ratio - 1) * 100).toFixed(0)}% (limit ${((MEMORY_GROWTH_LIMIT - 1) * 100).toFixed(0)}%)` : null,
  ].filter(Boolean);
  console.log(failures.length ? `FAIL: ${failures.join("; ")}` : "PASS: no errors, no non-2xx answers, memory within 20% of the first minute's");
  return failures.length ? 1 : 0;
});
