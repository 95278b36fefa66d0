// Runs one of Readout's scripts as a child process, the way a person runs it, and collects its output.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { childEnv } from "@/lib/env";

export const REPO = path.resolve(import.meta.dirname, "../../..");

export type ScriptResult = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

export function startScript(script: string, args: string[], env: Record<string, string> = {}, options: { detached?: boolean } = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join("scripts", script), ...args], {
    cwd: REPO,
    env: childEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
    detached: options.detached ?? false,
  });
}

export function finished(child: ChildProcess): Promise<ScriptResult> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<ScriptResult> {
  return finished(startScript(script, args, env));
}
