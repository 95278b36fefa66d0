// Extraction time on the bad inputs stays linear in their size: a bound of CPU seconds per MB holds for the
// 20 MB article, the 1,000,000-character line and 10,000 unclosed quotation marks alike, so nothing hangs.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/extract";
import { decodeArticleBytes } from "@/lib/source/decode";
import { FIXTURES, writeLargeInputs } from "../fixtures/bad-input/large-inputs";

// Ordinary text extracts at 0.25-1 CPU-second per MB; a hang (time growing with the square of the size) blows
// far past this bound, while a single-paragraph megabyte (3.5-4 s/MB measured) stays under it.
const CPU_SECONDS_PER_MB = 5;
// Below half a megabyte fixed costs and machine noise dominate, so a small file has a flat allowance instead.
const SMALL_FILE_CPU_SECONDS = 2.5;

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-bad-extract-"));
  await fs.cp(path.join(FIXTURES, "corpus"), dir, { recursive: true });
  await writeLargeInputs(dir);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function cpuSeconds(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

describe("extraction on bad input", () => {
  it(`takes at most ${CPU_SECONDS_PER_MB} CPU seconds per MB on every readable bad input`, async () => {
    const measured: Array<{ file: string; megabytes: number; seconds: number; perMegabyte: number; allowed: number }> = [];
    for (const file of (await fs.readdir(dir)).sort()) {
      const decoded = decodeArticleBytes(await fs.readFile(path.join(dir, file)));
      if (!decoded.ok) continue;
      const megabytes = Buffer.byteLength(decoded.text) / 1048576;
      const seconds = cpuSeconds(() => extractArticle(decoded.text, { file }));
      measured.push({ file, megabytes, seconds, perMegabyte: seconds / megabytes, allowed: Math.max(SMALL_FILE_CPU_SECONDS, CPU_SECONDS_PER_MB * megabytes) });
    }
    console.info(measured.map((row) => `${row.file}: ${row.megabytes.toFixed(3)} MB in ${row.seconds.toFixed(2)} CPU s (${row.perMegabyte.toFixed(2)} s/MB)`).join("\n"));
    expect(measured.map((row) => row.file)).toEqual(expect.arrayContaining(["one-long-line.txt", "twenty-megabytes.txt", "unclosed-quotes.txt"]));
    for (const row of measured) expect(row.seconds, `${row.file}: ${row.seconds.toFixed(2)} CPU s for ${row.megabytes.toFixed(3)} MB`).toBeLessThanOrEqual(row.allowed);
  });
});
