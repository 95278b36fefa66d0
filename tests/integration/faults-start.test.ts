// `npm start` after an unclean shutdown: PostgreSQL and the app are both killed with SIGKILL (a crash, a power
// cut), leaving a stale postmaster.pid; the next `npm start` recovers the embedded database and serves the
// same record, and a SIGTERM then stops everything.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/postgres/ensure-database";
import { ensureProductionBuild } from "@/scripts/faults/production-server";
import { descendants, isRunning, processesMatching } from "./support/processes";
import { finished, startScript, type ScriptResult } from "./support/run-script";
import { SERVER_SETUP_MS } from "./support/server-setup";

let dataDir: string;
const started: ChildProcess[] = [];

beforeAll(async () => {
  // npm start builds a stale app itself; building first keeps this test to recovery.
  await ensureProductionBuild();
}, SERVER_SETUP_MS);

afterEach(async () => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, "SIGKILL");
  for (const pid of await processesMatching(path.join(dataDir, "postgres"))) process.kill(pid, "SIGKILL");
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type Started = { child: ChildProcess; exit: Promise<ScriptResult>; origin: string };

/** `npm start` in its own process group, as a terminal runs it; resolves once its home page answers 200. */
async function npmStart(port: number): Promise<Started> {
  const child = startScript("start.ts", [], { DATABASE_URL: "", READOUT_DATA_DIR: dataDir, READOUT_PG_PORT: "0", PORT: String(port) }, { detached: true });
  started.push(child);
  const exit = finished(child);
  const origin = `http://127.0.0.1:${port}`;
  let exited = false;
  void exit.then(() => (exited = true));
  await waitFor(async () => exited || (await fetch(`${origin}/`).then((response) => response.status === 200, () => false)), 50_000, "npm start serves its home page");
  if (exited) throw new Error(`npm start exited: ${(await exit).stderr.slice(-2000)}`);
  return { child, exit, origin };
}

async function quoteTotal(origin: string): Promise<number> {
  return ((await (await fetch(`${origin}/api/quotes`)).json()) as { total: number }).total;
}

describe("npm start after an unclean shutdown", () => {
  it("recovers the embedded database killed with the app, and serves the same record", async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-unclean-"));
    const port = await freePort(0);
    const first = await npmStart(port);
    const quotes = await quoteTotal(first.origin);
    expect(quotes).toBeGreaterThan(0);

    const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
    const postmaster = Number.parseInt((await fs.readFile(pidFile, "utf8")).split("\n")[0] ?? "", 10);
    process.kill(postmaster, "SIGKILL");
    process.kill(-(first.child.pid ?? 0), "SIGKILL");
    await first.exit;
    await waitFor(async () => (await processesMatching(path.join(dataDir, "postgres"))).length === 0, 20_000, "every postgres process is gone");
    expect(await isRunning(postmaster)).toBe(false);
    await expect(fs.stat(pidFile), "the crash left postmaster.pid behind").resolves.toBeTruthy();

    const second = await npmStart(port);
    expect(await quoteTotal(second.origin)).toBe(quotes);
    second.child.kill("SIGTERM");
    const result = await second.exit;
    expect(result.stderr).toContain("starting the embedded PostgreSQL");
    expect(result.code).toBe(143);
    await waitFor(async () => (await processesMatching(path.join(dataDir, "postgres"))).length === 0, 20_000, "SIGTERM stopped PostgreSQL");
  });

  it("starts a web server that died again, with PostgreSQL kept up all along", async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-restart-"));
    const port = await freePort(0);
    const first = await npmStart(port);
    const quotes = await quoteTotal(first.origin);
    const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
    const postmaster = Number.parseInt((await fs.readFile(pidFile, "utf8")).split("\n")[0] ?? "", 10);

    // The web server is the one child of npm start running scripts/serve.ts.
    const webServer = async () => {
      for (const pid of await descendants(first.child.pid ?? 0)) {
        const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
        if (cmdline.includes("serve.ts")) return pid;
      }
      return 0;
    };
    for (const crash of [1, 2]) {
      const pid = await webServer();
      expect(pid, `web server before crash ${crash}`).toBeGreaterThan(0);
      process.kill(pid, "SIGKILL");
      await waitFor(async () => !(await isRunning(pid)), 10_000, "the killed web server is gone");
      await waitFor(async () => (await fetch(`${first.origin}/`).then((response) => response.status === 200, () => false)), 40_000, `the home page answers again after crash ${crash}`);
      expect(await isRunning(postmaster), "PostgreSQL stays up").toBe(true);
      expect(await quoteTotal(first.origin)).toBe(quotes);
    }

    first.child.kill("SIGTERM");
    const result = await first.exit;
    expect(result.stderr).toContain("the web server exited (signal SIGKILL); starting it again in 1 s");
    expect(result.stderr).toContain("the web server exited (signal SIGKILL); starting it again in 2 s");
    expect(result.code).toBe(143);
    await waitFor(async () => (await processesMatching(path.join(dataDir, "postgres"))).length === 0, 20_000, "SIGTERM stopped PostgreSQL");
  });
});

