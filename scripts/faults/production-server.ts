// The production build served by scripts/serve.ts (as npm start serves it) on 127.0.0.1 against a given database, for the fault and
// security tests and the soak: built first when missing or stale (one build at a time), stopped on request.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs/promises";
import path from "node:path";
import { freePort } from "@/lib/db/postgres/ensure-database";
import { acquireLock } from "@/lib/db/postgres/process-files";
import { childEnv } from "@/lib/env";
import { buildIsStale } from "../support/next-build";
import { productionServerArgs } from "../support/web-server";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT = createRequire(import.meta.url).resolve("next/dist/bin/next");

/** Runs `next build` unless the build is up to date; concurrent callers wait for one build. */
export async function ensureProductionBuild(log: (line: string) => void = () => undefined): Promise<void> {
  await fs.mkdir(path.join(ROOT, ".data"), { recursive: true });
  const lock = await acquireLock(path.join(ROOT, ".data", "next-build.lock"), 10 * 60_000);
  try {
    if (!(await buildIsStale(ROOT))) return;
    log("building the web app (next build)");
    const child = spawn(process.execPath, [NEXT, "build"], { cwd: ROOT, env: childEnv({ NODE_ENV: "production" }), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    if (code !== 0) throw new Error(`next build failed (exit ${code}): ${output.trim().split("\n").slice(-8).join(" | ")}`);
  } finally {
    await lock.release();
  }
}

export type ProductionServer = {
  origin: string;
  pid: number;
  /** What the server printed (its log), for messages when a test fails. */
  output(): string;
  isRunning(): boolean;
  stop(): Promise<void>;
};

/**
 * Starts the production server (as npm start does) on a free port of 127.0.0.1 with DATABASE_URL; resolves once
 * it answers. `env` adds settings such as READOUT_WEB_CONCURRENCY. One server process unless `env` says
 * otherwise (READOUT_WEB_WORKERS): what a test counts (places, refusals) is then one admission queue's.
 */
export async function startProductionServer(
  databaseUrl: string,
  options: { port?: number; timeoutMs?: number; heapMegabytes?: number; env?: Record<string, string> } = {},
): Promise<ProductionServer> {
  const port = options.port ?? (await freePort(0));
  const child = spawn(process.execPath, productionServerArgs({ port, hostname: "127.0.0.1", heapMegabytes: options.heapMegabytes }), {
    cwd: ROOT,
    env: childEnv({ READOUT_WEB_WORKERS: "1", ...options.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", PORT: String(port) }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  const origin = `http://127.0.0.1:${port}`;
  const server: ProductionServer = {
    origin,
    pid: child.pid ?? 0,
    output: () => output,
    isRunning,
    async stop() {
      if (!isRunning()) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (!isRunning()) throw new Error(`the web server exited before it answered: ${output.trim().split("\n").slice(-8).join(" | ")}`);
    // The icon needs neither the database nor a render: it answers as soon as the server listens.
    const answered = await fetch(`${origin}/icon.svg`).then((response) => response.ok, () => false);
    if (answered) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`the web server did not answer on ${origin} within ${options.timeoutMs ?? 60_000} ms: ${output.trim().split("\n").slice(-8).join(" | ")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
