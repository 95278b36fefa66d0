import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listedButMissing, readManifest } from "./manifest";

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-manifest-"));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

async function manifest(entries: unknown): Promise<string> {
  const file = path.join(dir, "manifest.json");
  await fs.writeFile(file, typeof entries === "string" ? entries : JSON.stringify(entries));
  return file;
}

describe("readManifest", () => {
  it("keys entries by file name", async () => {
    const entries = await readManifest(await manifest([{ file: "a.txt", publishedAt: "2024-01-02", url: "https://example.com/a" }]));
    expect(entries.get("a.txt")).toMatchObject({ publishedAt: "2024-01-02", url: "https://example.com/a" });
  });

  it.each([
    ["{ not json", /the manifest is not valid JSON$/],
    [[{ file: "../../etc/passwd" }], /entry "\.\.\/\.\.\/etc\/passwd" is a path/],
    [[{ file: "a.txt" }, { file: "a.txt" }], /"a\.txt" is listed twice/],
    [[{ file: "a.txt", url: "javascript:alert(1)" }], /entry "a\.txt" has url "javascript:alert\(1\)"; a url must start with http:\/\/ or https:\/\//],
    [[{ file: "a.txt", url: "data:text/html,<script>x</script>" }], /a url must start with http/],
    [[{ file: "a.txt", publishedAt: "June" }], /does not match its format/],
    [[{ file: "a.txt", url: "https://example.com/a\u0000b" }], /entry "a\.txt" has a control character \(U\+0000\) in its url$/],
    [[{ file: "a.txt", title: "Line\nbreak" }], /entry "a\.txt" has a control character \(U\+000A\) in its title$/],
  ])("refuses %j in one line naming the manifest", async (entries, message) => {
    const file = await manifest(entries);
    const error = await readManifest(file).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.startsWith(`${file}: `)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });
});

describe("listedButMissing", () => {
  it("names each listed file that is not beside the manifest", async () => {
    await fs.writeFile(path.join(dir, "here.txt"), "text");
    const file = await manifest([{ file: "here.txt" }, { file: "gone.txt" }]);
    expect(await listedButMissing(file, await readManifest(file))).toEqual([`manifest.json: lists gone.txt, which is not in ${dir}`]);
  });
});
