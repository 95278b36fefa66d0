// Page reads cached in each app process and keyed by the record version: one indexed single-row read per
// request tells whether anything changed, and every ingest transaction that changes the record increments the
// version (lib/ingest/load-articles.ts), so no instance serves data older than the last finished ingest.
// docs/decisions/004-caching-keyed-by-record-version.md explains the choice.
import "server-only";
import { deserialize, serialize } from "node:v8";
import { cache } from "react";
import { db } from "@/lib/db/client";

// Results are kept serialized (V8's structured clone, Dates included) in buffers outside the JavaScript heap: the
// cache then takes exactly this much memory, however many distinct pages a server serves, and every reader gets
// its own copy. Kept as live objects, 500 results held hundreds of megabytes of heap under the soak.
const MAX_BYTES = 32 * 1024 * 1024;
// A result larger than this is served but not kept.
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

type Entry = { pending: Promise<unknown> | null; buffer: Buffer | null };
type Store = { version: string; entries: Map<string, Entry>; bytes: number };
// On globalThis: the pages and the route handlers are separate bundles in one process.
const state = globalThis as typeof globalThis & { readoutQueryCache?: Store };
const store: Store = (state.readoutQueryCache ??= { version: "", entries: new Map(), bytes: 0 });

/** The record's version, read once per request (React's cache shares it across one render). */
export const recordVersion = cache(async (): Promise<string> => {
  const row = await db.recordVersion.findUnique({ where: { id: 1 }, select: { version: true, changedAt: true } });
  // The time as well as the number: a database emptied and loaded again can reach the same number.
  return row ? `${row.version}@${row.changedAt.getTime()}` : "empty";
});

function forget(key: string): void {
  const entry = store.entries.get(key);
  if (!entry) return;
  store.entries.delete(key);
  store.bytes -= entry.buffer?.length ?? 0;
}

function keep(key: string, entry: Entry, value: unknown): void {
  // The entry may have been dropped (a new version) while its read ran.
  if (store.entries.get(key) !== entry) return;
  const buffer = serialize(value);
  if (buffer.length > MAX_ENTRY_BYTES) return forget(key);
  entry.pending = null;
  entry.buffer = buffer;
  store.bytes += buffer.length;
  // Oldest first: a Map keeps insertion order, and a hit moves its entry to the end.
  for (const oldest of store.entries.keys()) {
    if (store.bytes <= MAX_BYTES) break;
    forget(oldest);
  }
}

/** `read`, answered from the cache while the record version is unchanged. */
export function cached<Args extends unknown[], Result>(name: string, read: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result> {
  return async (...args: Args): Promise<Result> => {
    const version = await recordVersion();
    if (version !== store.version) {
      store.entries.clear();
      store.bytes = 0;
      store.version = version;
    }
    const key = `${name}\u0000${JSON.stringify(args)}`;
    const hit = store.entries.get(key);
    if (hit) {
      store.entries.delete(key);
      store.entries.set(key, hit);
      // Concurrent requests for a read still running share its result (readers never mutate results).
      if (hit.pending) return hit.pending as Promise<Result>;
      if (hit.buffer) return deserialize(hit.buffer) as Result;
    }
    const result = read(...args);
    const entry: Entry = { pending: result, buffer: null };
    store.entries.set(key, entry);
    result.then(
      (value) => keep(key, entry, value),
      // A failed read is not remembered (the database may be back on the next request).
      () => store.entries.get(key) === entry && forget(key),
    );
    return result;
  };
}
