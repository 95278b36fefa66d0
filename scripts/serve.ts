// The production web server: Next.js's request handler behind an admission queue (lib/web/admission.ts), so a
// crowd of readers is rendered a few at a time in arrival order instead of all at once. `npm start` runs it
// (after the database, migrations, ingest and build); `npm run serve -- [--port N] [--hostname H]` runs it
// alone against DATABASE_URL. READOUT_WEB_CONCURRENCY renders at once (default 4), READOUT_WEB_QUEUE more may
// wait (default 1024); past that a request gets a 503 at once. Built files and the icon skip the queue.
// SIGTERM or Ctrl-C: stop taking connections, let the requests under way finish (up to 8 s), exit.
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { loadEnv } from "@/lib/env";
import { AdmissionQueue } from "@/lib/web/admission";
import { contentSecurityPolicy, createNonce, SECURITY_HEADERS } from "@/lib/web/content-security-policy";
import { UNAVAILABLE_MESSAGES, unavailablePage } from "@/lib/web/unavailable-page";

const ROOT = path.resolve(import.meta.dirname, "..");
const DRAIN_MS = 8_000;
const say = (line: string) => console.error(`serve: ${line}`);

/** Paths that are files, not renders (the proxy's matcher leaves out the same ones). */
const skipsQueue = (url: string) => url.startsWith("/_next/static/") || url.startsWith("/_next/image") || url === "/icon.svg" || url === "/favicon.ico";

function options(env: ReturnType<typeof loadEnv>): { port: number; hostname: string | undefined } {
  const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
  const port = values.port === undefined ? env.PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  return { port, hostname: values.hostname };
}

/** The busy answer: the same page and JSON shape as a database outage, with the headers every response carries. */
function refuse(request: http.IncomingMessage, response: http.ServerResponse): void {
  const nonce = createNonce();
  for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
  response.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, { dev: false }));
  response.setHeader("Retry-After", "2");
  response.setHeader("Cache-Control", "no-store");
  const isApi = (request.url ?? "").startsWith("/api/");
  response.writeHead(503, { "Content-Type": isApi ? "application/json" : "text/html; charset=utf-8" });
  response.end(isApi ? JSON.stringify({ error: UNAVAILABLE_MESSAGES.busy }) : unavailablePage(nonce, "busy"));
}

async function main(): Promise<void> {
  const env = loadEnv();
  const { port, hostname } = options(env);
  const app = next({ dev: false, dir: ROOT, port, hostname: hostname ?? "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const queue = new AdmissionQueue(env.READOUT_WEB_CONCURRENCY, env.READOUT_WEB_QUEUE);
  let refusedSinceLog = 0;
  const refusals = setInterval(() => {
    if (refusedSinceLog) say(`${refusedSinceLog} request(s) refused in the last 10 s: ${queue.maxWaiting} were already waiting`);
    refusedSinceLog = 0;
  }, 10_000);
  refusals.unref();

  const serve = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const pass = () =>
      handle(request, response).catch((error: unknown) => {
        say(`${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
        if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        response.end("Internal error");
      });
    if (skipsQueue(request.url ?? "")) return pass();

    // The response's close ends its turn: it finished, or the client went away (while waiting or not).
    const client = new AbortController();
    response.once("close", () => client.abort());
    const place = await queue.enter(client.signal);
    if (place.kind === "gone") return;
    if (place.kind === "full") {
      refusedSinceLog++;
      return refuse(request, response);
    }
    if (response.closed) return place.release();
    response.once("close", place.release);
    await pass();
  };

  const server = http.createServer((request, response) => void serve(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });
  const address = server.address();
  const shown = typeof address === "object" && address ? `${hostname ?? "localhost"}:${address.port}` : String(address);
  say(`serving on http://${shown} (${queue.concurrency} requests rendered at once, up to ${queue.maxWaiting} waiting)`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: finishing ${queue.stats().running} request(s) under way`);
    const forced = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    server.close(() => {
      clearTimeout(forced);
      void app.close().finally(() => process.exit(0));
    });
    server.closeIdleConnections();
  };
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => stop(signal));
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
