// Writes a generated corpus to a directory: one .txt per article, manifest.json, and corpus.json (what was
// generated), so a second run with the same options knows the directory already holds that corpus.
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { generateArticles } from "./generate-corpus";

export type CorpusOptions = { articles: number; seed: number };
export type WrittenCorpus = { dir: string; articles: number; bytes: number; reused: boolean };

// Bumped whenever the generator's output changes, so a stamped directory from an older generator is rewritten.
export const GENERATOR_VERSION = 1;
const STAMP = "corpus.json";
const stamp = z.object({ articles: z.number(), seed: z.number(), version: z.number(), bytes: z.number() });

export class CorpusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CorpusError";
  }
}

async function readStamp(dir: string): Promise<z.infer<typeof stamp> | null> {
  const text = await fs.readFile(path.join(dir, STAMP), "utf8").catch(() => null);
  const parsed = text === null ? null : stamp.safeParse(JSON.parse(text));
  return parsed?.success ? parsed.data : null;
}

/** Writes the corpus unless `dir` already holds exactly it. Refuses a non-empty directory it did not write. */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<WrittenCorpus> {
  const previous = await readStamp(dir);
  if (previous && previous.articles === options.articles && previous.seed === options.seed && previous.version === GENERATOR_VERSION) {
    return { dir, articles: previous.articles, bytes: previous.bytes, reused: true };
  }
  const existing = await fs.readdir(dir).catch(() => [] as string[]);
  if (existing.length > 0 && !previous) throw new CorpusError(`--out ${dir}: the directory is not empty and holds no generated corpus; choose an empty or new directory`);
  await fs.mkdir(dir, { recursive: true });
  // A stamped directory is a corpus this generator wrote: its files are replaced, not mixed with new ones.
  await Promise.all(existing.filter((name) => name.endsWith(".txt") || name === "manifest.json" || name === STAMP).map((name) => fs.rm(path.join(dir, name))));
  const manifest = [];
  let bytes = 0;
  let batch: Promise<void>[] = [];
  for (const article of generateArticles(options)) {
    bytes += Buffer.byteLength(article.text);
    manifest.push(article.entry);
    batch.push(fs.writeFile(path.join(dir, article.file), article.text));
    if (batch.length >= 64) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  await fs.writeFile(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 0).replace(/\},\{/g, "},\n{") + "\n");
  await fs.writeFile(path.join(dir, STAMP), JSON.stringify({ ...options, version: GENERATOR_VERSION, bytes }) + "\n");
  return { dir, articles: options.articles, bytes, reused: false };
}
