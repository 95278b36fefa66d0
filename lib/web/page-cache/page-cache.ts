// Whole answers served from memory, keyed by the record version (docs/decisions/012-whole-page-cache.md): a
// conditional request whose ETag is current gets a 304 and a kept answer is sent as it is, both without the
// admission queue, a render or the database; anything else takes a place in the queue and is rendered once
// for everyone asking for it at that version. After each change the most visited answers are rendered again.
import type http from "node:http";
import { SECURITY_HEADERS } from "@/lib/web/content-security-policy";
import { etagFor, keepable, matchesEtag } from "./answer";
import { Popularity } from "./popularity";
import { renderRequestFor, type RenderedAnswer, type Renderer, type RenderRequest } from "./render";
import { CACHED_CACHE_CONTROL, isCacheablePath, isPersonalRequest } from "./rules";
import { PageStore, type StoredAnswer } from "./store";
import type { VersionWatch } from "./version-watch";

/**
 * A place in the admission queue for a reader's request, or null when it was refused (and already answered). With
 * no exchange, a place for background work: only one free now with nobody waiting, else null.
 */
export type Admit = (client: string, exchange: { request: http.IncomingMessage; response: http.ServerResponse } | null) => Promise<(() => void) | null>;

type Filled = { kind: "kept"; answer: StoredAnswer } | { kind: "one-reader"; rendered: RenderedAnswer };

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date"]);
/** How many of the most visited answers are rendered again after a change, and how long changes must pause first. */
export const WARM = { pages: 16, afterQuietMs: 300, remembered: 2_000, idlePollMs: 50 } as const;
const WARM_CLIENT = "warm after change";

/** What the cache needs to know of the record version (lib/web/page-cache/version-watch.ts). */
export type RecordVersion = Pick<VersionWatch, "state" | "current" | "onChange">;

export type PageCacheOptions = { watch: RecordVersion; renderer: Renderer; publicUrl: string; maxBytes: number; maxAnswerBytes: number; admit: Admit; say: (line: string) => void };

export class PageCache {
  readonly store: PageStore;
  readonly #popularity = new Popularity(WARM.remembered);
  readonly #filling = new Map<string, Promise<Filled>>();
  #warmTimer: NodeJS.Timeout | null = null;
  readonly counts = { hits: 0, notModified: 0, renders: 0, warmed: 0 };

  constructor(private readonly options: PageCacheOptions) {
    this.store = new PageStore(options.maxBytes, options.maxAnswerBytes);
    options.watch.onChange(() => this.#scheduleWarm());
  }

  /**
   * Answers a GET or HEAD of a public address from the cache (rendering it first when needed) and returns
   * true; returns false, having done nothing, when the request is not for the cache or the version cannot be
   * known now, or the request is a personal one (a signed-in editor's): the caller then lets Next answer it as it
   * always did.
   */
  async answer(request: http.IncomingMessage, response: http.ServerResponse, client: string): Promise<boolean> {
    const url = request.url ?? "/";
    if ((request.method !== "GET" && request.method !== "HEAD") || !isCacheablePath(url.split("?")[0] ?? "")) return false;
    if (isPersonalRequest(request.headers)) return false;
    const version = await this.options.watch.current();
    if (version === null) return false;
    const { request: renderRequest, key } = renderRequestFor(url, request.headers, this.options.publicUrl);
    this.#popularity.visit(key, renderRequest);
    const etag = etagFor(version, key);
    const kept = this.store.get(version, key);
    if (matchesEtag(request.headers["if-none-match"], etag)) {
      this.counts.notModified++;
      notModified(response, etag, kept);
      return true;
    }
    if (kept) {
      this.counts.hits++;
      send(request, response, kept);
      return true;
    }
    const release = await this.options.admit(client, { request, response });
    if (!release) return true;
    if (response.closed) {
      release();
      return true;
    }
    response.once("close", release);
    const filled = await this.#fill(version, key, renderRequest);
    if (filled.kind === "kept") send(request, response, filled.answer);
    else relay(request, response, filled.rendered);
    return true;
  }

  /** Renders `key` once for everyone asking at `version`; keeps the answer if it may be kept and the version still holds. */
  #fill(version: string, key: string, request: RenderRequest): Promise<Filled> {
    const flight = `${version}\u0000${key}`;
    const running = this.#filling.get(flight);
    if (running) return running;
    const filling = (async (): Promise<Filled> => {
      const kept = this.store.get(version, key);
      if (kept) return { kind: "kept", answer: kept };
      this.counts.renders++;
      const rendered = await this.options.renderer.render(request);
      const answer = await keepable(rendered, etagFor(version, key));
      if (!answer) return { kind: "one-reader", rendered };
      // A commit during the render: the answer may hold the newer record; it goes to these readers, not the store.
      const state = this.options.watch.state;
      if ((state.kind === "live" || state.kind === "unreachable") && state.version === version) this.store.put(version, key, answer);
      return { kind: "kept", answer };
    })().finally(() => this.#filling.delete(flight));
    this.#filling.set(flight, filling);
    return filling;
  }

  #scheduleWarm(): void {
    if (this.#warmTimer) clearTimeout(this.#warmTimer);
    this.#warmTimer = setTimeout(() => void this.#warm(), WARM.afterQuietMs);
    this.#warmTimer.unref();
  }

  /**
   * One page at a time, each in a place no reader is waiting for (polled until one is idle), so warming never
   * makes a reader wait or be refused; stops at the next change.
   */
  async #warm(): Promise<void> {
    const state = this.options.watch.state;
    if (state.kind !== "live") return;
    for (const { key, request } of this.#popularity.takeTop(WARM.pages)) {
      const release = await this.#idlePlace(state.version, key);
      if (!this.#isCurrent(state.version)) {
        release?.();
        return;
      }
      if (!release) continue;
      try {
        await this.#fill(state.version, key, request);
        this.counts.warmed++;
      } catch (error) {
        this.options.say(`warming ${request.path}: ${error instanceof Error ? error.message : String(error)}`);
        return;
      } finally {
        release();
      }
    }
  }

