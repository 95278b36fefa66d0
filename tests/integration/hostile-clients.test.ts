// One client must not take the site from the others. Against the production server as npm start runs it (four
// renders at once, 1,024 waiting places, 64 per client), with a short write-stall bound: four connections that ask
// for a large page and never read it lose their sockets and free their places, so other readers are answered; one
// address with 1,100 requests at once gets its share and 429s with Retry-After for the rest while another address is
// answered; X-Forwarded-For names the client only when a configured proxy sent it. Other addresses are taken from
// the loopback network (127.0.0.2, 127.0.0.3), which Linux routes to this machine.
import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/postgres/ensure-database";
import { UNAVAILABLE_MESSAGES } from "@/lib/web/unavailable-page";
import { ensureProductionBuild, startProductionServer, type ProductionServer } from "@/scripts/faults/production-server";
import { withClient, withStatementsLocked } from "./support/database";
import { seededDatabase, type SeededDatabase } from "./support/seeded-database";
import { SERVER_SETUP_MS } from "./support/server-setup";

const STALL_MS = 2_000;
const PROXY = "127.0.0.3";
// 3.1 MB, which the page carries twice (its HTML and its React payload): more than the ~3.7 MB a loopback socket's
// buffers take in from a client that reads nothing.
const LARGE_QUOTE = "we hold the line and wait ".repeat(120_000);

let database: DatabaseHandle;
let seeded: SeededDatabase;
let server: ProductionServer;
let largeId: number;

beforeAll(async () => {
  seeded = await seededDatabase("hostile-clients");
  database = seeded.database;
  largeId = await withClient(database.url, async (client) => {
    const { rows } = await client.query<{ id: number }>("UPDATE statement SET text = $1 WHERE id = (SELECT min(id) FROM statement WHERE kind = 'direct') RETURNING id", [LARGE_QUOTE]);
    return rows[0]?.id ?? 0;
  });
  await ensureProductionBuild();
  server = await startProductionServer(database.url, { env: { READOUT_WEB_WRITE_STALL_MS: String(STALL_MS), READOUT_TRUSTED_PROXIES: PROXY } });
}, SERVER_SETUP_MS);

afterAll(async () => {
  await server?.stop();
  await seeded?.release();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string } | { status: "timeout" | "error"; headers: http.IncomingHttpHeaders; body: string };

/** A GET from a chosen local address (one client), read to the end; "timeout" when it takes longer than `timeoutMs`. */
function getFrom(localAddress: string, route: string, options: { headers?: Record<string, string>; timeoutMs?: number; agent?: http.Agent } = {}): Promise<Answer> {
  const { port } = new URL(server.origin);
  return new Promise((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path: route, localAddress, headers: options.headers, agent: options.agent ?? false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      response.on("error", () => resolve({ status: "error", headers: {}, body }));
    });
    request.setTimeout(options.timeoutMs ?? 60_000, () => {
      request.destroy();
      resolve({ status: "timeout", headers: {}, body: "" });
    });
    request.on("error", () => resolve({ status: "error", headers: {}, body: "" }));
  });
}

/**
 * A connection that asks for `route` and then reads nothing. `readRest` later reads what reached it and says whether
 * the connection had ended: a paused socket does not notice that the server closed it until it reads again.
 */
