// Renders an address for the cache: the request goes to Next's handler through a server of this process's own
// on 127.0.0.1, carrying only what the answer may depend on (the address, the navigation headers of
// rules.ts, the kind of bot asking) and Readout's public origin as its Host, so no reader's cookie, Host or
// forwarded headers can reach a page that other readers will be served.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { getBotType } from "next/dist/shared/lib/router/utils/is-bot";
import { VARYING_HEADERS } from "./rules";

export type RenderedAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
export type RenderRequest = { path: string; headers: Record<string, string> };
type Handle = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>;

/** Next renders metadata into the head for bots that do not run scripts; one user agent stands for each kind. */
const BOT_AGENTS = { dom: "Mozilla/5.0 (compatible; Googlebot/2.1)", html: "Mozilla/5.0 (compatible; Twitterbot/1.0)" } as const;

/** What of a reader's request a cached answer may depend on, as headers for the render, and the cache key. */
export function renderRequestFor(url: string, headers: http.IncomingHttpHeaders, publicUrl: string): { request: RenderRequest; key: string } {
  const origin = new URL(publicUrl);
  const passed: Record<string, string> = { host: origin.host, "x-forwarded-proto": origin.protocol.replace(":", ""), "accept-encoding": "identity" };
  const keyParts = [url];
  for (const name of VARYING_HEADERS) {
    const value = headers[name];
    const text = Array.isArray(value) ? value.join(", ") : value;
    keyParts.push(text ?? "");
    if (text !== undefined) passed[name] = text;
  }
  const bot = getBotType(String(headers["user-agent"] ?? ""));
  keyParts.push(bot ?? "");
  if (bot) passed["user-agent"] = BOT_AGENTS[bot];
  return { request: { path: url, headers: passed }, key: keyParts.join("\u0000") };
}

/** The inner server keeps an idle socket longer than the agent keeps it, so the agent is always first to let go. */
const SERVER_IDLE_MS = 50_000;
const AGENT_IDLE_MS = 20_000;

export type Renderer = { render(request: RenderRequest): Promise<RenderedAnswer>; close(): Promise<void> };

export async function startRenderer(handle: Handle, say: (line: string) => void): Promise<Renderer> {
  const inner = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      say(`render ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Internal error");
    });
  });
  // Only this process's own agent talks to this server. Node closes a kept-alive socket after 5 s idle by default,
  // and a render that picks that socket as it closes fails with ECONNRESET (a 500 seen now and then): the agent
  // drops its idle sockets first (AGENT_IDLE_MS), and a render on a reused socket that was reset is sent again.
  inner.keepAliveTimeout = SERVER_IDLE_MS;
  // exclusive: in a cluster worker, a port of this process's own, not one shared with the other workers.
  await new Promise<void>((resolve, reject) => {
    inner.once("error", reject);
    inner.listen({ port: 0, host: "127.0.0.1", exclusive: true }, () => resolve());
  });
  const { port } = inner.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, timeout: AGENT_IDLE_MS });
  const once = ({ path, headers }: RenderRequest) =>
    new Promise<RenderedAnswer>((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, path, method: "GET", headers, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 500, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on("error", reject);
      });
      request.on("error", (error: NodeJS.ErrnoException) => reject(Object.assign(error, { reused: request.reusedSocket })));
      request.end();
    });
  return {
    // A GET renders nothing twice in effect: sent again once when a reused socket was reset under it.
    render: (request) =>
      once(request).catch((error: NodeJS.ErrnoException & { reused?: boolean }) => {
        if (error.code === "ECONNRESET" && error.reused) return once(request);
        throw error;
      }),
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        inner.close(() => resolve());
        inner.closeAllConnections();
      }),
  };
}
