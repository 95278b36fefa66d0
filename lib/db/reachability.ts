// What this process last learned about the database's reachability: written by the health probe and by the
// connection pool when the server drops its connections, read by the probe's callers.

export type Reachability = { reachable: boolean; at: number };

// On globalThis, like the client: the proxy and the pages are separate bundles in one process.
const state = globalThis as typeof globalThis & { readoutReachability?: Reachability };

export function lastReachability(): Reachability | null {
  return state.readoutReachability ?? null;
}

export function recordReachability(reachable: boolean): void {
  state.readoutReachability = { reachable, at: Date.now() };
}

/** The pool saw the server end a connection (it stopped or restarted): answer 503 until a probe succeeds. */
export function markDatabaseUnreachable(): void {
  recordReachability(false);
}
