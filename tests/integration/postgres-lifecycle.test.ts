// The embedded PostgreSQL's lifecycle as a person meets it through `npm run db:up` (the same code path as
// `npm start`): start, Ctrl-C or SIGTERM stop it with no process left, the next start reuses the data,
// a killed owner's server is adopted, and a server shared by two processes outlives the first to leave.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withClient } from "./support/database";
import { descendants, isRunning, processesMatching } from "./support/processes";
import { finished, startScript } from "./support/run-script";

let dataDir: string;
const running: ChildProcess[] = [];

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-lifecycle-"));
});

afterEach(async () => {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  await waitUntil(async () => (await processesMatching(path.join(dataDir, "postgres"))).length === 0);
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out waiting for a condition");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

type Up = { child: ChildProcess; url: string; exit: ReturnType<typeof finished> };

/** `npm run db:up` in its own process group (like a terminal's foreground job); resolves once it is ready. */
async function dbUp(): Promise<Up> {
  const child = startScript("db.ts", ["up"], { DATABASE_URL: "", READOUT_DATA_DIR: dataDir, READOUT_PG_PORT: "0" }, { detached: true });
  running.push(child);
  const exit = finished(child);
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const ready = out.match(/^ready (\S+)$/m);
      if (ready?.[1]) resolve(ready[1]);
    });
    void exit.then((result) => reject(new Error(`db:up exited early (${result.code}): ${result.stderr}`)));
  });
  return { child, url, exit };
}

async function postmaster(): Promise<{ pid: number; children: number[] }> {
  const [pid] = await processesMatching(path.join(dataDir, "postgres"));
  if (pid === undefined) throw new Error("no postmaster is running");
  return { pid, children: await descendants(pid) };
}

async function expectGone(server: { pid: number; children: number[] }): Promise<void> {
  for (const pid of [server.pid, ...server.children]) expect(await isRunning(pid), `process ${pid}`).toBe(false);
  expect(await processesMatching(path.join(dataDir, "postgres"))).toEqual([]);
}

describe("embedded PostgreSQL lifecycle", () => {
  it("stops on SIGTERM and on Ctrl-C with nothing left running, and the next start keeps the data", async () => {
    const first = await dbUp();
    await withClient(first.url, (client) => client.query("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')"));
    const server = await postmaster();
    expect(server.children.length).toBeGreaterThan(0);
    first.child.kill("SIGTERM");
    expect((await first.exit).code).toBe(143);
    await expectGone(server);

    const second = await dbUp();
    const rows = await withClient(second.url, (client) => client.query("SELECT note FROM kept"));
    expect(rows.rows).toEqual([{ note: "still here" }]);
    const restarted = await postmaster();
    // Ctrl-C in a terminal signals the whole foreground process group, PostgreSQL's launcher included.
    process.kill(-(second.child.pid ?? 0), "SIGINT");
    expect((await second.exit).code).toBe(130);
    await expectGone(restarted);
  });

  it("adopts the server a killed process left running, and stops it when done", async () => {
    const first = await dbUp();
    await withClient(first.url, (client) => client.query("CREATE TABLE kept (note text)"));
    const server = await postmaster();
    first.child.kill("SIGKILL");
    await first.exit;
    expect(await isRunning(server.pid)).toBe(true);

    const second = await dbUp();
    expect(await postmaster()).toMatchObject({ pid: server.pid });
    await withClient(second.url, (client) => client.query("SELECT count(*) FROM kept"));
    second.child.kill("SIGTERM");
    await second.exit;
    await expectGone(await Promise.resolve(server));
  });

  it("recovers committed data after PostgreSQL itself was killed", async () => {
    const first = await dbUp();
    await withClient(first.url, (client) => client.query("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('committed')"));
    const server = await postmaster();
    process.kill(server.pid, "SIGKILL");
    await waitUntil(async () => !(await isRunning(server.pid)));
    first.child.kill("SIGTERM");
    await first.exit;
    await waitUntil(async () => (await processesMatching(path.join(dataDir, "postgres"))).length === 0);

    const second = await dbUp();
    const rows = await withClient(second.url, (client) => client.query("SELECT note FROM kept"));
    expect(rows.rows).toEqual([{ note: "committed" }]);
    second.child.kill("SIGTERM");
    await second.exit;
  });

  it("keeps a shared server running until the last process using it leaves", async () => {
    const first = await dbUp();
    const second = await dbUp();
    expect(second.url).toBe(first.url);
    const server = await postmaster();
    second.child.kill("SIGTERM");
    await second.exit;
    expect(await isRunning(server.pid)).toBe(true);
    await withClient(first.url, (client) => client.query("SELECT 1"));
    first.child.kill("SIGTERM");
    await first.exit;
    await expectGone(server);
  });
});
