// The most visited addresses, so that after a commit the pages most readers ask for are rendered again before
// they ask (warm after change). Bounded: the least visited are forgotten past `capacity`, and counts halve at
// each change, so what was popular a few ingests ago fades.
import type { RenderRequest } from "./render";

type Visits = { count: number; request: RenderRequest };

export class Popularity {
  readonly #visits = new Map<string, Visits>();

  constructor(readonly capacity: number) {}

  visit(key: string, request: RenderRequest): void {
    const visits = this.#visits.get(key);
    if (visits) {
      visits.count++;
      return;
    }
    if (this.#visits.size >= this.capacity) this.#forgetLeastVisited();
    this.#visits.set(key, { count: 1, request });
  }

  /** The `n` most visited, most first; then every count halves. */
  takeTop(n: number): Array<{ key: string; request: RenderRequest }> {
    const top = [...this.#visits.entries()]
      .sort(([, a], [, b]) => b.count - a.count)
      .slice(0, n)
      .map(([key, visits]) => ({ key, request: visits.request }));
    for (const [key, visits] of this.#visits) {
      visits.count = Math.floor(visits.count / 2);
      if (visits.count === 0) this.#visits.delete(key);
    }
    return top;
  }

  #forgetLeastVisited(): void {
    let least: string | undefined;
    let fewest = Number.POSITIVE_INFINITY;
    for (const [key, visits] of this.#visits) {
      if (visits.count < fewest) {
        fewest = visits.count;
        least = key;
      }
    }
    if (least !== undefined) this.#visits.delete(least);
  }
}
