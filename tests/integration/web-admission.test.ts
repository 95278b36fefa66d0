// The production server's admission queue (scripts/serve.ts, lib/web/admission.ts), run as npm start runs it
// but with one render at a time and one waiting place: a request past those gets the busy 503 at once (JSON
// for the API, the plain page for readers, both with the security headers), built files skip the queue, a
// client that leaves while waiting gives its place back, and the queued requests all answer once the render
// ahead of them is done. Renders are held up by a lock on a table they read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/postgres/ensure-database";
import { UNAVAILABLE_MESSAGES } from "@/lib/web/unavailable-page";
import { ensureProductionBuild, startProductionServer, type ProductionServer } from "@/scripts/faults/production-server";
import { withStatementsLocked } from "./support/database";
import { seededDatabase, type SeededDatabase } from "./support/seeded-database";
import { SERVER_SETUP_MS } from "./support/server-setup";

let database: DatabaseHandle;
let seeded: SeededDatabase;
let server: ProductionServer;

beforeAll(async () => {
  seeded = await seededDatabase("admission");
  database = seeded.database;
  await ensureProductionBuild();
  server = await startProductionServer(database.url, { env: { READOUT_WEB_CONCURRENCY: "1", READOUT_WEB_QUEUE: "1" } });
}, SERVER_SETUP_MS);

afterAll(async () => {
  await server?.stop();
  await seeded?.release();
});

const get = (route: string, signal?: AbortSignal) => fetch(`${server.origin}${route}`, { signal });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the production server's admission queue", () => {
  it("says it serves one render at a time with one waiting place", () => {
    expect(server.output()).toContain("1 requests rendered at once, up to 1 waiting");
  });

  it("refuses a request past the queue with a busy 503 at once, and answers the queued ones when the render ahead is done", async () => {
    const { running, waiting, refusedApi, refusedPage, icon } = await withStatementsLocked(database.url, async () => {
      const running = get("/api/quotes");
      await pause(1_000);
      const waiting = get("/api/meetings");
      await pause(300);
      const started = performance.now();
      const refusedApi = await get("/api/speakers?q=ga");
      const refusedPage = await get("/people");
      const icon = await get("/icon.svg");
      // The render ahead cannot finish while the lock is held, so an answer that waited for it would never come;
      // the bound only has to separate "at once" from "never", with room for a loaded two-core machine.
      expect(performance.now() - started, "refusals and built files answer without waiting").toBeLessThan(10_000);
      return { running, waiting, refusedApi, refusedPage, icon };
    });

    expect(refusedApi.status).toBe(503);
    expect(refusedApi.headers.get("content-type")).toContain("application/json");
    expect(refusedApi.headers.get("retry-after")).toBe("2");
    expect(refusedApi.headers.get("cache-control")).toBe("no-store");
    expect(await refusedApi.json()).toEqual({ error: UNAVAILABLE_MESSAGES.busy });

    expect(refusedPage.status).toBe(503);
    expect(refusedPage.headers.get("content-type")).toContain("text/html");
    const csp = refusedPage.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, csp).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(refusedPage.headers.get("x-content-type-options")).toBe("nosniff");
    const page = await refusedPage.text();
    expect(page).toContain("Readout is busy for a moment");
    expect(page).toContain(`<style nonce="${nonce}">`);
    expect(page).not.toContain("<script");

    expect(icon.status).toBe(200);
    expect((await running).status).toBe(200);
    const waited = await waiting;
    expect(waited.status, `${await waited.clone().text()}\n${server.output()}`).toBe(200);
    expect(((await (await waiting).json()) as { meetings: unknown[] }).meetings.length).toBeGreaterThan(0);
  });

  it("gives a waiting place back when its client leaves, and renders nothing for it", async () => {
    const answers = await withStatementsLocked(database.url, async () => {
      const running = get("/api/quotes?page=2");
      await pause(1_000);
      const leaving = new AbortController();
      // Addresses not asked before at this record version: a kept answer would not wait for a place.
      const left = get("/api/speakers?q=ha", leaving.signal).then(
        () => "answered",
        () => "aborted",
      );
      await pause(300);
      leaving.abort();
      await pause(300);
      // The place the aborted request held is free again: this one waits instead of being refused.
      const next = get("/api/speakers?q=pa");
      return { running, left: await left, next };
    });
    expect(answers.left).toBe("aborted");
    expect((await answers.running).status).toBe(200);
    expect((await answers.next).status).toBe(200);
  });

  it("serves as before once the crowd is gone (one at a time: two at once is all this server takes)", async () => {
    const routes = ["/", "/timeline", "/people", "/api/meetings"];
    const answers: { route: string; status: number }[] = [];
    for (const route of routes) answers.push({ route, status: (await get(route)).status });
    expect(answers).toEqual(routes.map((route) => ({ route, status: 200 })));
  });
});
