// Benchmark output: a table on stdout and a JSON file under bench/results/ (git-ignored), both with the
// machine's CPU count and load, so numbers from different runs and machines are read with their context.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { RESULTS_DIR, ROOT } from "./paths";

export type Machine = { cpus: number; cpuModel: string; memoryGiB: number; node: string; loadAverage: number[] };

export function machine(): Machine {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
  };
}

export function describeMachine(info: Machine): string {
  return `${info.cpus} CPUs (${info.cpuModel}), ${info.memoryGiB} GiB, Node ${info.node}, load average ${info.loadAverage.join(" / ")} (1/5/15 min)`;
}

/** Prints rows as aligned columns (numbers right-aligned). */
export function printTable(headers: string[], rows: Array<Array<string | number>>): void {
  const cells = [headers, ...rows.map((row) => row.map((cell) => String(cell)))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  for (const [index, row] of cells.entries()) {
    console.log(row.map((cell, column) => (typeof rows[index - 1]?.[column] === "number" ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join("  "));
    if (index === 0) console.log(widths.map((width) => "-".repeat(width)).join("  "));
  }
}

export function writeResult(name: string, result: object): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
  return path.relative(ROOT, file);
}

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** The p-th percentile (0..100) of values, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}
