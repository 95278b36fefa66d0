// Page reads cached in each app process and keyed by the record version: one indexed single-row read per
// request tells whether anything changed, and every ingest transaction that changes the record increments the
// version (lib/ingest/load-articles.ts), so no instance serves data older than the last finished ingest.
// docs/decisions/004-caching-keyed-by-record-version.md explains the choice.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

// Entries are whole query results (a page of rows each); the oldest go first.
const MAX_ENTRIES = 500;

type Store = { version: string; entries: Map<string, Promise<unknown>> };
// On globalThis: the pages and the route handlers are separate bundles in one process.
const state = globalThis as typeof globalThis & { readoutQueryCache?: Store };
const store: Store = (state.readoutQueryCache ??= { version: "", entries: new Map() });

/** The record's version, read once per request (React's cache shares it across one render). */
export const recordVersion = cache(async (): Promise<string> => {
  const row = await db.recordVersion.findUnique({ where: { id: 1 }, select: { version: true, changedAt: true } });
  // The time as well as the number: a database emptied and loaded again can reach the same number.
  return row ? `${row.version}@${row.changedAt.getTime()}` : "empty";
});

/** `read`, answered from the cache while the record version is unchanged. Results are shared: never mutate them. */
export function cached<Args extends unknown[], Result>(name: string, read: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result> {
  return async (...args: Args): Promise<Result> => {
    const version = await recordVersion();
    if (version !== store.version) {
      store.entries.clear();
      store.version = version;
    }
    const key = `${name}\u0000${JSON.stringify(args)}`;
    const hit = store.entries.get(key) as Promise<Result> | undefined;
    if (hit) {
      // Most recently used last, so the oldest entry is the first one.
      store.entries.delete(key);
      store.entries.set(key, hit);
      return hit;
    }
    const result = read(...args);
    store.entries.set(key, result);
    // A failed read is not remembered (the database may be back on the next request).
    result.catch(() => store.entries.get(key) === result && store.entries.delete(key));
    if (store.entries.size > MAX_ENTRIES) {
      const oldest = store.entries.keys().next();
      if (!oldest.done) store.entries.delete(oldest.value);
    }
    return result;
  };
}