function slowReader(route: string): { readRest(timeoutMs: number): Promise<{ bytes: number; ended: boolean }> } {
  const { port } = new URL(server.origin);
  const socket = net.connect({ host: "127.0.0.1", port: Number(port) });
  socket.write(`GET ${route} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
  // No 'data' listener: the socket reads a little into its buffer, then the kernel's windows fill and stay full.
  socket.pause();
  return {
    readRest: (timeoutMs) =>
      new Promise((resolve) => {
        let bytes = 0;
        const timer = setTimeout(() => {
          socket.destroy();
          resolve({ bytes, ended: false });
        }, timeoutMs);
        socket.on("data", (chunk: Buffer) => (bytes += chunk.length));
        socket.on("error", () => undefined); // a reset is how the server ends it
        socket.once("close", () => {
          clearTimeout(timer);
          resolve({ bytes, ended: true });
        });
        socket.resume();
      }),
  };
}

describe("slow readers", () => {
  it("lose their sockets once writing stalls, and every other reader is answered meanwhile", async () => {
    const route = `/quotes/${largeId}?all=1`;
    const fullPage = (await getFrom("127.0.0.2", route, { timeoutMs: 120_000 })).body.length;
    const readers = Array.from({ length: 4 }, () => slowReader(route));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const started = performance.now();
    const [page, api] = await Promise.all([getFrom("127.0.0.2", "/people", { timeoutMs: 90_000 }), getFrom("127.0.0.2", "/api/meetings", { timeoutMs: 90_000 })]);
    const waited = performance.now() - started;
    expect(page.status, server.output().slice(-1500)).toBe(200);
    expect(api.status).toBe(200);
    // By now every slow reader's render is done and its write has stalled for longer than the bound.
    await new Promise((resolve) => setTimeout(resolve, STALL_MS + 2_000));
    const rests = await Promise.all(readers.map((reader) => reader.readRest(10_000)));
    console.info(`page ${fullPage} bytes; other readers answered after ${waited.toFixed(0)} ms; slow readers got ${rests.map((rest) => rest.bytes).join(", ")} bytes`);
    for (const rest of rests) {
      expect(rest.ended, "the server ended the connection").toBe(true);
      expect(rest.bytes, "the page was cut short").toBeLessThan(fullPage);
    }
    // The server reports what it closed every 10 s.
    for (let waitedMs = 0; waitedMs < 12_000 && !/response\(s\) closed in the last 10 s/.test(server.output()); waitedMs += 500) await new Promise((resolve) => setTimeout(resolve, 500));
    expect(server.output()).toMatch(/response\(s\) closed in the last 10 s: their clients stopped reading/);
    expect(server.isRunning()).toBe(true);
  }, 300_000);
});

describe("one greedy client", () => {
  it("gets its share and 429s for the rest, while another address is answered", async () => {
    const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
    const { greedy, other, forwarded, spoofed } = await withStatementsLocked(database.url, async () => {
      let refusedSoFar = 0;
      const greedy = Array.from({ length: 1_100 }, (_, index) =>
        getFrom("127.0.0.1", `/api/quotes?page=${(index % 40) + 1}`, { agent, timeoutMs: 120_000 }).then((answer) => {
          if (answer.status === 429) refusedSoFar++;
          return answer;
        }),
      );
      // Every request past the share is refused at once; wait until they all are (a loaded machine opens 1,100
      // connections slowly), so that none arrives after the lock is gone and the first ones are done.
      for (let waited = 0; waited < 60_000 && refusedSoFar < 1_100 - 64; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      // A reader behind the trusted proxy is their own client; the greedy address claiming to be someone else is not.
      const other = getFrom("127.0.0.2", "/api/quotes?page=2", { timeoutMs: 120_000 });
      const forwarded = getFrom(PROXY, "/api/quotes?page=3", { headers: { "X-Forwarded-For": "198.51.100.7" }, timeoutMs: 120_000 });
      const spoofed = await getFrom("127.0.0.1", "/api/quotes?page=4", { headers: { "X-Forwarded-For": "198.51.100.8" }, timeoutMs: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { greedy, other, forwarded, spoofed };
    });
    const answers = await Promise.all(greedy);
    agent.destroy();
    const byStatus = new Map<string, number>();
    for (const answer of answers) byStatus.set(String(answer.status), (byStatus.get(String(answer.status)) ?? 0) + 1);
    console.info(`greedy client: ${[...byStatus].map(([status, count]) => `${count} × ${status}`).join(", ")}`);
    expect(byStatus.get("200")).toBe(64);
    expect(byStatus.get("429")).toBe(1_100 - 64);
    const refused = answers.find((answer) => answer.status === 429);
    expect(refused?.headers["retry-after"]).toBe("2");
    expect(refused?.headers["cache-control"]).toBe("no-store");
    expect(refused?.headers["x-content-type-options"]).toBe("nosniff");
    expect(JSON.parse(refused?.body ?? "{}")).toEqual({ error: UNAVAILABLE_MESSAGES.tooMany });
    expect(spoofed.status).toBe(429);
    expect((await other).status).toBe(200);
    expect((await forwarded).status).toBe(200);
  }, 180_000);

  it("serves every client as before once the crowd is gone", async () => {
    for (const route of ["/", "/people", "/api/meetings"]) expect((await getFrom("127.0.0.1", route)).status, route).toBe(200);
  });
});
