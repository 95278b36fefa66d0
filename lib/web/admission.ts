// How many requests the production server renders at once (scripts/serve.ts). Rendering is CPU work on one
// JavaScript thread: 32 requests rendered together finish no sooner than 32 rendered a few at a time, but each
// holds its React tree, data and HTML for the whole time, so memory grows with the number in flight. Requests
// past the limit wait their turn; past the queue's bound they are refused (503) at once.
//
// Each client (an address: lib/web/client-address.ts) has a fair share: at most `perClient` places (rendering or
// waiting) at once, past which its requests are refused as "too many" (429) while other clients still get in; the
// waiting line is served one client at a time in turn, so a client with 60 requests waiting does not make a
// reader with one wait for all 60; and while others wait, a client renders at most half the places at once, so
// clients that stop reading their pages (held until the write-stall bound) cannot hold every place.

export type Release = () => void;

export type Admitted = { kind: "admitted"; release: Release; waitedMs: number };
export type Refused = { kind: "full" } | { kind: "too-many" } | { kind: "gone" };

type Waiter = { client: string; admit: () => void; queuedAt: number };

export type AdmissionStats = { running: number; waiting: number; clients: number; admitted: number; refused: number; tooMany: number; gone: number };

/** A client with no address of its own (unit tests, a socket already gone) shares this one. */
export const ANY_CLIENT = "";

export class AdmissionQueue {
  /** Waiters by client; the map's order is the turn order (a served client moves to the back). */
  readonly #waiting = new Map<string, Waiter[]>();
  /** Places (rendering and waiting) each client holds. */
  readonly #held = new Map<string, number>();
  /** Renders each client has under way. */
  readonly #runningBy = new Map<string, number>();
  #waitingCount = 0;
  #running = 0;
  #admitted = 0;
  #refused = 0;
  #tooMany = 0;
  #gone = 0;

  constructor(
    readonly concurrency: number,
    readonly maxWaiting: number,
    readonly perClient: number = Number.POSITIVE_INFINITY,
  ) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a whole number of at least 1, not ${concurrency}`);
    if (!Number.isInteger(maxWaiting) || maxWaiting < 0) throw new RangeError(`maxWaiting must be a whole number of at least 0, not ${maxWaiting}`);
    if (perClient !== Number.POSITIVE_INFINITY && (!Number.isInteger(perClient) || perClient < 1)) throw new RangeError(`perClient must be a whole number of at least 1, not ${perClient}`);
  }

  /**
   * A place to run: at once when one is free, else in the client's turn. Refused at once with "too-many" when the
   * client already holds `perClient` places, "full" when `maxWaiting` requests already wait; "gone" when `signal`
   * aborts while it waits (the client left), so nothing is rendered for nobody. Call `release` exactly once when
   * the response is over; further calls do nothing.
   */
  enter(signal?: AbortSignal, client: string = ANY_CLIENT): Promise<Admitted | Refused> {
    if (signal?.aborted) return Promise.resolve(this.#countGone());
    if ((this.#held.get(client) ?? 0) >= this.perClient) {
      this.#tooMany++;
      return Promise.resolve({ kind: "too-many" });
    }
    if (this.#running < this.concurrency && this.#waitingCount === 0) return Promise.resolve(this.#start(client, performance.now()));
    if (this.#waitingCount >= this.maxWaiting) {
      this.#refused++;
      return Promise.resolve({ kind: "full" });
    }
    this.#hold(client, 1);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        client,
        queuedAt: performance.now(),
        admit: () => {
          signal?.removeEventListener("abort", leave);
          this.#hold(client, -1);
          resolve(this.#start(client, waiter.queuedAt));
        },
      };
      const leave = () => {
        const line = this.#waiting.get(client);
        const index = line?.indexOf(waiter) ?? -1;
        if (line && index >= 0) {
          line.splice(index, 1);
          this.#waitingCount--;
          this.#hold(client, -1);
          if (line.length === 0) this.#waiting.delete(client);
        }
        resolve(this.#countGone());
      };
      signal?.addEventListener("abort", leave, { once: true });
      const line = this.#waiting.get(client);
      if (line) line.push(waiter);
      else this.#waiting.set(client, [waiter]);
      this.#waitingCount++;
    });
  }

  /**
   * A place for background work (rendering pages again after a change): only when one is free and nobody waits,
   * else null at once. Such work never takes a waiting place a reader could have had, nor makes one wait longer.
   */
  enterIfIdle(client: string): Admitted | null {
    if (this.#running >= this.concurrency || this.#waitingCount > 0) return null;
    return this.#start(client, performance.now());
  }

  stats(): AdmissionStats {
    return {
      running: this.#running,
      waiting: this.#waitingCount,
      clients: this.#held.size,
      admitted: this.#admitted,
      refused: this.#refused,
      tooMany: this.#tooMany,
      gone: this.#gone,
    };
  }

  #hold(client: string, change: number): void {
    const held = (this.#held.get(client) ?? 0) + change;
    if (held > 0) this.#held.set(client, held);
    else this.#held.delete(client);
  }

  /** Renders one client may have under way while other clients wait: half the places, at least one. */
  get runningShare(): number {
    return Math.max(1, Math.floor(this.concurrency / 2));
  }

  #start(client: string, queuedAt: number): Admitted {
    this.#running++;
    this.#admitted++;
    this.#hold(client, 1);
    this.#runningBy.set(client, (this.#runningBy.get(client) ?? 0) + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.#running--;
      this.#hold(client, -1);
      const running = (this.#runningBy.get(client) ?? 1) - 1;
      if (running > 0) this.#runningBy.set(client, running);
      else this.#runningBy.delete(client);
      this.#next()?.admit();
    };
    return { kind: "admitted", release, waitedMs: performance.now() - queuedAt };
  }

  /**
   * The first waiter of the client whose turn it is, skipping clients that already render their share when another
   * client waits; that client goes to the back of the turn order. A place is never left idle while anyone waits.
   */
  #next(): Waiter | undefined {
    let chosen: string | undefined;
    for (const client of this.#waiting.keys()) {
      if ((this.#runningBy.get(client) ?? 0) < this.runningShare) {
        chosen = client;
        break;
      }
      chosen ??= client;
    }
    const line = chosen === undefined ? undefined : this.#waiting.get(chosen);
    if (chosen === undefined || !line) return undefined;
    const waiter = line.shift();
    this.#waiting.delete(chosen);
    if (line.length > 0) this.#waiting.set(chosen, line);
    if (waiter) this.#waitingCount--;
    return waiter;
  }

  #countGone(): Refused {
    this.#gone++;
    return { kind: "gone" };
  }
}
