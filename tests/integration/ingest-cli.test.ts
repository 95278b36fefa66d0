// `npm run ingest` as a person runs it, with the real extraction pipeline, against the worker's database.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { rowCounts, snapshot } from "./support/database";
import { REPO, runScript } from "./support/run-script";

const url = env.DATABASE_URL ?? "";
const ARTICLES = path.join(REPO, "data/articles");
let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-ingest-"));
  return () => fs.rm(dir, { recursive: true, force: true });
});

const ingest = (...args: string[]) => runScript("ingest.ts", args);

async function copyArticles(target: string): Promise<string[]> {
  await fs.mkdir(target, { recursive: true });
  const names = await fs.readdir(ARTICLES);
  for (const name of names) await fs.copyFile(path.join(ARTICLES, name), path.join(target, name));
  return names.filter((name) => name.endsWith(".txt"));
}

async function slugs() {
  const [actors, meetings] = await Promise.all([db.actor.findMany({ select: { slug: true } }), db.meeting.findMany({ select: { slug: true } })]);
  return { actors: actors.map((row) => row.slug).sort(), meetings: meetings.map((row) => row.slug).sort() };
}

describe("npm run ingest", () => {
  it("loads the five articles, every fact inside its article's text, and a second run changes no row", async () => {
    const files = await copyArticles(dir);
    const first = await ingest(dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Ingested ${files.length} file(s): ${files.length} new, 0 changed, 0 unchanged, 0 failed`);
    expect(first.stdout).toMatch(/Record: 5 articles, \d+ actors, \d+ meetings, \d+ quotes, \d+ statements; \d+ warning\(s\)/);

    const articles = await db.article.findMany({ include: { statements: true, mentions: true, sources: true, roles: true } });
    expect(articles.map((article) => article.fileName).sort()).toEqual(files.sort());
    for (const article of articles) {
      const spans = [...article.statements, ...article.mentions, ...article.sources];
      for (const span of spans) expect(span.start <= span.end && span.end <= article.body.length).toBe(true);
      expect(article.body).toBe(await fs.readFile(path.join(dir, article.fileName), "utf8"));
    }
    // The manifest beside the files supplies the publication date.
    const manifest: Array<{ file: string; publishedAt: string }> = JSON.parse(await fs.readFile(path.join(dir, "manifest.json"), "utf8"));
    for (const entry of manifest) {
      const article = articles.find((candidate) => candidate.fileName === entry.file);
      expect(article?.publishedAt?.toISOString().slice(0, 10)).toBe(entry.publishedAt);
    }

    const before = await snapshot(url);
    const second = await ingest(dir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(`${files.length} unchanged, 0 failed`);
    expect(await snapshot(url)).toEqual(before);
  });

  it("re-loads only an edited article and keeps the slugs of every actor and meeting", async () => {
    const files = await copyArticles(dir);
    expect((await ingest(dir)).code).toBe(0);
    const before = await slugs();
    const counts = await rowCounts(url);
    const edited = path.join(dir, files[2] ?? "");
    await fs.appendFile(edited, "\nThe article was updated with a closing line.\n");

    const result = await ingest(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`0 new, 1 changed, ${files.length - 1} unchanged, 0 failed`);
    const after = await slugs();
    expect(after.actors).toEqual(expect.arrayContaining(before.actors));
    expect(after.meetings).toEqual(expect.arrayContaining(before.meetings));
    expect((await rowCounts(url)).article).toBe(counts.article);
    const body = await db.article.findUniqueOrThrow({ where: { fileName: path.basename(edited) }, select: { body: true } });
    expect(body.body).toContain("closing line");
  });

  it("reports a file of random bytes by name, exits non-zero, and still loads the good article beside it", async () => {
    const [good] = await copyArticles(path.join(dir, "source"));
    await fs.copyFile(path.join(dir, "source", good ?? ""), path.join(dir, "good.txt"));
    await fs.writeFile(path.join(dir, "noise.txt"), randomBytes(8192));
    await fs.rm(path.join(dir, "source"), { recursive: true });

    const result = await ingest(dir);
    expect(result.code).toBe(1);
    const errors = result.stderr.split("\n").filter((line) => line.startsWith("error:"));
    expect(errors).toEqual([expect.stringMatching(/^error: noise\.txt: .+/)]);
    expect(result.stdout).toContain("Ingested 2 file(s): 1 new, 0 changed, 0 unchanged, 1 failed");
    expect((await db.article.findMany({ select: { fileName: true } })).map((row) => row.fileName)).toEqual(["good.txt"]);
  });

  it("uses --manifest over the directory's own and reports a missing path by name", async () => {
    const [name] = await copyArticles(dir);
    const manifest = path.join(dir, "other-manifest.json");
    await fs.writeFile(manifest, JSON.stringify([{ file: name, publishedAt: "2001-02-03", outlet: "Test Outlet", url: "https://example.com/a" }]));
    const result = await ingest("--manifest", manifest, path.join(dir, name ?? ""), path.join(dir, "missing.txt"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*missing\.txt: no such file or directory$/m);
    const article = await db.article.findUniqueOrThrow({ where: { fileName: name } });
    expect(article).toMatchObject({ outlet: "Test Outlet", url: "https://example.com/a" });
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2001-02-03");
  });

  it("refuses a broken manifest by name and ingests none of the files it governs", async () => {
    await copyArticles(dir);
    await fs.writeFile(path.join(dir, "manifest.json"), "{ not json");
    const result = await ingest(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*manifest\.json: the manifest is not valid JSON$/m);
    expect(await db.article.count()).toBe(0);
  });

  it("explains its usage when given no file", async () => {
    const result = await ingest();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: npm run ingest -- [--manifest FILE] FILE_OR_DIR...");
  });
});
