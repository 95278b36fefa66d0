// Identifies the extraction code: a file whose bytes and extraction fingerprint are both unchanged is skipped
// without being extracted again; a new pipeline (any change under lib/extract) re-reads every file once.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Inside the web app's bundle there is no module directory; the server runs from the repository's root.
const EXTRACT_DIR = import.meta.dirname ? path.resolve(import.meta.dirname, "../extract") : path.resolve(process.cwd(), "lib/extract");
let cached: string | undefined;

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sources(full);
      return /\.(ts|json)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

export function extractorFingerprint(): string {
  if (cached) return cached;
  const hash = createHash("sha256");
  for (const file of sources(EXTRACT_DIR)) hash.update(path.relative(EXTRACT_DIR, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  cached = hash.digest("hex").slice(0, 32);
  return cached;
}
