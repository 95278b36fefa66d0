// Resident memory of a process and everything it started, read from /proc (Linux), for the soak.
import fs from "node:fs/promises";

async function children(): Promise<Map<number, number[]>> {
  const byParent = new Map<number, number[]>();
  for (const entry of await fs.readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await fs.readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (Number.isInteger(parent)) byParent.set(parent, [...(byParent.get(parent) ?? []), Number(entry)]);
  }
  return byParent;
}

async function rssKilobytes(pid: number): Promise<number> {
  const status = await fs.readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return Number(status.match(/^VmRSS:\s+(\d+) kB$/m)?.[1] ?? 0);
}

/** Resident set size in MB of `pid` and its descendants (0 once it has exited). */
export async function treeRssMegabytes(pid: number): Promise<number> {
  const byParent = await children();
  const pids = [pid];
  for (let index = 0; index < pids.length; index++) pids.push(...(byParent.get(pids[index] ?? 0) ?? []));
  let total = 0;
  for (const each of pids) total += await rssKilobytes(each);
  return total / 1024;
}
