// Whole answers kept per record version by the production server (docs/decisions/012-whole-page-cache.md):
// conditional requests, what an ingest commit does to them, hostile Host headers, the editors' workspace, and
// a database that stops: answers already kept are still served, everything else gets the friendly 503.
import fs from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeSetup, addEditor } from "@/lib/auth/editors";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { createSession } from "@/lib/auth/sessions";
import { createDb, type Db } from "@/lib/db/client";
import { startCluster, stopCluster } from "@/lib/db/postgres/cluster";
import type { DatabaseHandle } from "@/lib/db/postgres/ensure-database";
import { postgresRunAs, type RunAs } from "@/lib/db/postgres/run-as";
import { runIngest } from "@/scripts/faults/ingest-runs";
import { ensureProductionBuild, startProductionServer, type ProductionServer } from "@/scripts/faults/production-server";
import { seededDatabase, type SeededDatabase } from "./support/seeded-database";
import { SERVER_SETUP_MS } from "./support/server-setup";

const PUBLIC_URL = "https://readout.example";
let dataDir: string;
let database: DatabaseHandle;
let seeded: SeededDatabase;
let runAs: RunAs;
let server: ProductionServer;
let db: Db;
let meeting: string;

beforeAll(async () => {
  seeded = await seededDatabase("page-cache", 90_000);
  ({ dataDir, database } = seeded);
  runAs = await postgresRunAs();
  db = createDb(database.url);
  await ensureProductionBuild();
  server = await startProductionServer(database.url, { env: { READOUT_PUBLIC_URL: PUBLIC_URL } });
  const meetings = (await (await fetch(`${server.origin}/api/meetings`)).json()) as { meetings: { slug: string }[] };
  meeting = meetings.meetings[0]?.slug ?? "";
}, SERVER_SETUP_MS);

afterAll(async () => {
  await server?.stop();
  await db?.$disconnect();
  await seeded?.release();
});

const get = (route: string, headers: Record<string, string> = {}) => fetch(`${server.origin}${route}`, { headers, redirect: "manual" });

describe("conditional requests", () => {
  it("answers 304 without a body to a matching ETag, and 200 to another", async () => {
    const first = await get(`/meetings/${meeting}`);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    await first.arrayBuffer();

    const again = await get(`/meetings/${meeting}`, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("x-content-type-options")).toBe("nosniff");
    // The copy being revalidated keeps its own policy: a 304 sends none that could replace it.
    expect(again.headers.get("content-security-policy")).toBeNull();
    const other = await get(`/meetings/${meeting}`, { "If-None-Match": 'W/"0@0-other"' });
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).toBe(etag);
  });

  it("keeps the security headers and a policy of hashes, with no nonce left in the page", async () => {
    for (const route of ["/", `/meetings/${meeting}`, "/api/quotes", "/quotes/csv"]) {
      await (await get(route)).arrayBuffer();
      const kept = await get(route);
      const body = await kept.text();
      const policy = kept.headers.get("content-security-policy") ?? "";
      expect(kept.headers.get("etag"), route).toBeTruthy();
      expect(policy, route).toContain("frame-ancestors 'none'");
      expect(policy, route).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
      expect(kept.headers.get("x-frame-options"), route).toBe("DENY");
      expect(body, route).not.toMatch(/ nonce="/);
    }
  });
});

