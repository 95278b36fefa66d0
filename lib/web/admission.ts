// How many requests the production server renders at once (scripts/serve.ts). Rendering is CPU work on one
// JavaScript thread: 32 requests rendered together finish no sooner than 32 rendered a few at a time, but each
// holds its React tree, data and HTML for the whole time, so memory grows with the number in flight. Requests
// past the limit wait their turn in arrival order; past the queue's bound they are refused (503) at once.

export type Release = () => void;

export type Admitted = { kind: "admitted"; release: Release; waitedMs: number };
export type Refused = { kind: "full" } | { kind: "gone" };

type Waiter = { admit: () => void; queuedAt: number };

export type AdmissionStats = { running: number; waiting: number; admitted: number; refused: number; gone: number };

export class AdmissionQueue {
  readonly #waiting: Waiter[] = [];
  #running = 0;
  #admitted = 0;
  #refused = 0;
  #gone = 0;

  constructor(
    readonly concurrency: number,
    readonly maxWaiting: number,
  ) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a whole number of at least 1, not ${concurrency}`);
    if (!Number.isInteger(maxWaiting) || maxWaiting < 0) throw new RangeError(`maxWaiting must be a whole number of at least 0, not ${maxWaiting}`);
  }

  /**
   * A place to run: at once when one is free, else when the requests before it are done. Refused at once
   * ("full") when `maxWaiting` requests already wait; "gone" when `signal` aborts while it waits (the client
   * left), so nothing is rendered for nobody. Call `release` exactly once when the response is over;
   * further calls do nothing.
   */
  enter(signal?: AbortSignal): Promise<Admitted | Refused> {
    if (signal?.aborted) return Promise.resolve(this.#countGone());
    if (this.#running < this.concurrency && this.#waiting.length === 0) return Promise.resolve(this.#start(performance.now()));
    if (this.#waiting.length >= this.maxWaiting) {
      this.#refused++;
      return Promise.resolve({ kind: "full" });
    }
    return new Promise((resolve) => {
      const waiter: Waiter = {
        queuedAt: performance.now(),
        admit: () => {
          signal?.removeEventListener("abort", leave);
          resolve(this.#start(waiter.queuedAt));
        },
      };
      const leave = () => {
        const index = this.#waiting.indexOf(waiter);
        if (index >= 0) this.#waiting.splice(index, 1);
        resolve(this.#countGone());
      };
      signal?.addEventListener("abort", leave, { once: true });
      this.#waiting.push(waiter);
    });
  }

  stats(): AdmissionStats {
    return { running: this.#running, waiting: this.#waiting.length, admitted: this.#admitted, refused: this.#refused, gone: this.#gone };
  }

  #start(queuedAt: number): Admitted {
    this.#running++;
    this.#admitted++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.#running--;
      this.#waiting.shift()?.admit();
    };
    return { kind: "admitted", release, waitedMs: performance.now() - queuedAt };
  }

  #countGone(): Refused {
    this.#gone++;
    return { kind: "gone" };
  }
}
