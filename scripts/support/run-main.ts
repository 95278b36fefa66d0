// Runs a script's main function so that whatever it acquired (a database, a child process) is released on
// success, on error and on Ctrl-C / SIGTERM / SIGHUP: no postgres is left behind by a script.
import os from "node:os";
import { loadEnv } from "@/lib/env";
import { printable } from "./printable";

export type Cleanups = { add(cleanup: () => Promise<void>): void };

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

export function runMain(name: string, main: (cleanups: Cleanups) => Promise<number>): void {
  const stack: Array<() => Promise<void>> = [];
  let finishing: Promise<never> | null = null;

  // Runs once, whoever asks first (a signal, or main returning because the signal ended its child).
  const finish = (code: number): Promise<never> => {
    finishing ??= (async () => {
      // Last acquired, first released: the web server stops before the database it uses.
      for (const cleanup of [...stack].reverse()) {
        await cleanup().catch((error: unknown) => console.error(`${name}: while shutting down: ${printable(message(error))}`));
      }
      process.exit(code);
    })();
    return finishing;
  };

  for (const signal of SIGNALS) {
    process.on(signal, () => {
      // A second Ctrl-C during shutdown changes nothing: the database is always stopped cleanly.
      void finish(128 + (os.constants.signals[signal] ?? 1));
    });
  }

  Promise.resolve()
    .then(() => {
      loadEnv(); // a bad variable is reported in one line before anything starts
      return main({ add: (cleanup) => stack.push(cleanup) });
    })
    .then(
      (code) => finish(code),
      (error: unknown) => {
        console.error(`${name}: ${printable(message(error))}`);
        return finish(1);
      },
    );
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
