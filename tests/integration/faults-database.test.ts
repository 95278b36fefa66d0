// The database stops under a running production server: pages answer a friendly 503 page and the API a JSON
// 503, the server stays up, and once PostgreSQL is back the same server process serves again.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCluster, stopCluster } from "@/lib/db/postgres/cluster";
import type { DatabaseHandle } from "@/lib/db/postgres/ensure-database";
import { postgresRunAs, type RunAs } from "@/lib/db/postgres/run-as";
import { ensureProductionBuild, startProductionServer, type ProductionServer } from "@/scripts/faults/production-server";
import { withClient } from "./support/database";
import { seededDatabase, type SeededDatabase } from "./support/seeded-database";
import { SERVER_SETUP_MS } from "./support/server-setup";

let dataDir: string;
let database: DatabaseHandle;
let seeded: SeededDatabase;
let runAs: RunAs;
let server: ProductionServer;
let routes: string[];

const pgdata = () => path.join(dataDir, "postgres");
const port = () => Number(new URL(database.url).port);

beforeAll(async () => {
  seeded = await seededDatabase("db-down");
  ({ dataDir, database } = seeded);
  runAs = await postgresRunAs();
  await ensureProductionBuild();
  // Every answer rendered, none kept: what a render does during an outage (kept answers: page-cache.test.ts).
  server = await startProductionServer(database.url, { env: { READOUT_WEB_PAGE_CACHE_MB: "0" } });
  const meetings = (await (await fetch(`${server.origin}/api/meetings`)).json()) as { meetings: { slug: string }[] };
  const meeting = meetings.meetings[0]?.slug ?? "";
  routes = ["/", "/timeline", "/people", "/quotes?q=ceasefire", "/articles", `/meetings/${meeting}`, "/quotes/csv", "/api/quotes", "/api/meetings", `/api/meetings/${meeting}`, "/api/speakers?q=ga"];
}, SERVER_SETUP_MS);

afterAll(async () => {
  await server?.stop();
  await seeded?.release();
});

type Answer = { route: string; status: number; type: string; body: string; retryAfter: string | null; csp: string | null };

async function get(route: string): Promise<Answer> {
  const response = await fetch(`${server.origin}${route}`, { redirect: "manual" });
  return { route, status: response.status, type: response.headers.get("content-type") ?? "", body: await response.text(), retryAfter: response.headers.get("retry-after"), csp: response.headers.get("content-security-policy") };
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("a busy database", () => {
  it("is not taken for a stopped one: requests queued behind a locked table wait and answer 200, not 503", async () => {
    const answers = await withClient(database.url, async (client) => {
      await client.query("BEGIN");
      await client.query("LOCK TABLE statement IN ACCESS EXCLUSIVE MODE");
      // More requests than the app's pool has connections, all blocked on the lock; then more behind them.
      const blocked = Array.from({ length: 12 }, (_, index) => get(`/api/quotes?page=${index + 1}`));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const queued = Array.from({ length: 6 }, () => get("/api/meetings"));
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      await client.query("COMMIT");
      return Promise.all([...blocked, ...queued]);
    });
    expect(answers.map((answer) => `${answer.route}: ${answer.status}`).filter((line) => !line.endsWith(": 200"))).toEqual([]);
  });
});

describe("the database stops while the app runs", () => {
  it("answers 503 while PostgreSQL is down, and serves again once it is back, with no restart", async () => {
    for (const answer of await Promise.all(routes.map(get))) expect(answer.status, answer.route).toBe(200);
    const quotesBefore = JSON.parse((await get("/api/quotes")).body) as { total: number };

    await stopCluster(pgdata(), runAs);
    // Every request from the moment the server is gone gets the 503, three rounds over every route.
    const outage: Answer[] = [];
    for (let round = 0; round < 3; round++) outage.push(...(await Promise.all(routes.map(get))));
    expect(outage.filter((answer) => answer.status !== 503).map((answer) => `${answer.route}: ${answer.status}`)).toEqual([]);
    for (const answer of outage) {
      expect(answer.retryAfter, answer.route).toBe("5");
      expect(answer.csp, answer.route).toContain("frame-ancestors 'none'");
      expect(answer.body, answer.route).not.toMatch(/\bat .+:\d+:\d+|node_modules|ECONNREFUSED|Prisma|127\.0\.0\.1/);
      if (answer.route.startsWith("/api/")) {
        expect(answer.type).toContain("application/json");
        expect(JSON.parse(answer.body)).toEqual({ error: expect.stringMatching(/^The record is unavailable for a moment/) });
      } else {
        expect(answer.type).toContain("text/html");
        expect(answer.body).toContain("Readout is unavailable for a moment");
        expect(answer.body).toContain("Try again");
      }
    }
    expect(server.isRunning(), "the server survived the outage").toBe(true);

    await startCluster(pgdata(), runAs, { port: port(), durable: false });
    await waitFor(async () => (await get("/")).status === 200, 15_000, "the home page answers 200 again");
    for (const answer of await Promise.all(routes.map(get))) expect(answer.status, answer.route).toBe(200);
    expect(JSON.parse((await get("/api/quotes")).body)).toMatchObject({ total: quotesBefore.total });
    expect(server.isRunning()).toBe(true);
    expect(server.output()).not.toMatch(/uncaughtException|unhandledRejection/);
  });
});
