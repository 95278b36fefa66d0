// As root, PostgreSQL runs as the system user "postgres" (run-as.ts), which must be able to reach its binaries and
// its data directory. A checkout under a private directory (root's home is mode 0700, so is `mktemp -d`) is closed
// to that user: initdb failed with EACCES. Then the binaries are copied, once per version, to
// /var/lib/readout/postgres-<version> (root's, readable by all) and the cluster is kept in
// /var/lib/readout/clusters/<hash of the data directory>/postgres (the postgres user's, mode 0700); a note in the
// data directory says where.
import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import type { RunAs } from "./run-as";

/** Where Readout keeps what the postgres user must reach when the checkout is closed to it. */
export const SHARED_ROOT = "/var/lib/readout";
/** The note left in a data directory whose cluster lives under SHARED_ROOT. */
export const CLUSTER_NOTE = "postgres-location.txt";

/** Whether `runAs` can search (a directory) or execute (a file) `target`, every directory above it included. */
export async function canReach(target: string, runAs: RunAs): Promise<boolean> {
  if (!runAs) return true;
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/test", ["-x", target], { uid: runAs.uid, gid: runAs.gid, stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code === 0));
  });
}

/**
 * The directory holding bin/, lib/ and share/ of the PostgreSQL binaries, where `runAs` can run them: the package's
 * own when it can, else a copy under SHARED_ROOT, made once (to a temporary name, then renamed, so a copy cut short
 * is never used).
 */
export async function reachableInstall(install: string, version: string, runAs: RunAs): Promise<string> {
  if (await canReach(path.join(install, "bin", "initdb"), runAs)) return install;
  const shared = path.join(SHARED_ROOT, `postgres-${version}`);
  if (await isTrustedCopy(shared)) return shared;
  await fs.mkdir(SHARED_ROOT, { recursive: true, mode: 0o755 });
  await fs.chmod(SHARED_ROOT, 0o755);
  const partial = await fs.mkdtemp(path.join(SHARED_ROOT, `.postgres-${version}-`));
  await fs.cp(install, partial, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  await fs.chmod(partial, 0o755);
  await fs.rm(shared, { recursive: true, force: true });
  await fs.rename(partial, shared);
  return shared;
}

/** A copy Readout made: a directory owned by root that nobody else may write to (nobody could have swapped it). */
async function isTrustedCopy(dir: string): Promise<boolean> {
  const stat = await fs.lstat(dir).catch(() => null);
  if (!stat?.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) return false;
  return fs.stat(path.join(dir, "bin", "initdb")).then(() => true, () => false);
}

/** The cluster directory for a data directory: `dataDir/postgres` when `runAs` can reach it, else under SHARED_ROOT. */
export async function clusterDirectory(dataDir: string, runAs: RunAs): Promise<string> {
  const own = path.join(dataDir, "postgres");
  if (await canReach(dataDir, runAs)) return own;
  const hash = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  const shared = path.join(SHARED_ROOT, "clusters", hash);
  await fs.mkdir(shared, { recursive: true, mode: 0o755 });
  for (const dir of [SHARED_ROOT, path.join(SHARED_ROOT, "clusters"), shared]) await fs.chmod(dir, 0o755);
  await fs.writeFile(
    path.join(dataDir, CLUSTER_NOTE),
    `The embedded PostgreSQL of this data directory keeps its cluster in ${path.join(shared, "postgres")}:\nthe user "postgres" it runs as cannot enter ${dataDir}.\n`,
  );
  return path.join(shared, "postgres");
}
