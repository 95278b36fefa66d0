// One production server process per core behind one port (node:cluster: this process accepts the connections
// and hands them to the workers in turn). Each worker is scripts/serve.ts with its own admission queue, page
// cache and record-version listener, so the queue's guarantees hold per process. A worker that dies is started
// again after the back-off `npm start` uses for the whole server (supervise.ts); SIGTERM, SIGINT or SIGHUP stop
// every worker (each finishes its requests under way) and then this process.
import cluster, { type Worker } from "node:cluster";
import { RESTART_BACKOFF } from "./supervise";

export async function runWorkers(count: number, say: (line: string) => void): Promise<void> {
  let stopping = false;
  const running = new Set<Worker>();
  let waitMs: number = RESTART_BACKOFF.firstMs;

  const start = () => {
    const startedAt = Date.now();
    const worker = cluster.fork();
    running.add(worker);
    worker.once("exit", (code, signal) => {
      running.delete(worker);
      if (stopping) {
        if (running.size === 0) process.exit(0);
        return;
      }
      // Exit code 0: the worker was asked to stop (Ctrl-C reaches the whole process group); it is not restarted.
      if (code === 0 && !signal) {
        if (running.size === 0) process.exit(0);
        return;
      }
      if (Date.now() - startedAt >= RESTART_BACKOFF.stableMs) waitMs = RESTART_BACKOFF.firstMs;
      say(`worker ${worker.process.pid} exited (${signal ? `signal ${signal}` : `exit code ${code}`}); starting another in ${(waitMs / 1000).toFixed(0)} s`);
      setTimeout(() => !stopping && start(), waitMs);
      waitMs = Math.min(waitMs * 2, RESTART_BACKOFF.maxMs);
    });
  };

  say(`starting ${count} server processes on one port`);
  for (let index = 0; index < count; index++) start();

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping ${running.size} server process(es)`);
    if (running.size === 0) process.exit(0);
    for (const worker of running) worker.process.kill("SIGTERM");
  };
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => stop(signal));
  await new Promise<never>(() => undefined);
}
