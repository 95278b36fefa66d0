// One PostgreSQL cluster (a data directory) driven through pg_ctl: create, start, find running, stop.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { postgresBinaries } from "./binaries";
import { handOver, runTool, type RunAs } from "./run-as";

export const SUPERUSER = "postgres";

export type RunningServer = { pid: number; port: number };

export async function isInitialised(pgdata: string): Promise<boolean> {
  return fs.stat(path.join(pgdata, "PG_VERSION")).then(() => true, () => false);
}

/** Creates the cluster with a random superuser password, which it returns. */
export async function initCluster(pgdata: string, runAs: RunAs): Promise<string> {
  const { initdb } = await postgresBinaries(runAs);
  await fs.mkdir(pgdata, { recursive: true, mode: 0o700 });
  await handOver(pgdata, runAs);
  const password = randomBytes(18).toString("base64url");
  const passwordFile = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "readout-pw-")), "password");
  await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  await handOver(path.dirname(passwordFile), runAs);
  await handOver(passwordFile, runAs);
  try {
    const result = await runTool(
      initdb,
      [`--pgdata=${pgdata}`, `--username=${SUPERUSER}`, `--pwfile=${passwordFile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--locale-provider=builtin", "--locale=C.UTF-8"],
      runAs,
    );
    if (result.code !== 0) throw new Error(`initdb failed for ${pgdata}: ${lastLines(result.output)}`);
  } finally {
    await fs.rm(path.dirname(passwordFile), { recursive: true, force: true });
  }
  return password;
}

/** The server running on this data directory, from its postmaster.pid; null if none (a stale file is removed). */
export async function runningServer(pgdata: string): Promise<RunningServer | null> {
  const pidFile = path.join(pgdata, "postmaster.pid");
  const text = await fs.readFile(pidFile, "utf8").catch(() => null);
  if (text === null) return null;
  const lines = text.split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (Number.isInteger(pid) && Number.isInteger(port) && (await isPostgresProcess(pid))) return { pid, port };
  // Left by a server that died (a killed machine, a SIGKILL); PostgreSQL recovers its data on the next start.
  await fs.rm(pidFile, { force: true });
  return null;
}

export type StartOptions = { port: number; durable: boolean };

export async function startCluster(pgdata: string, runAs: RunAs, options: StartOptions): Promise<RunningServer> {
  const { pg_ctl } = await postgresBinaries(runAs);
  const settings = [`-p ${options.port}`, "-c listen_addresses=127.0.0.1", "-c unix_socket_directories=''"];
  // Throwaway test clusters trade crash safety for speed; the app's own cluster keeps PostgreSQL's defaults.
  if (!options.durable) settings.push("-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off");
  const result = await runTool(pg_ctl, ["start", "-D", pgdata, "-l", path.join(pgdata, "server.log"), "-w", "-t", "120", "-s", "-o", settings.join(" ")], runAs);
  const server = await runningServer(pgdata);
  if (result.code !== 0 || !server) {
    const log = await fs.readFile(path.join(pgdata, "server.log"), "utf8").catch(() => "");
    throw new Error(`PostgreSQL did not start on port ${options.port} (data in ${pgdata}): ${lastLines(log || result.output)}`);
  }
  return server;
}

/** Fast shutdown (active sessions are ended, data is flushed); waits until the process is gone. */
export async function stopCluster(pgdata: string, runAs: RunAs): Promise<void> {
  const { pg_ctl } = await postgresBinaries(runAs);
  const server = await runningServer(pgdata);
  if (!server) return;
  const result = await runTool(pg_ctl, ["stop", "-D", pgdata, "-m", "fast", "-w", "-t", "60", "-s"], runAs);
  if (result.code !== 0 && (await runningServer(pgdata))) {
    await runTool(pg_ctl, ["stop", "-D", pgdata, "-m", "immediate", "-w", "-t", "30", "-s"], runAs);
  }
  await waitForExit(server.pid);
}

async function isPostgresProcess(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A recycled pid (common in containers) can belong to anything; /proc says whether it is a postgres.
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => null);
  return cmdline === null || cmdline.includes("postgres");
}

async function waitForExit(pid: number): Promise<void> {
  for (let attempt = 0; attempt < 300 && (await isPostgresProcess(pid)); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function lastLines(text: string): string {
  return text.trim().split("\n").slice(-5).join(" | ");
}
