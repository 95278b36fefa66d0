// Finds article files and reads them: the I/O edge in front of the pure extraction pipeline.
import { createHash } from "node:crypto";
import { constants as fsConstants } from "node:fs";
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

/**
 * Expands directories to their `.txt` files (sorted); a missing path is an error naming it. Only regular files are
 * read: in a directory, a symbolic link is followed only when the file it leads to lies inside that directory (a
 * link to a private notes file, /etc/hostname or /proc/self/status would otherwise be published as an article),
 * and FIFOs, devices and sockets are skipped; each skipped entry is an error saying why.
 */
export async function listArticleFiles(inputs: string[]): Promise<{ files: string[]; errors: SourceError[] }> {
  const files: string[] = [];
  const errors: SourceError[] = [];
  const skip = (file: string, why: string) => errors.push({ path: file, file: path.basename(file), message: `${path.basename(file)}: skipped: ${why}` });
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat) {
      errors.push({ path: input, file: path.basename(input), message: `${input}: no such file or directory` });
    } else if (stat.isDirectory()) {
      const root = await fs.realpath(input);
      for (const entry of (await fs.readdir(input, { withFileTypes: true })).filter((dirent) => dirent.name.endsWith(".txt")).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const file = path.join(input, entry.name);
        const why = await whyNotReadable(file, root);
        if (why) skip(file, why);
        else files.push(file);
      }
    } else if (!stat.isFile()) {
      skip(input, "not a regular file");
    } else {
      files.push(input);
    }
  }
  return { files: [...new Set(files)], errors };
}

/** Why a directory entry is not read as an article, or null when it is a regular file inside `root`. */
async function whyNotReadable(file: string, root: string): Promise<string | null> {
  const link = await fs.lstat(file);
  if (link.isSymbolicLink()) {
    const target = await fs.realpath(file).catch(() => null);
    if (!target) return "a symbolic link to nothing";
    if (!target.startsWith(root + path.sep)) return `a symbolic link to ${target}, outside ${root}`;
    return (await fs.stat(target)).isFile() ? null : "a symbolic link to something that is not a regular file";
  }
  return link.isFile() ? null : "not a regular file (a FIFO, device, socket or directory)";
}

/**
 * Reads at most the size limit (and one byte more, to know it is over) from one open handle: a file checked first and
 * read after could be swapped in between for a bigger one. O_NONBLOCK: opening a FIFO does not wait for a writer.
 */
async function readBounded(file: string): Promise<{ bytes: Buffer } | { problem: string }> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (error) {
    return { problem: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? "unknown error"})` };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { problem: "not a readable file" };
    if (stat.size > MAX_ARTICLE_BYTES) return { problem: tooLarge(`${(stat.size / 1048576).toFixed(1)} MB`) };
    // Sized by the file (plus one byte to notice growth); a file that grows while read is read up to the limit.
    let buffer = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(buffer.length, MAX_ARTICLE_BYTES + 1 - buffer.length))]);
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_ARTICLE_BYTES) return { problem: tooLarge(`over ${MAX_ARTICLE_BYTES / 1048576} MB`) };
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { problem: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? "unknown error"})` };
  } finally {
    await handle.close();
  }
}

const tooLarge = (size: string) => `the file is ${size}; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB`;

export async function readArticle(file: string, manifest?: Map<string, ManifestEntry>): Promise<SourceResult> {
  const base = path.basename(file);
  const fail = (message: string): SourceResult => ({ ok: false, error: { path: file, file: base, message: `${base}: ${message}` } });
  const read = await readBounded(file);
  if ("problem" in read) return fail(read.problem);
  const { bytes } = read;
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
