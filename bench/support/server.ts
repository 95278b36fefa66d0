// The production build of the app, served on a free port on 127.0.0.1 against a given database, for the
// benchmarks. It is built first when the build is missing or older than the sources, and always stopped.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { childEnv } from "@/lib/env";
import { freePort } from "@/lib/db/postgres/ensure-database";
import { exited, stopChild } from "@/scripts/support/child-process";
import { buildIsStale } from "@/scripts/support/next-build";
import { productionServerArgs } from "@/scripts/support/web-server";
import { ROOT } from "./paths";

const NEXT = createRequire(import.meta.url).resolve("next/dist/bin/next");

export type BenchServer = { origin: string; process: ChildProcess; stop(): Promise<void> };

export async function ensureBuild(log: (line: string) => void): Promise<void> {
  if (!(await buildIsStale(ROOT))) return;
  log("building the web app (next build)");
  const build = spawn(process.execPath, [NEXT, "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: childEnv({ NODE_ENV: "production" }) });
  const code = await exited(build);
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
}

export async function startServer(databaseUrl: string): Promise<BenchServer> {
  const port = await freePort(0);
  // The server npm start runs, with its heap limit and admission queue, so the numbers are production's.
  const child = spawn(process.execPath, productionServerArgs({ port, hostname: "127.0.0.1" }), {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: childEnv({ DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production" }),
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  try {
    for (let attempt = 0; ; attempt++) {
      if (child.exitCode !== null) throw new Error(`the web server exited with code ${child.exitCode}`);
      const ready = await fetch(`${origin}/icon.svg`).then((response) => response.ok, () => false);
      if (ready) break;
      if (attempt > 600) throw new Error("the web server did not answer within 60 s");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, process: child, stop };
}
