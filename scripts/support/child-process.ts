// Runs Next.js as a child of a script: its output goes straight to the terminal, and stopping the script
// stops it first (SIGTERM, then SIGKILL if it does not exit within ten seconds).
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";

export function runNode(script: string, args: string[], env: NodeJS.ProcessEnv, nodeOptions: string[] = []): ChildProcess {
  return spawnNode([...nodeOptions, script, ...args], env);
}

/** Node with the given arguments (options, script, its arguments), its output on this terminal. */
export function spawnNode(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, { stdio: "inherit", env });
}

export function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  // A child ended by a signal reports as a shell would: 128 + the signal's number.
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0))));
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await done;
  clearTimeout(timer);
}
