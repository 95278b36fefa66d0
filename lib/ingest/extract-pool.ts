// Runs readAndExtract on worker threads, one per core, and hands the results back in task order (the order
// the loads happen in decides slugs, so an ingest gives the same record however the threads are scheduled).
import os from "node:os";
import { Worker } from "node:worker_threads";
import { readAndExtract, type FileTask, type FileWork } from "./read-and-extract";

export type ExtractPoolOptions = {
  /** Worker threads; 0 works on the calling thread (small ingests, tests). Default: one per core. */
  threads?: number;
  /** Results read ahead of the consumer at most: bounds memory when loading is slower than extraction. */
  window?: number;
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
  const window = Math.max(options.window ?? 64, threads * 2);
  const results = new Map<number, FileWork>();
  const idle: Worker[] = [];
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
      worker.postMessage({ index: next, task: tasks[next] });
      next++;
    }
  };
  const workers = Array.from({ length: threads }, () => {
    const worker = startWorker();
    worker.on("message", (message: { index: number; work: FileWork }) => {
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
      if (code !== 0 && yielded < tasks.length) failure ??= new Error(`an extraction thread exited with code ${code}`);
      notify();
    });
    idle.push(worker);
    return worker;
  });
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
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
