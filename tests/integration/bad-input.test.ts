// `npm run ingest` on a corpus of bad inputs (tests/fixtures/bad-input): each bad file is reported in one
// line naming it or handled as text, nothing of a refused file is written, the good files load, the exit
// code says something failed, and a rerun changes nothing.
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { childEnv, env } from "@/lib/env";
import { FIXTURES, LARGE_INPUTS, writeLargeInputs } from "../fixtures/bad-input/large-inputs";
import { snapshot } from "./support/database";
import { REPO, type ScriptResult } from "./support/run-script";

const url = env.DATABASE_URL ?? "";
let dir: string;
/** Every bad input; `quick` leaves out the two long ones that are read whole (the 1 MB line, 10,000 marks). */
let inputs: string[];
let quick: string[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-bad-input-"));
  await fs.cp(FIXTURES, dir, { recursive: true, filter: (source) => !source.endsWith(".ts") });
  await writeLargeInputs(path.join(dir, "large"));
  for (const name of [LARGE_INPUTS.random, LARGE_INPUTS.twentyMegabytes]) await fs.rename(path.join(dir, "large", name), path.join(dir, "corpus", name));
  quick = ["corpus", "manifest-not-json", "manifest-missing-file", "manifest-path", "page.html"].map((input) => path.join(dir, input));
  inputs = [...quick, path.join(dir, "large")];
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The ingest CLI, killed if it outlives its test (a stray run would write into the next test's database). */
function ingest(args: string[], timeoutMs = 55_000): Promise<ScriptResult> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "ingest.ts"), ...args], { cwd: REPO, env: childEnv({}), timeout: timeoutMs, killSignal: "SIGKILL" });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Node's own notices, not Readout's output: Prisma splits very large inserts into concurrent queries, which pg 8 reports as deprecated. */
const isRuntimeNotice = (line: string) => /^\(node:\d+\) \w*Warning: /.test(line) || line.startsWith("(Use `node --trace-");

// What each bad input must produce on stderr: exactly these lines, one per problem, each naming its file.
const expectedErrors = [
  /^error: empty\.txt: the file is empty$/,
  /^error: random-bytes\.txt: the file is binary, not text$/,
  /^error: twenty-megabytes\.txt: the file is 20\.0 MB; the limit is 5 MB$/,
  /^error: saved-page\.txt: the file is an HTML page, not article text; .+$/,
  /^error: page\.html: the file is an HTML page, not article text; .+$/,
  /^error: same-text-b\.txt: has the same text as same-text-a\.txt, which is already in the record; not ingested twice$/,
  /^error: .*manifest-not-json\/manifest\.json: the manifest is not valid JSON$/,
  /^error: not-json-article\.txt: not ingested because its manifest .*manifest-not-json\/manifest\.json is unusable$/,
  /^error: manifest\.json: lists missing\.txt, which is not in .*manifest-missing-file$/,
  /^error: .*manifest-path\/manifest\.json: entry "\.\.\/\.\.\/etc\/passwd" is a path; a manifest names files by their base name$/,
  /^error: path-article\.txt: not ingested because its manifest .*manifest-path\/manifest\.json is unusable$/,
];

const ingested = [
  "bom-crlf.txt",
  "good.txt",
  "latin-1.txt",
  "missing-file-article.txt",
  LARGE_INPUTS.longLine,
  "same-text-a.txt",
  LARGE_INPUTS.unclosedQuotes,
].sort();

describe("npm run ingest on bad input", () => {
  it("reports every bad file in one line naming it, loads the good files whole, and exits 1", async () => {
    const started = performance.now();
    const result = await ingest(inputs);
    const seconds = (performance.now() - started) / 1000;
    expect(result.code, result.stderr).toBe(1);
    const lines = result.stderr.split("\n").filter((line) => line && !isRuntimeNotice(line));
    // Nothing but one-line errors: no stack trace, no multi-line message.
    expect(lines.filter((line) => !line.startsWith("error: ") && !line.startsWith("warning: "))).toEqual([]);
    const errors = lines.filter((line) => line.startsWith("error: "));
    for (const pattern of expectedErrors) expect(errors.filter((line) => pattern.test(line)), String(pattern)).toHaveLength(1);
    expect(errors).toHaveLength(expectedErrors.length);
    expect(result.stdout).toContain(`${ingested.length} new, 0 changed, 0 unchanged, ${expectedErrors.length} failed`);

    const articles = await db.article.findMany({ select: { fileName: true, body: true, publishedAt: true, outlet: true, statements: true, mentions: true } });
    expect(articles.map((article) => article.fileName).sort()).toEqual(ingested);
    // Every fact lies inside its article's text: nothing half-written.
    for (const article of articles) {
      for (const span of [...article.statements, ...article.mentions]) expect(span.start >= 0 && span.start <= span.end && span.end <= article.body.length).toBe(true);
    }
    console.info(`bad-input ingest: ${articles.length} loaded, ${errors.length} refused in ${seconds.toFixed(1)} s`);
  });

  it("reads a Windows-1252 file as that text, and a BOM with CRLF line ends as plain text", async () => {
    expect((await ingest([path.join(dir, "corpus", "latin-1.txt"), path.join(dir, "corpus", "bom-crlf.txt")])).code).toBe(0);
    const latin = await db.article.findUniqueOrThrow({ where: { fileName: "latin-1.txt" }, select: { body: true, statements: true } });
    expect(latin.body).toContain("Café owners in Lyon met Mayor Renée Dubois");
    expect(latin.body).toContain("\u201cWe will reopen the covered market before the summer,\u201d Dubois said");
    expect(latin.body).toContain("rents of £500");
    expect(latin.statements.map((statement) => statement.text).join(" ")).toContain("We will reopen the covered market");

    const bom = await db.article.findUniqueOrThrow({ where: { fileName: "bom-crlf.txt" }, select: { body: true, statements: true } });
    const bytes = await fs.readFile(path.join(dir, "corpus", "bom-crlf.txt"));
    // The body is the file as a UTF-8 reader sees it, BOM included, so offsets agree with any other reader.
    expect(bom.body).toBe(bytes.toString("utf8"));
    expect(bom.body.startsWith("\ufeff")).toBe(true);
    expect(bom.body).toContain("\r\n");
    const quote = bom.statements.find((statement) => statement.text.includes("grain corridor"));
    expect(quote, "the quote after a BOM and CRLF is found").toBeTruthy();
    // Offsets point at the quote in the stored text.
    expect(bom.body.slice(quote?.start, quote?.end)).toContain("We agreed to keep the grain corridor open");
  });

  it("changes nothing when the same bad corpus is ingested again", async () => {
    expect((await ingest(quick, 25_000)).code).toBe(1);
    const before = await snapshot(url);
    const again = await ingest(quick, 25_000);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(`0 new, 0 changed, ${ingested.length - 2} unchanged, ${expectedErrors.length} failed`);
    expect(await snapshot(url)).toEqual(before);
  });
});
