// The production web server: Next.js's request handler behind an admission queue (lib/web/admission.ts), so a
// crowd of readers is rendered a few at a time, each client in turn, instead of all at once. `npm start` runs it
// (after the database, migrations, ingest and build); `npm run serve -- [--port N] [--hostname H]` runs it
// alone against DATABASE_URL. READOUT_WEB_CONCURRENCY renders at once (default 4), READOUT_WEB_QUEUE more may
// wait (default 1024; past that a 503 at once), READOUT_WEB_PER_CLIENT places per client (default 64; past
// that a 429). A response stalled on a client that does not read for READOUT_WEB_WRITE_STALL_MS loses its socket
// and its place. Built files and the icon skip the queue. Every response carries Cache-Control
// (lib/web/cache-control.ts); methods other than GET and HEAD (POST to the editors' actions) get a 405.
// Public answers are kept whole per record version and served without the queue (lib/web/page-cache/,
// READOUT_WEB_PAGE_CACHE_MB). READOUT_WEB_WORKERS processes (default one per core) serve the one port, each with
// its own queue and cache (scripts/support/web-workers.ts).
// SIGTERM or Ctrl-C: stop taking connections, let the requests under way finish (up to 8 s), exit.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { loadEnv } from "@/lib/env";
import { AdmissionQueue } from "@/lib/web/admission";
import { cacheControlFor, NO_STORE } from "@/lib/web/cache-control";
import { clientAddress } from "@/lib/web/client-address";
import { contentSecurityPolicy, createNonce, SECURITY_HEADERS } from "@/lib/web/content-security-policy";
import { PageCache, type Admit } from "@/lib/web/page-cache/page-cache";
import { startRenderer } from "@/lib/web/page-cache/render";
import { isPersonalRequest, PERSONAL_CACHE_CONTROL } from "@/lib/web/page-cache/rules";
import { VersionWatch } from "@/lib/web/page-cache/version-watch";
import { UNAVAILABLE_MESSAGES, UNAVAILABLE_STATUS, unavailablePage, type UnavailableReason } from "@/lib/web/unavailable-page";
import { runWorkers } from "./support/web-workers";

const ROOT = path.resolve(import.meta.dirname, "..");
const DRAIN_MS = 8_000;
const say = (line: string) => console.error(cluster.isWorker ? `serve[${process.pid}]: ${line}` : `serve: ${line}`);
/** One answer may take at most this share of the cache's bytes (a 5 MB article's page is rendered, not kept). */
const MAX_ANSWER_SHARE = 1 / 16;

/**
 * Node's own limits, set explicitly rather than left to its defaults: a client has 10 s to send its headers and
 * 30 s for the whole request (a slow sender holds a socket, never a render place), an idle keep-alive connection
 * closes after 5 s, and a socket with no traffic either way for 120 s is closed (a request still waiting in the
 * queue then leaves it).
 */
const SERVER_TIMEOUTS = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000, idleSocketMs: 120_000 } as const;
/** Readout answers reads, and the editors' forms post to their actions; nothing else. */
const EDITOR_ACTIONS = "/editor/actions/";
const allowedMethods = (url: string) => (url.startsWith(EDITOR_ACTIONS) ? ["POST"] : ["GET", "HEAD"]);

/** Paths that are files, not renders (the proxy's matcher leaves out the same ones). */
const skipsQueue = (url: string) => url.startsWith("/_next/static/") || url.startsWith("/_next/image") || url === "/icon.svg" || url === "/favicon.ico";

function options(env: ReturnType<typeof loadEnv>): { port: number; hostname: string | undefined } {
  const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
  const port = values.port === undefined ? env.PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  return { port, hostname: values.hostname };
}

/** The headers every answer of this server's own carries: security headers, a nonce'd CSP, no caching. */
function ownHeaders(response: http.ServerResponse): string {
  const nonce = createNonce();
  for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
  response.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, { dev: false }));
  response.setHeader("Cache-Control", NO_STORE);
  return nonce;
}

/** The busy (503) or too-many (429) answer: the same page and JSON shape as a database outage. */
function refuse(request: http.IncomingMessage, response: http.ServerResponse, reason: UnavailableReason): void {
  const nonce = ownHeaders(response);
  response.setHeader("Retry-After", "2");
  const isApi = (request.url ?? "").startsWith("/api/");
  response.writeHead(UNAVAILABLE_STATUS[reason], { "Content-Type": isApi ? "application/json" : "text/html; charset=utf-8" });
  response.end(isApi ? JSON.stringify({ error: UNAVAILABLE_MESSAGES[reason] }) : unavailablePage(nonce, reason));
}

function methodNotAllowed(request: http.IncomingMessage, response: http.ServerResponse, allowed: string[]): void {
  ownHeaders(response);
  response.setHeader("Allow", allowed.join(", "));
  response.writeHead(405, { "Content-Type": "application/json" });
  response.end(JSON.stringify({ error: `${String(request.method).slice(0, 20)} is not allowed here; this address answers ${allowed.join(" and ")}` }));
}

/**
 * Closes the socket of a response that has bytes waiting to be written and has written none of them for `stallMs`:
 * a client that asks for a page and never reads it would otherwise hold a render place for as long as it likes.
 * Rendering time does not count (nothing is waiting to be written then); only a client that stops reading does.
 */
