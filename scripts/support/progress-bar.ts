// A one-line progress bar on a terminal; silent when output is a file or a pipe (CI logs stay clean).
export type ProgressBar = { update(done: number, total: number, label: string): void; clear(): void };

export function progressBar(stream: NodeJS.WriteStream = process.stderr, width = 24): ProgressBar {
  if (!stream.isTTY) return { update: () => undefined, clear: () => undefined };
  return {
    update(done, total, label) {
      const filled = total ? Math.round((done / total) * width) : 0;
      const bar = "█".repeat(filled) + "░".repeat(width - filled);
      const line = `${bar} ${done}/${total} ${label}`;
      stream.write(`\r${line.slice(0, Math.max((stream.columns ?? 80) - 1, 10))}\u001b[K`);
    },
    clear() {
      stream.write("\r\u001b[K");
    },
  };
}
