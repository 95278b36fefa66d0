// The one Prisma client of a process. Not marked server-only so scripts (ingest, start) can load it;
// the web's query modules (lib/db/queries) import "server-only" themselves.
import { PrismaPg } from "@prisma/adapter-pg";
import { requireDatabaseUrl } from "@/lib/env";
import { PrismaClient } from "./generated/client";
import { markDatabaseUnreachable } from "./reachability";

export type Db = PrismaClient;

/** A client for one database URL. The app uses `db`; scripts that start their own database call this once. */
export function createDb(url: string): Db {
  // A connection the server ended (it stopped) tells the health check at once; the pool reconnects on demand.
  const adapter = new PrismaPg({ connectionString: url }, { onPoolError: markDatabaseUnreachable, onConnectionError: markDatabaseUnreachable });
  return new PrismaClient({ adapter });
}

// Kept on globalThis: dev hot reloads re-evaluate modules, and a pool per reload would exhaust connections.
const globalForDb = globalThis as typeof globalThis & { readoutDb?: Db };

function appDb(): Db {
  globalForDb.readoutDb ??= createDb(requireDatabaseUrl());
  return globalForDb.readoutDb;
}

/** Created on first use, so importing a page module (as `next build` does) needs no DATABASE_URL. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = appDb();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
