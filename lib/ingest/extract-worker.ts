// A worker thread of the extraction pool: takes file tasks, answers with their work (extract-pool.ts).
import { parentPort } from "node:worker_threads";
import { readAndExtract, type FileTask } from "./read-and-extract";

parentPort?.on("message", (message: { index: number; task: FileTask }) => {
  // The file's time budget starts now, not when the task was sent: a new thread first loads its modules.
  parentPort?.postMessage({ started: message.index });
  readAndExtract(message.task).then(
    (work) => parentPort?.postMessage({ index: message.index, work }),
    (error: unknown) => parentPort?.postMessage({ index: message.index, work: { kind: "failed", file: message.task.file, error: `${message.task.file}: ${String(error)}` } }),
  );
});