function closeWhenStalled(request: http.IncomingMessage, response: http.ServerResponse, stallMs: number, onStall: () => void): void {
  const socket = request.socket;
  let flushed = -1;
  let stalledSince = 0;
  const timer = setInterval(
    () => {
      const pending = socket.writableLength;
      const now = socket.bytesWritten - pending;
      if (pending === 0 || now !== flushed) {
        flushed = now;
        stalledSince = performance.now();
        return;
      }
      if (performance.now() - stalledSince < stallMs) return;
      clearInterval(timer);
      onStall();
      socket.destroy();
    },
    Math.max(50, Math.min(1_000, stallMs / 4)),
  );
  timer.unref();
  response.once("close", () => clearInterval(timer));
}

async function main(): Promise<void> {
  const env = loadEnv();
  const { port, hostname } = options(env);
  const workers = env.READOUT_WEB_WORKERS ?? os.availableParallelism();
  if (cluster.isPrimary && workers > 1) return runWorkers(workers, say);
  const app = next({ dev: false, dir: ROOT, port, hostname: hostname ?? "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const queue = new AdmissionQueue(env.READOUT_WEB_CONCURRENCY, env.READOUT_WEB_QUEUE, env.READOUT_WEB_PER_CLIENT);
  const trustedProxies = new Set(env.READOUT_TRUSTED_PROXIES);
  const counts = { busy: 0, tooMany: 0, stalled: 0 };
  const report = setInterval(() => {
    if (counts.busy) say(`${counts.busy} request(s) refused as busy in the last 10 s: ${queue.maxWaiting} were already waiting`);
    if (counts.tooMany) say(`${counts.tooMany} request(s) refused in the last 10 s: their address already held ${queue.perClient} places`);
    if (counts.stalled) say(`${counts.stalled} response(s) closed in the last 10 s: their clients stopped reading for ${env.READOUT_WEB_WRITE_STALL_MS} ms`);
    Object.assign(counts, { busy: 0, tooMany: 0, stalled: 0 });
  }, 10_000);
  report.unref();

  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: start Readout with `npm start` (it provides a database), or set DATABASE_URL");
  const watch = new VersionWatch(databaseUrl, say);
  watch.start();
  const renderer = await startRenderer(handle, say);
  const admit: Admit = async (client, exchange) => {
    if (!exchange) return queue.enterIfIdle(client)?.release ?? null;
    const gone = new AbortController();
    exchange.response.once("close", () => gone.abort());
    const place = await queue.enter(gone.signal, client);
    if (place.kind === "gone") return null;
    if (place.kind === "full" || place.kind === "too-many") {
      counts[place.kind === "full" ? "busy" : "tooMany"]++;
      refuse(exchange.request, exchange.response, place.kind === "full" ? "busy" : "tooMany");
      return null;
    }
    return place.release;
  };
  const cacheBytes = env.READOUT_WEB_PAGE_CACHE_MB * 1024 * 1024;
  const pages = cacheBytes > 0 ? new PageCache({ watch, renderer, publicUrl: env.READOUT_PUBLIC_URL, maxBytes: cacheBytes, maxAnswerBytes: cacheBytes * MAX_ANSWER_SHARE, admit, say }) : null;

  const serve = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const url = request.url ?? "";
    const allowed = allowedMethods(url);
    if (!allowed.includes(request.method ?? "")) return methodNotAllowed(request, response, allowed);
    // Next replaces this with its own where it sets one (pages, built files); everything else keeps it. A signed-in
    // editor's request is answered for them alone, whatever the address (lib/web/page-cache/rules.ts).
    const personal = !skipsQueue(url) && isPersonalRequest(request.headers);
    response.setHeader("Cache-Control", personal ? PERSONAL_CACHE_CONTROL : cacheControlFor(url));
    closeWhenStalled(request, response, env.READOUT_WEB_WRITE_STALL_MS, () => counts.stalled++);
    const pass = () =>
      handle(request, response).catch((error: unknown) => {
        say(`${request.method} ${url}: ${error instanceof Error ? error.message : String(error)}`);
        if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        response.end("Internal error");
      });
    if (skipsQueue(url)) return pass();
    const client = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedProxies);
    try {
      if (pages && (await pages.answer(request, response, client))) return;
    } catch (error) {
      say(`${request.method} ${url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Internal error");
      return;
    }

    // The response's close ends its turn: it finished, or the client went away (while waiting or not).
    const release = await admit(client, { request, response });
    if (!release) return;
    if (response.closed) return release();
    response.once("close", release);
    await pass();
  };

  const server = http.createServer(
    { headersTimeout: SERVER_TIMEOUTS.headersMs, requestTimeout: SERVER_TIMEOUTS.requestMs, keepAliveTimeout: SERVER_TIMEOUTS.keepAliveMs },
    (request, response) => void serve(request, response),
  );
  server.setTimeout(SERVER_TIMEOUTS.idleSocketMs);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });
  const address = server.address();
  const shown = typeof address === "object" && address ? `${hostname ?? "localhost"}:${address.port}` : String(address);
  say(`serving on http://${shown} (${queue.concurrency} requests rendered at once, up to ${queue.maxWaiting} waiting, ${queue.perClient} per client)`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: finishing ${queue.stats().running} request(s) under way`);
    const forced = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    server.close(() => {
      clearTimeout(forced);
      void Promise.all([watch.stop(), renderer.close(), app.close()]).finally(() => process.exit(0));
    });
    server.closeIdleConnections();
  };
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => stop(signal));
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
