// `npm run bench:search -- [--queries N] [--statements N]`: quote search latency (p50/p95 over 1,000 varied
// queries, as the app runs them: count, page, rows) on a database of at least a million statements, then
// EXPLAIN (ANALYZE, BUFFERS) of each query shape's gathering and page queries, with the indexes they use.
import { parseArgs } from "node:util";
import pg from "pg";
import { describeMachine, machine, percentile, printTable, round, writeResult } from "./support/results";
import { openSearchDatabase } from "./support/search-database";
import { searchCases } from "./support/search-queries";

const { values } = parseArgs({ options: { queries: { type: "string", default: "1000" }, statements: { type: "string", default: "1000000" } } });
const queries = Number(values.queries);
const statements = Number(values.statements);
if (!Number.isInteger(queries) || queries < 1 || !Number.isInteger(statements) || statements < 1) {
  console.error("bench:search: --queries and --statements must be positive whole numbers");
  process.exit(2);
}
const log = (line: string) => console.error(line);
const before = machine();
console.log(`bench:search on ${describeMachine(before)}`);

const database = await openSearchDatabase({ statements, log });
// The query modules read DATABASE_URL on first use.
process.env.DATABASE_URL = database.url;
const { db } = await import("@/lib/db/client");
const { findQuotes, quoteSearchSql, QUOTES_COUNT_LIMIT } = await import("@/lib/db/queries/search-quotes");
const client = new pg.Client({ connectionString: database.url });
await client.connect();
try {
  const [{ total }] = (await client.query<{ total: number }>("SELECT count(*)::int AS total FROM statement")).rows as [{ total: number }];
  const speakers = (await client.query<{ slug: string }>(`SELECT a.slug FROM statement s JOIN actor a ON a.id = s.speaker_id GROUP BY a.slug ORDER BY count(*) DESC, a.slug LIMIT 300`)).rows.map((row) => row.slug);
  const cases = searchCases(queries, speakers);
  for (const warm of searchCases(50, speakers, 99)) await findQuotes(warm.filters);

  const timings: Array<{ shape: string; ms: number; matches: number; more: boolean; filters: string }> = [];
  for (const search of cases) {
    const started = performance.now();
    const result = await findQuotes(search.filters);
    timings.push({ shape: search.shape, ms: performance.now() - started, matches: result.total, more: result.more, filters: describeFilters(search.filters) });
  }
  const all = timings.map((timing) => timing.ms);
  const shapes = [...new Set(timings.map((timing) => timing.shape))];
  const byShape = shapes.map((shape) => {
    const ms = timings.filter((timing) => timing.shape === shape).map((timing) => timing.ms);
    return { shape, queries: ms.length, p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), max: round(Math.max(...ms)) };
  });

  console.log(`\n${queries} searches on ${total.toLocaleString("en-US")} statements (count, one page of 20, its rows; uncached)`);
  printTable(["shape", "queries", "p50 ms", "p95 ms", "max ms"], [...byShape.map((row) => [row.shape, row.queries, row.p50, row.p95, row.max]), ["all", all.length, round(percentile(all, 50)), round(percentile(all, 95)), round(Math.max(...all))]]);

  console.log("\nthe 10 slowest searches");
  printTable(
    ["ms", "shape", "matches", "search"],
    [...timings].sort((a, b) => b.ms - a.ms).slice(0, 10).map((timing) => [round(timing.ms), timing.shape, `${timing.matches}${timing.more ? "+" : ""}`, timing.filters]),
  );

  const plans: Array<{ shape: string; indexes: string[]; count: string; page: string }> = [];
  for (const shape of shapes) {
    const search = cases.find((candidate) => candidate.shape === shape);
    if (!search) continue;
    const built = await quoteSearchSql(search.filters);
    const explain = async (query: { text: string; values: unknown[] }, settings?: { text: string; values: unknown[] }) => {
      await client.query("BEGIN");
      try {
        // The planner settings the app reads a page of many with (planSettings in lib/db/queries/search-quotes.ts).
        if (settings) await client.query(settings.text, settings.values);
        return (await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values)).rows.map((row) => row["QUERY PLAN"]).join("\n");
      } finally {
        await client.query("ROLLBACK");
      }
    };
    const [{ total: matches }] = (await client.query<{ total: number }>(built.gather.text, built.gather.values)).rows as [{ total: number }];
    const count = await explain(built.gather);
    // Past the count limit the page is read by a second query, with the planner settings the app gives it.
    const page = matches > QUOTES_COUNT_LIMIT ? await explain(built.manyPage, built.manySettings) : "(none: the gathering query ordered all the matches)";
    const indexes = [...new Set([...`${count}\n${page}`.matchAll(/(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\w+)/g)].map((match) => match[1] ?? ""))];
    plans.push({ shape, indexes, count, page });
    console.log(`\n== ${shape}: ${describeFilters(search.filters)}`);
    console.log(`indexes used: ${indexes.join(", ") || "none"}`);
    console.log(`-- gather (count, and the page when few)\n${count}\n-- page of many\n${page}`);
  }
  const after = machine();
  console.log(`\nload average at the end: ${after.loadAverage.join(" / ")}`);
  console.log(`written ${writeResult("search", { machine: { before, after }, statements: total, queries, p50: round(percentile(all, 50)), p95: round(percentile(all, 95)), byShape, plans })}`);
} finally {
  await client.end();
  await db.$disconnect();
  await database.release();
}

/** The filters a search set, as JSON (empty lists and unset values left out). */
function describeFilters(filters: object): string {
  return JSON.stringify(Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))));
}