  #isCurrent(version: string): boolean {
    const now = this.options.watch.state;
    return now.kind === "live" && now.version === version;
  }

  /** A place nobody waits for, asked again every idlePollMs; null once `key` is kept or `version` is no longer current. */
  async #idlePlace(version: string, key: string): Promise<(() => void) | null> {
    for (;;) {
      if (!this.#isCurrent(version) || this.store.get(version, key)) return null;
      const release = await this.options.admit(WARM_CLIENT, null);
      if (release) return release;
      await pause(WARM.idlePollMs);
    }
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

function securityHeaders(response: http.ServerResponse): void {
  for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
}

function notModified(response: http.ServerResponse, etag: string, kept: StoredAnswer | undefined): void {
  securityHeaders(response);
  // No policy: a 304's headers update the copy the browser or CDN holds (RFC 9111, 4.3.4), and that copy's policy
  // lists the hashes of its own scripts. Another server process may have rendered it, with scripts hashed differently,
  // so any policy sent here could be the wrong one for it; without one, the copy keeps its own.
  if (kept?.headers.vary) response.setHeader("Vary", varyOf(kept));
  response.writeHead(304, { ETag: etag, "Cache-Control": CACHED_CACHE_CONTROL });
  response.end();
}

const varyOf = (answer: StoredAnswer) => [answer.headers.vary, answer.gzip ? "Accept-Encoding" : ""].filter(Boolean).join(", ");

function send(request: http.IncomingMessage, response: http.ServerResponse, answer: StoredAnswer): void {
  const useGzip = answer.gzip !== null && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  const body = useGzip && answer.gzip ? answer.gzip : answer.body;
  for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
  securityHeaders(response);
  const vary = varyOf(answer);
  if (vary) response.setHeader("Vary", vary);
  if (useGzip) response.setHeader("Content-Encoding", "gzip");
  response.writeHead(answer.status, { ETag: answer.etag, "Cache-Control": CACHED_CACHE_CONTROL, "Content-Length": body.length });
  response.end(request.method === "HEAD" ? undefined : body);
}

/** An answer for its one reader (an outage page, an error): as Next wrote it, with its own nonce'd policy. */
function relay(request: http.IncomingMessage, response: http.ServerResponse, rendered: RenderedAnswer): void {
  for (const [name, value] of Object.entries(rendered.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) response.setHeader(name, value);
  securityHeaders(response);
  response.writeHead(rendered.status, { "Content-Length": rendered.body.length });
  response.end(request.method === "HEAD" ? undefined : rendered.body);
}
