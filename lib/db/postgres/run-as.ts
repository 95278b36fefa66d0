// PostgreSQL refuses to run as root; as root, Readout runs it as the system user "postgres" (created if missing).
import { execFile, spawn } from "node:child_process";
import fs from "node:fs/promises";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

/** The user the server runs as; null means "as this process". */
export type RunAs = { uid: number; gid: number } | null;

const SYSTEM_USER = "postgres";

async function lookupUser(): Promise<RunAs> {
  try {
    const [uid, gid] = await Promise.all([execFileAsync("id", ["-u", SYSTEM_USER]), execFileAsync("id", ["-g", SYSTEM_USER])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return null;
  }
}

export async function postgresRunAs(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return null;
  const existing = await lookupUser();
  if (existing) return existing;
  await execFileAsync("groupadd", ["--system", SYSTEM_USER]).catch(() => undefined); // the group may exist already
  try {
    await execFileAsync("useradd", ["--system", "--gid", SYSTEM_USER, "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER]);
  } catch (error) {
    throw new Error(`running as root, Readout needs a "${SYSTEM_USER}" system user for PostgreSQL and could not create it: ${(error as Error).message}`);
  }
  const created = await lookupUser();
  if (!created) throw new Error(`the "${SYSTEM_USER}" system user was created but cannot be looked up`);
  return created;
}

/** Gives a path to the server's user (no-op when the server runs as this process). */
export async function handOver(file: string, runAs: RunAs): Promise<void> {
  if (runAs) await fs.chown(file, runAs.uid, runAs.gid);
}

// A clean environment: no inherited PG* variables; LC_ALL=C keeps tool messages in English for error reports.
const TOOL_ENV: NodeJS.ProcessEnv = { NODE_ENV: "production", PATH: "/usr/bin:/bin", LC_ALL: "C" };

export type RunResult = { code: number | null; output: string };

/** Runs a PostgreSQL tool to completion, collecting its output for error messages. */
export function runTool(command: string, args: string[], runAs: RunAs): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...(runAs ?? {}), stdio: ["ignore", "pipe", "pipe"], env: TOOL_ENV });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    // "exit", not "close": a daemonised server must not keep this promise open through an inherited pipe.
    child.on("exit", (code) => resolve({ code, output: output.trim() }));
  });
}
