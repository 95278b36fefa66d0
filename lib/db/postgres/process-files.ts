// Small pid files that let several Readout processes share one embedded cluster without fighting over it.
import fs from "node:fs/promises";
import path from "node:path";

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readPid(file: string): Promise<number | null> {
  const text = await fs.readFile(file, "utf8").catch(() => null);
  const pid = Number.parseInt(text ?? "", 10);
  return Number.isInteger(pid) ? pid : null;
}

export type Lock = { release(): Promise<void> };

/** An exclusive lock held by this process; a lock whose holder died is taken over. */
export async function acquireLock(file: string, timeoutMs = 180_000): Promise<Lock> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fs.writeFile(file, String(process.pid), { flag: "wx" });
      return { release: () => fs.rm(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = await readPid(file);
    if (holder === null || !isAlive(holder)) {
      await fs.rm(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`${file} is held by process ${holder}; stop it or remove the file if that process is not Readout`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The processes using a cluster, one file per pid; the last one to leave stops the server. */
export class ClientRegistry {
  constructor(private readonly dir: string) {}

  async register(pid = process.pid): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    await fs.writeFile(path.join(this.dir, String(pid)), String(pid));
  }

  async unregister(pid = process.pid): Promise<void> {
    await fs.rm(path.join(this.dir, String(pid)), { force: true });
  }

  /** Live clients; files of processes that died without unregistering are removed. */
  async live(): Promise<number[]> {
    const names = await fs.readdir(this.dir).catch(() => []);
    const pids: number[] = [];
    for (const name of names) {
      const pid = Number.parseInt(name, 10);
      if (Number.isInteger(pid) && isAlive(pid)) pids.push(pid);
      else await fs.rm(path.join(this.dir, name), { force: true });
    }
    return pids;
  }
}
