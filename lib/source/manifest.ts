// Reads a manifest.json: publication facts that win over what extraction infers.
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { manifest, type ManifestEntry } from "@/lib/extract/schema";

export class ManifestError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = "ManifestError";
  }
}

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
const printableName = (name: string) => name.replace(new RegExp(CONTROL_CHARACTER.source, "g"), "?");

function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:";
  } catch {
    return false;
  }
}

/** Entries keyed by file base name. A manifest may only name files beside the articles, never a path. */
export async function readManifest(file: string): Promise<Map<string, ManifestEntry>> {
  let raw: string;
  try {
    raw = await fs.readFile(file, "utf8");
  } catch (error) {
    throw new ManifestError(file, `cannot read the manifest (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\ufeff/, ""));
  } catch {
    throw new ManifestError(file, "the manifest is not valid JSON");
  }
  const parsed = manifest.safeParse(json);
  if (!parsed.success) throw new ManifestError(file, `the manifest does not match its format: ${z.prettifyError(parsed.error).replace(/\n/g, "; ")}`);
  const entries = new Map<string, ManifestEntry>();
  for (const entry of parsed.data) {
    if (entry.file !== path.basename(entry.file) || entry.file === "." || entry.file === "..") {
      throw new ManifestError(file, `entry "${entry.file}" is a path; a manifest names files by their base name`);
    }
    if (entries.has(entry.file)) throw new ManifestError(file, `"${entry.file}" is listed twice`);
    // PostgreSQL stores no NUL byte, and no other control character belongs in a name, title, outlet or address.
    for (const field of ["file", "title", "outlet", "url"] as const) {
      const value = entry[field];
      const control = value ? CONTROL_CHARACTER.exec(value) : null;
      if (control) throw new ManifestError(file, `entry "${printableName(entry.file)}" has a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}) in its ${field}`);
    }
    // The URL becomes a link on the article's page: only web addresses, never javascript: or data: ones.
    if (entry.url && !isWebAddress(entry.url)) throw new ManifestError(file, `entry "${entry.file}" has url "${entry.url.slice(0, 80)}"; a url must start with http:// or https://`);
    entries.set(entry.file, entry);
  }
  return entries;
}

/** One line per entry naming a file that is not beside the manifest (a directory's own manifest.json). */
export async function listedButMissing(file: string, entries: Map<string, ManifestEntry>): Promise<string[]> {
  const dir = path.dirname(file);
  const present = new Set(await fs.readdir(dir).catch(() => [] as string[]));
  return [...entries.keys()].filter((name) => !present.has(name)).map((name) => `${path.basename(file)}: lists ${name}, which is not in ${dir}`);
}
