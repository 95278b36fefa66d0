// Runs the real ingest CLI as a child process against a database URL, whole or killed part-way with SIGKILL,
// for the fault tests and `npm run faults:kill-ingest`.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { childEnv } from "@/lib/env";

const REPO = path.resolve(import.meta.dirname, "../..");

export type IngestRun = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; seconds: number };
export type StartedIngest = { child: ChildProcess; done: Promise<IngestRun> };

/** Starts `npm run ingest -- inputs...` on `url`; it is SIGKILLed if it runs past `timeoutMs`. */
export function startIngest(url: string, inputs: string[], timeoutMs = 10 * 60_000): StartedIngest {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "ingest.ts"), ...inputs], {
    cwd: REPO,
    env: childEnv({ DATABASE_URL: url }),
    stdio: ["ignore", "pipe", "pipe"],
    timeout: timeoutMs,
    killSignal: "SIGKILL",
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const done = new Promise<IngestRun>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
  return { child, done };
}

export function runIngest(url: string, inputs: string[], timeoutMs?: number): Promise<IngestRun> {
  return startIngest(url, inputs, timeoutMs).done;
}

export async function countArticles(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>("SELECT count(*) FROM article");
    return Number(rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}

/** Ingests until at least `articles` are committed, then SIGKILLs the CLI (no cleanup runs); returns the count left. */
export async function ingestKilledPartWay(url: string, inputs: string[], articles: number, timeoutMs = 10 * 60_000): Promise<{ run: IngestRun; committed: number }> {
  const { child, done } = startIngest(url, inputs, timeoutMs);
  let exited = false;
  void done.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (!exited && Date.now() < deadline && (await countArticles(url)) < articles) await new Promise((resolve) => setTimeout(resolve, 25));
  if (exited) throw new Error(`the ingest finished before ${articles} articles were committed, so it could not be killed part-way`);
  child.kill("SIGKILL");
  const run = await done;
  return { run, committed: await countArticles(url) };
}

/** The numbers of the summary line "Ingested N file(s): a new, b changed, c unchanged, d failed". */
export function ingestSummary(stdout: string): { new: number; changed: number; unchanged: number; failed: number } | null {
  const match = stdout.match(/(\d+) new, (\d+) changed, (\d+) unchanged, (\d+) failed/);
  if (!match) return null;
  return { new: Number(match[1]), changed: Number(match[2]), unchanged: Number(match[3]), failed: Number(match[4]) };
}
