// Runs readAndExtract on worker threads, one per core, and hands the results back in task order (the order
// the loads happen in decides slugs, so an ingest gives the same record however the threads are scheduled).
// Each file has a time budget on its thread: past it the thread is stopped, the file fails with a message naming
// it, and a new thread takes the next file, so one file that extraction cannot finish does not hold the ingest.
import os from "node:os";
import { Worker } from "node:worker_threads";
import { readAndExtract, type FileTask, type FileWork } from "./read-and-extract";

/**
 * How long one file may take on its thread. Extraction is linear in the text (bench/extract-scaling.ts): the
 * slowest shape measured, a file of nothing but quotation marks, takes about 3 s per MB, and files are at most
 * 5 MB, so a minute is several times the worst seen, even on a loaded machine.
 */
export const EXTRACT_BUDGET_MS = 60_000;

export type ExtractPoolOptions = {
  /** Worker threads; 0 works on the calling thread, without a time budget (tests). Default: one per core. */
  threads?: number;
  /** Results read ahead of the consumer at most: bounds memory when loading is slower than extraction. */
  window?: number;
  /** Milliseconds one file may take on a thread (default EXTRACT_BUDGET_MS). */
  budgetMs?: number;
};

// Scripts run TypeScript through tsx; a worker thread registers the same loader before importing its module.
function startWorker(): Worker {
  const api = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./extract-worker.ts", import.meta.url).href;
  return new Worker(`import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}

export async function* extractAll(tasks: FileTask[], options: ExtractPoolOptions = {}): AsyncGenerator<FileWork> {
  const threads = Math.min(options.threads ?? os.availableParallelism(), tasks.length);
  if (threads <= 0) {
    for (const task of tasks) yield await readAndExtract(task);
    return;
  }
  const budgetMs = options.budgetMs ?? EXTRACT_BUDGET_MS;
  const window = Math.max(options.window ?? 64, threads * 2);
  const results = new Map<number, FileWork>();
  const idle: Worker[] = [];
  const workers = new Set<Worker>();
  /** The task each busy thread works on, and the timer of its budget. */
  const busy = new Map<Worker, { index: number; timer: NodeJS.Timeout | null }>();
  let next = 0;
  let yielded = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const dispatch = () => {
    while (idle.length > 0 && next < tasks.length && next - yielded < window) {
      const worker = idle.pop() as Worker;
      const index = next++;
      busy.set(worker, { index, timer: null });
      worker.postMessage({ index, task: tasks[index] });
    }
  };
  const overBudget = (worker: Worker, index: number) => {
    busy.delete(worker);
    workers.delete(worker);
    void worker.terminate();
    const file = tasks[index]?.file ?? "";
    const name = file.split(/[\\/]/).pop() ?? file;
    results.set(index, { kind: "failed", file, error: `${name}: extraction took longer than ${budgetMs / 1000} s, the limit for one file; not ingested` });
    idle.push(hire());
    dispatch();
    notify();
  };
  const hire = (): Worker => {
    const worker = startWorker();
    workers.add(worker);
    worker.on("message", (message: { started: number } | { index: number; work: FileWork }) => {
      const task = busy.get(worker);
      if ("started" in message) {
        if (task) task.timer = setTimeout(() => overBudget(worker, task.index), budgetMs);
        return;
      }
      if (task?.timer) clearTimeout(task.timer);
      busy.delete(worker);
      results.set(message.index, message.work);
      idle.push(worker);
      dispatch();
      notify();
    });
    worker.on("error", (error) => {
      failure = error;
      notify();
    });
    worker.on("exit", (code) => {
      // A thread stopped for its budget was replaced already; any other exit before the end is a failure.
      if (workers.has(worker) && code !== 0 && yielded < tasks.length) failure ??= new Error(`an extraction thread exited with code ${code}`);
      notify();
    });
    return worker;
  };
  for (let count = 0; count < threads; count++) idle.push(hire());
  try {
    dispatch();
    while (yielded < tasks.length) {
      const work = results.get(yielded);
      if (work) {
        results.delete(yielded);
        yielded++;
        dispatch();
        yield work;
        continue;
      }
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    for (const { timer } of busy.values()) if (timer) clearTimeout(timer);
    await Promise.all([...workers].map((worker) => worker.terminate()));
  }
}
