// `npm run bench:web -- [--seconds S] [--connections C] [--articles N]`: the production build against the
// 10,000-article benchmark database, loaded with autocannon (32 connections, 20 s per route by default, all on
// 127.0.0.1) on the dynamic routes, on the meeting page asked again with its ETag (a 304), and, in the same run, a
// static route of the same app as the ceiling; then the meeting page's first-load JavaScript, and the page cost
// at 100 and at 10,000 articles (bench/support/page-cost.ts).
import { parseArgs } from "node:util";
import { openCorpusDatabase } from "./support/corpus-database";
import { firstLoadJs } from "./support/first-load-js";
import { load, type LoadResult } from "./support/http-load";
import { measurePageCost, type PageCost } from "./support/page-cost";
import { describeMachine, machine, printTable, round, writeResult } from "./support/results";
import { sampleUrls } from "./support/sample-urls";
import { ensureBuild, startServer } from "./support/server";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "20" },
    connections: { type: "string", default: "32" },
    articles: { type: "string", default: "10000" },
    "skip-page-cost": { type: "boolean", default: false },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const articles = Number(values.articles);
if (![seconds, connections, articles].every((value) => Number.isInteger(value) && value > 0)) {
  console.error("bench:web: --seconds, --connections and --articles must be positive whole numbers");
  process.exit(2);
}
const log = (line: string) => console.error(line);
/** Every route is asked for as browsers and CDNs ask: accepting gzip (the timeline is 1.3 MB of HTML, 140 kB gzipped). */
const AS_A_BROWSER = { "accept-encoding": "gzip" };
const before = machine();
console.log(`bench:web on ${describeMachine(before)}`);

await ensureBuild(log);
const database = await openCorpusDatabase({ articles, log });
let loads: Array<LoadResult & { route: string; ofStatic: number }> = [];
let firstLoad;
let samples;
try {
  samples = await sampleUrls(database.url);
  const server = await startServer(database.url);
  try {
    // Warm-up: compiled code paths and the cached reads, as on a server that has been up for a while.
    for (const path of Object.values(samples.routes)) for (let i = 0; i < 20; i++) await fetch(server.origin + path).then((response) => response.arrayBuffer());
    const measured: Array<LoadResult & { route: string }> = [];
    for (const [route, path] of Object.entries(samples.routes)) {
      log(`loading ${route} (${path}) for ${seconds} s with ${connections} connections`);
      measured.push({ route, ...(await load(server.origin + path, { connections, seconds, headers: AS_A_BROWSER })) });
    }
    // A reader (or a CDN) that has the meeting page asks whether it changed: a 304 with no body.
    const etag = (await fetch(server.origin + samples.routes.meeting)).headers.get("etag");
    if (etag) {
      log(`loading the meeting page with If-None-Match for ${seconds} s with ${connections} connections`);
      measured.push({ route: "meeting, 304", ...(await load(server.origin + samples.routes.meeting, { connections, seconds, headers: { ...AS_A_BROWSER, "if-none-match": etag }, expectedStatus: 304 })) });
    } else log("the meeting page has no ETag (the page cache is off): no conditional requests measured");
    const ceiling = measured.find((result) => result.route.startsWith("static"))?.rps ?? Number.NaN;
    loads = measured.map((result) => ({ ...result, ofStatic: round(result.rps / ceiling, 2) }));
    firstLoad = await firstLoadJs(server.origin + samples.routes.meeting);
  } finally {
    await server.stop();
  }
} finally {
  await database.release();
}

console.log(`\nLoad: ${connections} connections, ${seconds} s per route, Accept-Encoding: gzip, ${articles} articles (busiest person ${samples.person}, word "${samples.word}")`);
printTable(
  ["route", "requests/s", "p50 ms", "p95 ms", "p99 ms", "x static", "errors", "unexpected status"],
  loads.map((result) => [result.route, result.rps, result.p50, result.p95, result.p99, result.ofStatic, result.errors, result.non2xx]),
);
console.log(
  `\nMeeting page first-load JavaScript: ${firstLoad.scripts} scripts, ${round(firstLoad.bytes / 1000)} kB, ${round(firstLoad.gzipBytes / 1000)} kB gzipped, ${round(firstLoad.brotliBytes / 1000)} kB with brotli`,
);

let pageCost: PageCost | null = null;
if (!values["skip-page-cost"]) {
  pageCost = await measurePageCost({ small: 100, large: articles, log });
  console.log(
    `\nPage cost: median of ${pageCost.samples} sequential requests: as served (kept), the first request right after an ingest commits, and (median of ${pageCost.warmedSamples}) the first request ${pageCost.warmWaitMs} ms after a commit (warmed after the change) against one after the same pause with no commit`,
  );
  printTable(
    ["page", "100: kept ms", `${articles}: kept ms`, "ratio", "100: after ingest ms", `${articles}: after ingest ms`, "ratio", `${articles}: paused ms`, `${articles}: warmed ms`, "warmed / paused"],
    pageCost.pages.map((page) => [page.page, page.small.cached, page.large.cached, page.cachedRatio, page.small.cold, page.large.cold, page.coldRatio, page.large.paused, page.large.warmed, page.warmedRatio]),
  );
}
const after = machine();
console.log(`\nload average at the end: ${after.loadAverage.join(" / ")}`);
console.log(`written ${writeResult("web", { machine: { before, after }, articles, connections, seconds, samples, loads, firstLoad, pageCost })}`);
