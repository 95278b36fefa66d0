// The whole-page cache in front of a renderer that answers when the test says so, behind a real admission queue
// of one place and one waiting place, on a real HTTP server: readers, not the warming after a change, get the
// queue's places.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { AdmissionQueue } from "../admission";
import { PageCache, WARM, type Admit, type RecordVersion } from "./page-cache";
import type { RenderedAnswer, RenderRequest } from "./render";
import type { WatchState } from "./version-watch";

/** A record version the test changes by hand. */
class HandVersion implements RecordVersion {
  state: WatchState = { kind: "live", version: "1" };
  readonly #listeners: Array<(version: string) => void> = [];
  current = () => Promise.resolve(this.state.kind === "live" ? this.state.version : null);
  onChange(listener: (version: string) => void): void {
    this.#listeners.push(listener);
  }
  commit(version: string): void {
    this.state = { kind: "live", version };
    for (const listener of this.#listeners) listener(version);
  }
}

/** Renders that finish only when `finish` is called; records each address rendered. */
class HeldRenderer {
  readonly rendered: string[] = [];
  readonly #held: Array<() => void> = [];
  render(request: RenderRequest): Promise<RenderedAnswer> {
    this.rendered.push(request.path);
    return new Promise((resolve) => {
      this.#held.push(() => resolve({ status: 200, headers: { "content-type": "application/json" }, body: Buffer.from(JSON.stringify({ path: request.path })) }));
    });
  }
  finishAll(): void {
    for (const finish of this.#held.splice(0)) finish();
  }
  get holding(): number {
    return this.#held.length;
  }
  close = () => Promise.resolve();
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** A server answering every request from the cache, refusing with a 503 past the queue, as scripts/serve.ts does. */
async function serveCache(queue: AdmissionQueue) {
  const watch = new HandVersion();
  const renderer = new HeldRenderer();
  const admit: Admit = async (client, exchange) => {
    if (!exchange) return queue.enterIfIdle(client)?.release ?? null;
    const place = await queue.enter(undefined, client);
    if (place.kind === "admitted") return place.release;
    exchange.response.writeHead(503).end();
    return null;
  };
  const cache = new PageCache({ watch, renderer, publicUrl: "https://readout.example", maxBytes: 1 << 20, maxAnswerBytes: 1 << 16, admit, say: () => undefined });
  const server = http.createServer((request, response) => void cache.answer(request, response, "reader"));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { watch, renderer, cache, get: (path: string) => fetch(`${origin}${path}`, { headers: { connection: "close" } }) };
}

const until = async (condition: () => boolean) => {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 400) throw new Error("timed out waiting for the condition");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe("PageCache", () => {
  it("renders an address once per version and serves it kept until the next change", async () => {
    const { watch, renderer, cache, get } = await serveCache(new AdmissionQueue(1, 1));
    const first = get("/meetings/1");
    await until(() => renderer.holding === 1);
    renderer.finishAll();
    expect((await first).status).toBe(200);
    expect((await get("/meetings/1")).status).toBe(200);
    expect(renderer.rendered).toEqual(["/meetings/1"]);
    expect(cache.counts).toMatchObject({ renders: 1, hits: 1 });

    watch.commit("2");
    const afterChange = get("/meetings/2");
    await until(() => renderer.holding === 1);
    renderer.finishAll();
    expect((await afterChange).status).toBe(200);
  });

  it("warms the most visited pages after a change only in a place nobody waits for", async () => {
    const queue = new AdmissionQueue(1, 1);
    const { watch, renderer, cache, get } = await serveCache(queue);
    // A reader's render holds the one place; a second reader waits in the one waiting place.
    const running = get("/people");
    await until(() => renderer.holding === 1);
    const waiting = get("/timeline");
    await until(() => queue.stats().waiting === 1);

    // A change while both hold their places: the warming that follows must not take the waiting place nor make
    // the queue refuse a reader that arrives next.
    watch.commit("2");
    await new Promise((resolve) => setTimeout(resolve, WARM.afterQuietMs + 3 * WARM.idlePollMs));
    expect(queue.stats()).toMatchObject({ running: 1, waiting: 1, refused: 0 });
    renderer.finishAll();
    expect((await running).status).toBe(200);
    await until(() => renderer.holding === 1);
    renderer.finishAll();
    expect((await waiting).status).toBe(200);

    // Now the queue is idle: the most visited pages are rendered again at the new version, one at a time.
    await until(() => renderer.holding === 1);
    expect(queue.stats().running).toBe(1);
    renderer.finishAll();
    await until(() => cache.counts.warmed >= 1);
    await until(() => renderer.holding === 1);
    renderer.finishAll();
    await until(() => cache.counts.warmed === 2);
    expect(renderer.rendered.slice(-2).sort()).toEqual(["/people", "/timeline"]);
  });
});
