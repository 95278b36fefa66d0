// Decides whether the production build is missing or older than the sources it was built from.
import fs from "node:fs/promises";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "proxy.ts", "postcss.config.mjs", "tsconfig.json", "package.json", "package-lock.json"];

async function newestChange(entry: string): Promise<number> {
  const stat = await fs.stat(entry).catch(() => null);
  if (!stat) return 0;
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : stat.mtimeMs;
  const names = await fs.readdir(entry);
  const times = await Promise.all(names.map((name) => newestChange(path.join(entry, name))));
  return Math.max(0, ...times);
}

export async function buildIsStale(root: string): Promise<boolean> {
  const built = await fs.stat(path.join(root, ".next", "BUILD_ID")).catch(() => null);
  if (!built) return true;
  const changed = await Promise.all(SOURCES.map((source) => newestChange(path.join(root, source))));
  return Math.max(...changed) > built.mtimeMs;
}
