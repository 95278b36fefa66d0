// `npm run ingest` on files built to hurt it (tests/fixtures/bad-input/hostile-files.ts): each is ingested within
// the bounds an article may hold, with a warning naming the file, or refused in one line naming it.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { FACT_LIMITS } from "@/lib/ingest/check-facts";
import { HOSTILE_FILES, writeHostileFiles } from "../fixtures/bad-input/hostile-files";
import { runScript } from "./support/run-script";

let dir: string;

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
