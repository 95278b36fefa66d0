// Mutation testing (npm run test:mutation, which runs scripts/mutation.ts): small changes to the rule modules, each
// run against the unit and integration tests that reach it. A change no test notices is a gap in the tests.
// One folder per run (READOUT_MUTATE), each with its own incremental file kept in tests/mutation/, so that a rerun
// tests only the mutants whose code or covering tests changed.
import { sampleLines } from "./tests/mutation/sample-lines.mjs";

const FOLDERS = {
  web: ["lib/web/**/*.ts"],
  queries: ["lib/db/queries/**/*.ts"],
  ingest: ["lib/ingest/**/*.ts"],
  // The scorer and fixtures under testing/ are test support, not rules.
  extract: ["lib/extract/**/*.ts", "!lib/extract/testing/**", "!lib/extract/test-helpers.ts"],
  // The files of a folder that hold its decisions, for a run that fits in an hour on a loaded 2-core machine: every
  // mutant there runs integration tests, a minute or more each when the machine is busy.
  "ingest-rules": ["lib/ingest/actor-match.ts", "lib/ingest/resolve-actors.ts", "lib/ingest/load-articles.ts"],
  "extract-rules": ["lib/extract/quotes/quote-marks.ts", "lib/extract/dates/find-dates.ts"],
};
const folder = process.env.READOUT_MUTATE ?? "web";
const patterns = FOLDERS[folder];
if (!patterns) throw new Error(`READOUT_MUTATE="${folder}" is not one of ${Object.keys(FOLDERS).join(", ")}`);
// READOUT_MUTATE_SAMPLE=N: the mutants of N lines of code drawn at random (seeded) from the folder's files, for an
// estimate of a folder's score where a full run takes hours (tests/mutation/sample-lines.mjs).
const sample = process.env.READOUT_MUTATE_SAMPLE ? Number(process.env.READOUT_MUTATE_SAMPLE) : null;
if (sample !== null && !(Number.isInteger(sample) && sample > 0)) throw new Error(`READOUT_MUTATE_SAMPLE must be a whole number of lines, not "${process.env.READOUT_MUTATE_SAMPLE}"`);
const mutate = sample === null ? patterns : sampleLines(patterns, sample, Number(process.env.READOUT_MUTATE_SEED ?? 1));
const runName = sample === null ? folder : `${folder}-sample`;

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  mutate: sample === null ? [...mutate, "!**/*.test.ts"] : mutate,
  testRunner: "vitest",
  // Both projects of vitest.config.ts: the integration project's globalSetup starts one PostgreSQL per test runner
  // (docs/decisions/010-mutation-testing.md).
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  plugins: ["@stryker-mutator/vitest-runner"],
  // Mutants reached only while modules load (lexicons, compiled patterns) would run every test: left out.
  ignoreStatic: true,
  // A shared 2-core machine: one or two test runners, each with its own PostgreSQL.
  concurrency: Number(process.env.READOUT_MUTATE_CONCURRENCY ?? 2),
  // Integration tests on a loaded machine: a mutant is a timeout only well past the dry run's time.
  timeoutMS: 30_000,
  timeoutFactor: 3,
  // A sample is a fresh draw each time: nothing to reuse.
  incremental: sample === null,
  incrementalFile: `tests/mutation/${folder}.json`,
  reporters: ["clear-text", "progress", "html", "json"],
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  htmlReporter: { fileName: `reports/mutation/${runName}.html` },
  jsonReporter: { fileName: `reports/mutation/${runName}.json` },
  thresholds: { high: 80, low: 60, break: null },
  // The sandbox needs the generated Prisma client (git-ignored) but not builds, databases or reports.
  ignorePatterns: [".next", ".data", "test-results", "playwright-report", "coverage", "reports", "bench/results", "tests/mutation"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};

export default config;
