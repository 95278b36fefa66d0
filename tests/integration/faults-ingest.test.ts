// Faults in the ingest, with the real CLI on a generated corpus: SIGKILL part-way then a rerun, and two
// ingests started at once, must both end exactly as one uninterrupted run into another database (same rows,
// no duplicates). `npm run faults:kill-ingest -- --articles N` runs the kill scenario standalone.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { writeCorpus } from "@/lib/corpus/write-corpus";
import { env } from "@/lib/env";
import { ingestKilledPartWay, ingestSummary, runIngest, startIngest } from "@/scripts/faults/ingest-runs";
import { fingerprintDifferences, recordFingerprint, type Fingerprint } from "@/scripts/faults/record-fingerprint";
import { createDatabaseFromTemplate, withClient } from "./support/database";
import { TEMPLATE_DATABASE, withDatabaseName } from "./support/database-names";

// The 1,000-article run: the batched ingest loads it in about 13 s here.
const ARTICLES = 1000;
const url = env.DATABASE_URL ?? "";
const referenceName = `readout_faults_reference_${process.env.VITEST_POOL_ID ?? "1"}`;
const referenceUrl = withDatabaseName(inject("adminDatabaseUrl"), referenceName);
let dir: string;
let reference: Fingerprint;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-faults-corpus-"));
  await writeCorpus(dir, { articles: ARTICLES, seed: 7 });
  await dropReference();
  await createDatabaseFromTemplate(referenceName, TEMPLATE_DATABASE);
  const run = await runIngest(referenceUrl, [dir]);
  expect(run.code, run.stderr).toBe(0);
  reference = await recordFingerprint(referenceUrl);
  expect(reference.counts.article).toBe(ARTICLES);
}, 120_000);

afterAll(async () => {
  await dropReference();
  await fs.rm(dir, { recursive: true, force: true });
});

function dropReference() {
  return withClient(inject("adminDatabaseUrl"), (admin) => admin.query(`DROP DATABASE IF EXISTS ${referenceName} WITH (FORCE)`));
}

describe("ingest faults", () => {
  it(`ends as an uninterrupted run after kill -9 half-way through ${ARTICLES} articles and a rerun`, async () => {
    const killed = await ingestKilledPartWay(url, [dir], ARTICLES / 2, 55_000);
    expect(killed.run.signal).toBe("SIGKILL");
    expect(killed.committed).toBeGreaterThanOrEqual(ARTICLES / 2);
    expect(killed.committed).toBeLessThan(ARTICLES);

    const rerun = await runIngest(url, [dir], 55_000);
    expect(rerun.code, rerun.stderr).toBe(0);
    // What the killed run committed is kept as is; the rest, and the article it was writing, load now.
    expect(ingestSummary(rerun.stdout)).toEqual({ new: ARTICLES - killed.committed, changed: 0, unchanged: killed.committed, failed: 0 });
    expect(fingerprintDifferences(reference, await recordFingerprint(url))).toEqual([]);
    console.info(`kill -9 at ${killed.committed}/${ARTICLES} articles after ${killed.run.seconds.toFixed(1)} s; rerun ${rerun.seconds.toFixed(1)} s; record equals the uninterrupted run`);
  });

  it("serializes two ingests of the same files started at once: each article loads once, no duplicates", async () => {
    const [first, second] = await Promise.all([startIngest(url, [dir], 55_000).done, startIngest(url, [dir], 55_000).done]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    const summaries = [ingestSummary(first.stdout), ingestSummary(second.stdout)];
    // Between them every article is new exactly once; the other run found it already loaded.
    expect((summaries[0]?.new ?? 0) + (summaries[1]?.new ?? 0)).toBe(ARTICLES);
    expect((summaries[0]?.unchanged ?? 0) + (summaries[1]?.unchanged ?? 0)).toBe(ARTICLES);
    expect(summaries.map((summary) => (summary?.changed ?? 0) + (summary?.failed ?? 0))).toEqual([0, 0]);
    expect(fingerprintDifferences(reference, await recordFingerprint(url))).toEqual([]);
    console.info(`two ingests at once: ${summaries[0]?.new} + ${summaries[1]?.new} new in ${Math.max(first.seconds, second.seconds).toFixed(1)} s; record equals one run`);
  });
});
