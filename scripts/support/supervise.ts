// Keeps a child process running: when it dies (a crash, the heap limit, a kill), it is started again after a
// back-off that doubles with each quick failure, so the database `npm start` holds stays up and the site comes
// back by itself. A child that exits with 0 (it was asked to stop) or that we are stopping is not restarted.
import type { ChildProcess } from "node:child_process";
import { exited, stopChild } from "./child-process";

/** First wait after a crash, the longest wait, and how long a run must last for the wait to start over. */
export const RESTART_BACKOFF = { firstMs: 1_000, maxMs: 30_000, stableMs: 60_000 } as const;

export type Supervisor = {
  /** Resolves with the exit code of the last run, once the child exits cleanly or `stop` is called. */
  done: Promise<number>;
  /** Stops the current child (SIGTERM, then SIGKILL) and starts no other. */
  stop(): Promise<void>;
};

export function supervise(start: () => ChildProcess, say: (line: string) => void, backoff: { firstMs: number; maxMs: number; stableMs: number } = RESTART_BACKOFF): Supervisor {
  let current: ChildProcess | null = null;
  let stopping = false;
  let wake: (() => void) | null = null;
  const done = (async () => {
    let waitMs = backoff.firstMs;
    for (;;) {
      const startedAt = Date.now();
      current = start();
      const code = await exited(current);
      if (stopping || code === 0) return code;
      if (Date.now() - startedAt >= backoff.stableMs) waitMs = backoff.firstMs;
      say(`the web server exited (${describeExit(current, code)}); starting it again in ${(waitMs / 1000).toFixed(0)} s`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, waitMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
      if (stopping) return code;
      waitMs = Math.min(waitMs * 2, backoff.maxMs);
    }
  })();
  return {
    done,
    async stop() {
      stopping = true;
      wake?.();
      if (current) await stopChild(current);
    },
  };
}

function describeExit(child: ChildProcess, code: number): string {
  return child.signalCode ? `signal ${child.signalCode}` : `exit code ${code}`;
}
