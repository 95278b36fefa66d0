// `npm run ingest` on files built to hurt it (tests/fixtures/bad-input/hostile-files.ts): each is ingested within
// the bounds an article may hold, with a warning naming the file, or refused in one line naming it and why; nothing
// it prints carries a raw control character. Every test starts from an empty database.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { FACT_LIMITS } from "@/lib/ingest/check-facts";
import { ingestFiles } from "@/lib/ingest/ingest-files";
import { HOSTILE_FILES, NOTES_SECRET, writeEscapeNames, writeHostileFiles, writeLinkedDirectory, writeNulManifest } from "../fixtures/bad-input/hostile-files";
import { HOSTILE_SHAPES } from "../fixtures/bad-input/hostile-shapes";
import { REPO, runScript } from "./support/run-script";

let dir: string;
const kallsymsIsLarge = await fs.readFile("/proc/kallsyms").then((bytes) => bytes.length > 5 * 1024 * 1024, () => false);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-hostile-ingest-"));
  await writeHostileFiles(dir);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("ingest of hostile files", () => {
  it("drops a quote of a megabyte with a warning, and keeps the rest of its article", async () => {
    const result = await runScript("ingest.ts", [path.join(dir, HOSTILE_FILES.hugeQuote)]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`warning: ${HOSTILE_FILES.hugeQuote}: 1 quote(s) or statement(s) longer than 10,000 characters; dropped`);
    const article = await db.article.findUniqueOrThrow({ where: { fileName: HOSTILE_FILES.hugeQuote }, select: { statements: { select: { text: true } } } });
    expect(article.statements.every((statement) => statement.text.length <= FACT_LIMITS.statementChars)).toBe(true);
  });

  it("ingests an article of 150,000 quotes with its first 5,000 and a warning, instead of overflowing the stack", async () => {
    const result = await runScript("ingest.ts", [path.join(dir, HOSTILE_FILES.manyQuotes)]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`warning: ${HOSTILE_FILES.manyQuotes}: 150,000 quotes; only the first 5,000 are kept`);
    expect(await db.statement.count({ where: { article: { fileName: HOSTILE_FILES.manyQuotes } } })).toBe(FACT_LIMITS.statements);
  }, 120_000);
});

describe("ingest of what a directory may hold besides articles", () => {
  it("reads regular files only, follows a link only inside the directory, and names each skipped entry and why", async () => {
    const linked = path.join(dir, "linked");
    await writeLinkedDirectory(linked, path.join(dir, "outside"));
    const result = await runScript("ingest.ts", [linked]);
    expect(result.code).toBe(1);
    const errors = result.stderr.split("\n").filter((line) => line.startsWith("error: "));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error: hostname\.txt: skipped: a symbolic link to \/etc\/hostname, outside /),
        expect.stringMatching(/^error: notes-link\.txt: skipped: a symbolic link to .*outside\/notes\.txt, outside /),
        expect.stringMatching(/^error: status\.txt: skipped: a symbolic link to \/proc\/\d+\/status, outside /),
        "error: pipe.txt: skipped: not a regular file (a FIFO, device, socket or directory)",
      ]),
    );
    const articles = await db.article.findMany({ select: { fileName: true, body: true } });
    expect(articles.map((article) => article.fileName).sort()).toEqual(["article.txt"]);
    // The link inside the directory is the same text as article.txt: refused as a duplicate, not as a link.
    expect(errors.some((line) => line.startsWith("error: inside-link.txt: has the same text as article.txt"))).toBe(true);
    expect(articles.some((article) => article.body.includes(NOTES_SECRET))).toBe(false);
  });

  it.runIf(kallsymsIsLarge)("reads a file that says it is empty but holds more than the limit only up to the limit", async () => {
    // /proc/kallsyms reports a size of 0 and reads as more than 5 MB: what a file swapped after its size check looks like.
    const result = await runScript("ingest.ts", ["/proc/kallsyms"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error: kallsyms: the file is over 5 MB; the limit is 5 MB");
    expect(await db.article.count()).toBe(0);
  });
});

describe("ingest's messages", () => {
  it("escapes control characters in file names, so none reaches the terminal raw", async () => {
    const named = path.join(dir, "named");
    await writeEscapeNames(named);
    await fs.writeFile(path.join(named, "empty\u001b[2K.txt"), "");
    const result = await runScript("ingest.ts", [named]);
    expect(result.stderr).not.toContain("\u001b");
    expect(result.stderr).not.toMatch(/^error: forged\.txt/m);
    expect(result.stderr).toContain("error: empty\\x1b[2K.txt: the file is empty");
    expect(await db.article.count()).toBe(3);
  });

  it("names the cause when a manifest's url holds a NUL byte", async () => {
    const nul = path.join(dir, "nul");
    await writeNulManifest(nul);
    const result = await runScript("ingest.ts", [nul]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*nul\/manifest\.json: entry "nul-url\.txt" has a control character \(U\+0000\) in its url$/m);
    expect(result.stderr.split("\n").filter((line) => /^error: [^:]+: $/.test(line))).toEqual([]);
  });
});

describe("the highlighter's marks inside an article", () => {
  it("are stored as U+FFFD, so a search cannot be faked", async () => {
    const result = await runScript("ingest.ts", [path.join(dir, HOSTILE_FILES.privateUse)]);
    expect(result.code, result.stderr).toBe(0);
    const article = await db.article.findUniqueOrThrow({ where: { fileName: HOSTILE_FILES.privateUse }, select: { body: true, statements: { select: { text: true } } } });
    expect(article.body).not.toMatch(/[\uE000\uE001]/);
    expect(article.body).toContain("The \uFFFDbudget\uFFFD is final");
    expect(article.statements.map((statement) => statement.text).join(" ")).not.toMatch(/[\uE000\uE001]/);
  });
});

describe("the time budget of one file", () => {
  it("stops a file whose extraction takes longer, names it, and loads the others of the run", async () => {
    const budgeted = path.join(dir, "budget");
    await fs.mkdir(budgeted, { recursive: true });
    const pairs = HOSTILE_SHAPES.find((shape) => shape.name === "quote pairs");
    await fs.writeFile(path.join(budgeted, "a-slow.txt"), pairs?.text(3 * 1024 * 1024) ?? "");
    await fs.copyFile(path.join(REPO, "tests", "fixtures", "bad-input", "corpus", "good.txt"), path.join(budgeted, "b-good.txt"));
    const outcomes = await ingestFiles(db, [budgeted], { threads: 1, budgetMs: 1_500 });
    expect(outcomes.map((outcome) => [path.basename(outcome.file), outcome.status])).toEqual([
      ["a-slow.txt", "failed"],
      ["b-good.txt", "new"],
    ]);
    expect(outcomes[0]).toMatchObject({ error: "a-slow.txt: extraction took longer than 1.5 s, the limit for one file; not ingested" });
    expect((await db.article.findMany({ select: { fileName: true } })).map((article) => article.fileName)).toEqual(["b-good.txt"]);
  }, 120_000);
});