/** A GET with exactly these headers, Host included (fetch replaces a Host header with the address's own). */
function rawGet(route: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${server.origin}${route}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

describe("hostile Host headers", () => {
  it("never put another origin in a kept page: links and previews use the public origin", async () => {
    const hostile = { Host: "evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http", "X-Forwarded-For": "203.0.113.9" };
    // The hostile request comes first, so its render is the one kept and sent to the next reader.
    for (const route of [`/meetings/${meeting}?from=hostile-host`, "/people?from=hostile-host", "/api/meetings?page=1"]) {
      const first = await rawGet(route, hostile);
      const second = await rawGet(route, {});
      expect(first.status, route).toBe(200);
      expect(second.body, route).toBe(first.body);
      expect(first.body, route).not.toContain("evil.example");
      // The meeting page names its own address (share previews, canonical link): with the public origin.
      if (route.startsWith("/meetings/")) expect(first.body, route).toContain(PUBLIC_URL);
    }
  });
});

describe("the editors' workspace and signed-in editors", () => {
  it("is never kept, and a signed-in editor's request to a public page is rendered for them alone", async () => {
    const email = "cache-check@readout.example";
    const { link } = await addEditor(db, email, PUBLIC_URL);
    const editorId = await completeSetup(db, new URL(link).searchParams.get("token") ?? "", "a long enough password for tests");
    const { token } = await createSession(db, editorId);
    const cookie = { Cookie: `theme=dark; ${SESSION_COOKIE}=${token}` };

    const workspace = await get("/editor", cookie);
    expect(workspace.status).toBe(200);
    expect(workspace.headers.get("etag")).toBeNull();
    expect(workspace.headers.get("cache-control")).toMatch(/private/);
    expect(workspace.headers.get("cache-control")).toContain("no-store");
    expect(await workspace.text()).toContain(email);

    // The public page, already kept for readers: the editor is not sent the kept copy, not even as a 304.
    const route = "/people?from=an-editor";
    const anonymous = await get(route);
    const etag = anonymous.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\//);
    const anonymousBody = await anonymous.text();
    for (const headers of [cookie, { ...cookie, "If-None-Match": etag }]) {
      const editors = await get(route, headers);
      expect(editors.status).toBe(200);
      expect(editors.headers.get("etag")).toBeNull();
      expect(editors.headers.get("cache-control")).toMatch(/private/);
      expect(editors.headers.get("cache-control")).toContain("no-store");
      expect(editors.headers.get("content-security-policy")).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
      expect(editors.headers.get("set-cookie")).toBeNull();
      const editorsBody = await editors.text();
      expect(editorsBody).toMatch(/<script[^>]* nonce="/);
      expect(editorsBody).not.toBe(anonymousBody);
    }
    // An answer rendered for the editor is never kept for readers: the next reader still gets the kept copy.
    const after = await get(route);
    expect(after.headers.get("etag")).toBe(etag);
    expect(await after.text()).toBe(anonymousBody);
  });
});

describe("an ingest that commits", () => {
  it("is seen by the next request: the kept answers and their ETags are dropped", async () => {
    const before = await get("/api/quotes?q=Quenby");
    const etag = before.headers.get("etag") ?? "";
    expect(((await before.json()) as { total: number }).total).toBe(0);
    expect((await get("/api/quotes?q=Quenby", { "If-None-Match": etag })).status).toBe(304);

    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-page-cache-article-"));
    await fs.writeFile(
      path.join(dir, "quenby.txt"),
      "Quenby visits the harbour\nForeign Minister Alda Quenby said on Tuesday: \u201cThe Quenby harbour agreement will be signed before the winter storms arrive.\u201d\n",
    );
    const ingest = await runIngest(database.url, [dir], 90_000);
    await fs.rm(dir, { recursive: true, force: true });
    expect(ingest.code, ingest.stderr).toBe(0);

    // No wait: the commit finished before this request was sent.
    const after = await get("/api/quotes?q=Quenby", { "If-None-Match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(((await after.json()) as { total: number }).total).toBeGreaterThan(0);
  });
});

describe("the database stops", () => {
  it("serves kept answers without it, the friendly 503 for the rest, and fresh answers once it is back", async () => {
    const kept = [`/meetings/${meeting}`, "/api/meetings", "/timeline"];
    const bodies = new Map<string, string>();
    for (const route of kept) {
      expect((await get(route)).status, route).toBe(200);
      bodies.set(route, await (await get(route)).text());
    }
    const pgdata = path.join(dataDir, "postgres");
    await stopCluster(pgdata, runAs);
    try {
      // The server learns that PostgreSQL is gone when its listening connection fails to come back.
      const deadline = Date.now() + 10_000;
      while ((await get(kept[0] ?? "/")).status !== 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      for (let round = 0; round < 3; round++) {
        for (const route of kept) {
          const answer = await get(route);
          expect(answer.status, route).toBe(200);
          expect(await answer.text(), route).toBe(bodies.get(route));
        }
        const page = await get("/people?never=asked");
        expect(page.status).toBe(503);
        expect(await page.text()).toContain("Readout is unavailable for a moment");
        const api = await get("/api/quotes?never=asked");
        expect(api.status).toBe(503);
        expect(await api.json()).toEqual({ error: expect.stringMatching(/^The record is unavailable for a moment/) });
      }
    } finally {
      await startCluster(pgdata, runAs, { port: Number(new URL(database.url).port), durable: false });
    }
    const deadline = Date.now() + 15_000;
    while ((await get("/people?never=asked")).status !== 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await get("/people?never=asked")).status).toBe(200);
    expect(server.isRunning()).toBe(true);
    expect(server.output()).not.toMatch(/uncaughtException|unhandledRejection/);
  });
});
