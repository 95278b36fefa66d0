// Extraction time grows in step with the input on every hostile shape (tests/fixtures/bad-input/hostile-shapes.ts):
// the CPU seconds per MB at each size stay within a factor of those at the size before, from 10 KB to 5 MB. A stage
// that rescans from every position (a regex on a run of dots, a whole-sentence look per quotation) multiplies the
// per-MB time by the size step; the child is stopped as soon as its CPU time passes the allowance, so a quadratic
// stage fails in seconds instead of running for hours. `npm run bench:extract-scaling` prints the same figures.
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { describe, expect, it } from "vitest";
import { childEnv } from "@/lib/env";
import { HOSTILE_SHAPES } from "../fixtures/bad-input/hostile-shapes";
import { REPO } from "./support/run-script";

const SIZES = [10 * 1024, 100 * 1024, 1024 * 1024, 5 * 1024 * 1024];
// Linear work keeps the per-MB time flat (it falls from 10 KB, where fixed costs weigh most); a step of 10x in size
// at most triples it here, leaving room for a loaded machine. Work that grows with the square multiplies it by 5-10.
const STEP_RATIO = 3;
// Below this, CPU time is measurement noise: a step is always allowed this much.
const FLOOR_CPU_SECONDS = 1;
const TICKS_PER_SECOND = 100;

type Measured = { bytes: number; cpuSeconds: number };

async function processCpuSeconds(pid: number): Promise<number> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / TICKS_PER_SECOND;
}

/** Runs the shape at every size; stops with the reason at the first size whose CPU time passes its allowance. */
async function measureShape(name: string): Promise<{ measured: Measured[]; stopped: string | null }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(REPO, "tests/integration/support/extract-scaling-child.ts"), name, ...SIZES.map(String)], {
    cwd: REPO,
    env: childEnv({}),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const measured: Measured[] = [];
  let stopped: string | null = null;
  let watch: NodeJS.Timeout | undefined;
  for await (const line of readline.createInterface({ input: child.stdout })) {
    const event = JSON.parse(line) as { event: "start" | "done"; bytes: number; cpuSeconds?: number };
    clearInterval(watch);
    if (event.event === "done") {
      measured.push({ bytes: event.bytes, cpuSeconds: event.cpuSeconds ?? 0 });
      continue;
    }
    const previous = measured.at(-1);
    if (!previous) continue;
    const allowed = Math.max(FLOOR_CPU_SECONDS, (STEP_RATIO * previous.cpuSeconds * event.bytes) / previous.bytes);
    const base = await processCpuSeconds(child.pid ?? 0);
    watch = setInterval(() => {
      void processCpuSeconds(child.pid ?? 0).then((now) => {
        if (now - base <= allowed || stopped) return;
        stopped = `${name}: ${(event.bytes / 1024).toFixed(0)} KB took more than ${allowed.toFixed(1)} CPU s (${STEP_RATIO}x the per-MB time of ${(previous.bytes / 1024).toFixed(0)} KB, ${((previous.cpuSeconds * 1048576) / previous.bytes).toFixed(2)} s/MB)`;
        child.kill("SIGKILL");
      });
    }, 100);
  }
  clearInterval(watch);
  const code = await new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once("exit", resolve)));
  if (!stopped && code !== 0) throw new Error(`the extraction child for ${name} failed (exit ${code}): ${stderr.trim().split("\n").slice(-5).join(" | ")}`);
  return { measured, stopped };
}

describe("extraction time per MB on hostile shapes", () => {
  for (const shape of HOSTILE_SHAPES) {
    it(`stays flat from 10 KB to 5 MB: ${shape.name} (${shape.why})`, async () => {
      const { measured, stopped } = await measureShape(shape.name);
      const perMegabyte = measured.map((row) => (row.cpuSeconds * 1048576) / row.bytes);
      console.info(`${shape.name} on ${os.availableParallelism()} cores, load ${os.loadavg()[0]?.toFixed(1)}: ${measured.map((row, index) => `${(row.bytes / 1024).toFixed(0)} KB ${perMegabyte[index]?.toFixed(2)} s/MB`).join(", ")}`);
      expect(stopped).toBeNull();
      expect(measured.map((row) => row.bytes)).toHaveLength(SIZES.length);
      for (let index = 1; index < measured.length; index++) {
        const [before, now] = [measured[index - 1] as Measured, measured[index] as Measured];
        const allowed = Math.max(FLOOR_CPU_SECONDS, (STEP_RATIO * before.cpuSeconds * now.bytes) / before.bytes);
        expect(now.cpuSeconds, `${shape.name}: ${(now.bytes / 1024).toFixed(0)} KB`).toBeLessThanOrEqual(allowed);
      }
    }, 300_000);
  }
});
