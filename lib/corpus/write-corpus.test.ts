import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { manifest } from "@/lib/extract/schema";
import { CorpusError, writeCorpus } from "./write-corpus";

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-corpus-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("writeCorpus", () => {
  it("writes the articles and a manifest naming each of them, then reuses them", async () => {
    const out = path.join(dir, "corpus");
    const first = await writeCorpus(out, { articles: 25, seed: 3 });
    const entries = manifest.parse(JSON.parse(await fs.readFile(path.join(out, "manifest.json"), "utf8")));
    const files = (await fs.readdir(out)).filter((name) => name.endsWith(".txt")).sort();
    expect(first.reused).toBe(false);
    expect(entries.map((entry) => entry.file).sort()).toEqual(files);
    expect(files).toHaveLength(25);
    expect((await writeCorpus(out, { articles: 25, seed: 3 })).reused).toBe(true);
  });

  it("replaces a smaller corpus it wrote, leaving no stale files", async () => {
    await writeCorpus(dir, { articles: 12, seed: 3 });
    await writeCorpus(dir, { articles: 5, seed: 4 });
    expect((await fs.readdir(dir)).filter((name) => name.endsWith(".txt"))).toHaveLength(5);
  });

  it("refuses a directory holding files it did not write", async () => {
    await fs.writeFile(path.join(dir, "notes.txt"), "mine");
    await expect(writeCorpus(dir, { articles: 3, seed: 1 })).rejects.toThrow(CorpusError);
    expect(await fs.readdir(dir)).toEqual(["notes.txt"]);
  });
});
