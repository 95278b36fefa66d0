// Finds article files and reads them: the I/O edge in front of the pure extraction pipeline.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { ArticleMeta, ManifestEntry } from "@/lib/extract/schema";
import { decodeArticleBytes } from "./decode";

/**
 * Largest article file Readout reads; anything bigger is refused by name, not loaded. Some fifty times the
 * longest news article: a bigger file is a dump or a mistake, and loading 20 MB of facts took a minute and 1.6 GB.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type SourceArticle = { path: string; meta: ArticleMeta; text: string; contentHash: string; encoding: string };
export type SourceError = { path: string; file: string; message: string };
export type SourceResult = { ok: true; article: SourceArticle } | { ok: false; error: SourceError };

/** Expands directories to their `.txt` files (sorted); a missing path is an error naming it. */
export async function listArticleFiles(inputs: string[]): Promise<{ files: string[]; errors: SourceError[] }> {
  const files: string[] = [];
  const errors: SourceError[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat) {
      errors.push({ path: input, file: path.basename(input), message: `${input}: no such file or directory` });
    } else if (stat.isDirectory()) {
      const names = (await fs.readdir(input)).filter((name) => name.endsWith(".txt")).sort();
      files.push(...names.map((name) => path.join(input, name)));
    } else {
      files.push(input);
    }
  }
  return { files: [...new Set(files)], errors };
}

export async function readArticle(file: string, manifest?: Map<string, ManifestEntry>): Promise<SourceResult> {
  const base = path.basename(file);
  const fail = (message: string): SourceResult => ({ ok: false, error: { path: file, file: base, message: `${base}: ${message}` } });
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) return fail("not a readable file");
  if (stat.size > MAX_ARTICLE_BYTES) return fail(`the file is ${(stat.size / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB`);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return fail(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`);
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return fail(decoded.reason);
  const entry = manifest?.get(base);
  return {
    ok: true,
    article: {
      path: file,
      text: decoded.text,
      encoding: decoded.encoding,
      contentHash: createHash("sha256").update(bytes).digest("hex"),
      meta: { file: base, publishedAt: entry?.publishedAt ?? null, outlet: entry?.outlet ?? null, url: entry?.url ?? null, title: entry?.title ?? null },
    },
  };
}
