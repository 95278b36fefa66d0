// `npm run bench:lighthouse -- [--runs N] [--page NAME]`: Lighthouse 12 (its default mobile run: a mid-range phone,
// simulated slow 4G and a 4x slower CPU) on every page of the five seed articles, served as `npm start` serves
// them (production build, its own database in .data/lighthouse). Prints performance, accessibility, LCP, TBT and
// CLS per page (the median of the runs), and writes them to bench/results/. Chromium: CHROME_PATH or /usr/bin/chromium.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { freePort } from "@/lib/db/postgres/ensure-database";
import { childEnv, loadEnv } from "@/lib/env";
import { stopChild } from "@/scripts/support/child-process";
import { ROOT } from "./support/paths";
import { describeMachine, machine, printTable, round, writeResult } from "./support/results";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, page: { type: "string" } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("bench:lighthouse: --runs must be a positive whole number");
  process.exit(2);
}
const log = (line: string) => console.error(line);
console.log(`bench:lighthouse on ${describeMachine(machine())}`);

const port = await freePort(0);
const origin = `http://127.0.0.1:${port}`;
// npm start: the database, migrations, the seed articles, the build when stale, the production server.
const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  cwd: ROOT,
  stdio: ["ignore", "ignore", "inherit"],
  env: childEnv({ PORT: String(port), READOUT_PUBLIC_URL: origin, DATABASE_URL: "", READOUT_DATA_DIR: ".data/lighthouse", READOUT_PG_PORT: "0" }),
});

type Scores = { performance: number; accessibility: number; lcpMs: number; tbtMs: number; cls: number };
/** One Lighthouse run; a trace Chromium failed to record (NO_NAVSTART, seen on a loaded machine) is run again, twice at most. */
async function runLighthouse(url: string, port: number) {
  for (let attempt = 1; ; attempt++) {
    const lhr = (await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] }))?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (!lhr.runtimeError) return lhr;
    if (lhr.runtimeError.code !== "NO_NAVSTART" || attempt === 3) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    log(`${url}: ${lhr.runtimeError.code}, running again`);
  }
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? Number.NaN;

try {
  for (let attempt = 0; ; attempt++) {
    if (server.exitCode !== null) throw new Error(`npm start exited with code ${server.exitCode}`);
    if (await fetch(`${origin}/icon.svg`).then((response) => response.ok, () => false)) break;
    if (attempt > 9000) throw new Error("the server did not answer within 15 minutes");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Real addresses from the record, as a reader would reach them.
  const meetings = (await (await fetch(`${origin}/api/meetings`)).json()) as { meetings: { slug: string; participants: { slug: string }[] }[] };
  const quotes = (await (await fetch(`${origin}/api/quotes?speaker=benny-gantz`)).json()) as { quotes: { id: number; article: { slug: string } }[] };
  const meeting = meetings.meetings.find((candidate) => candidate.participants.length >= 3) ?? meetings.meetings[0];
  const quote = quotes.quotes[0];
  if (!meeting || !quote) throw new Error("the seed record has no meeting or no quote by Benny Gantz");
  const pages: Record<string, string> = {
    home: "/",
    timeline: "/timeline",
    people: "/people",
    person: `/people/ron-dermer`,
    meeting: `/meetings/${meeting.slug}`,
    quotes: "/quotes?q=Gaza",
    quote: `/quotes/${quote.id}`,
    articles: "/articles",
    article: `/articles/${quote.article.slug}`,
    search: "/search?q=Dermer",
  };
  const chosen = values.page ? { [values.page]: pages[values.page] ?? values.page } : pages;

  const chrome = await chromeLauncher.launch({
    chromePath: loadEnv().CHROME_PATH,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const results: Array<{ page: string; path: string } & Scores> = [];
  try {
    for (const [name, path] of Object.entries(chosen)) {
      // One unmeasured load first: the server's cached reads, as on a server that has been up for a while.
      await fetch(origin + path).then((response) => response.arrayBuffer());
      const measured: Scores[] = [];
      for (let run = 0; run < runs; run++) {
        const lhr = await runLighthouse(origin + path, chrome.port);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        measured.push({
          performance: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
          accessibility: Math.round((lhr.categories.accessibility?.score ?? Number.NaN) * 100),
          lcpMs: Math.round(audit("largest-contentful-paint")),
          tbtMs: Math.round(audit("total-blocking-time")),
          cls: round(audit("cumulative-layout-shift"), 3),
        });
        const failing = Object.values(lhr.audits).filter((item) => item.score !== null && item.score < 1 && lhr.categories.accessibility?.auditRefs.some((ref) => ref.id === item.id));
        for (const item of failing) log(`${name}: accessibility audit ${item.id} fails: ${item.title}`);
      }
      const row = {
        page: name,
        path,
        performance: median(measured.map((m) => m.performance)),
        accessibility: median(measured.map((m) => m.accessibility)),
        lcpMs: median(measured.map((m) => m.lcpMs)),
        tbtMs: median(measured.map((m) => m.tbtMs)),
        cls: median(measured.map((m) => m.cls)),
      };
      log(`${name}: performance ${row.performance}, accessibility ${row.accessibility}, CLS ${row.cls}`);
      results.push(row);
    }
  } finally {
    chrome.kill();
  }
  console.log(`\nLighthouse 12 mobile (simulated slow 4G, 4x CPU slowdown), median of ${runs} run(s) per page`);
  printTable(
    ["page", "performance", "accessibility", "LCP ms", "TBT ms", "CLS"],
    results.map((row) => [row.page, row.performance, row.accessibility, row.lcpMs, row.tbtMs, row.cls]),
  );
  const goals = results.filter((row) => row.performance < 95 || row.accessibility < 100 || row.cls > 0.05).map((row) => row.page);
  console.log(goals.length === 0 ? "Every page meets performance >= 95, accessibility 100, CLS <= 0.05" : `Below the goals (performance >= 95, accessibility 100, CLS <= 0.05): ${goals.join(", ")}`);
  console.log(`written to ${writeResult("lighthouse", { machine: machine(), runs, results })}`);
} finally {
  await stopChild(server);
}
