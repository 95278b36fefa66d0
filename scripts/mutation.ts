// `npm run test:mutation [--sample N [--seed S]] [web|queries|ingest|extract|ingest-rules|extract-rules ...]` runs StrykerJS over each rule folder in turn (all four
// by default, smallest first), incrementally: only mutants whose code or covering tests changed are tested again.
// Slow (minutes to hours per folder): not part of `npm test`. Scores: README.md, "Mutation testing".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const FOLDERS = ["web", "queries", "ingest", "extract"];
// A folder's rule files alone (stryker.config.mjs), for a shorter run; named explicitly, never run by default.
const RULE_SETS = ["ingest-rules", "extract-rules"];
const { values, positionals: chosen } = parseArgs({ options: { sample: { type: "string" }, seed: { type: "string", default: "1" } }, allowPositionals: true });
if (values.sample !== undefined && !/^[1-9]\d*$/.test(values.sample)) {
  console.error(`test:mutation: --sample must be a whole number of lines, not "${values.sample}"`);
  process.exit(2);
}
if (!/^\d+$/.test(values.seed)) {
  console.error(`test:mutation: --seed must be a whole number, not "${values.seed}"`);
  process.exit(2);
}
// --sample N: the mutants of N random lines of each folder (stryker.config.mjs), an estimate where a full run takes hours.
const sampleEnv = values.sample === undefined ? {} : { READOUT_MUTATE_SAMPLE: values.sample, READOUT_MUTATE_SEED: values.seed };
const unknown = chosen.filter((folder) => !FOLDERS.includes(folder) && !RULE_SETS.includes(folder));
if (unknown.length > 0) {
  console.error(`test:mutation: unknown folder ${unknown.join(", ")}; use ${[...FOLDERS, ...RULE_SETS].join(", ")}`);
  process.exit(2);
}

const stryker = path.join("node_modules", ".bin", "stryker");
for (const folder of chosen.length > 0 ? chosen : FOLDERS) {
  console.log(`test:mutation: ${folder}`);
  const started = Date.now();
  const run = spawnSync(stryker, ["run", "stryker.config.mjs"], { stdio: "inherit", env: { ...process.env, ...sampleEnv, READOUT_MUTATE: folder } });
  console.log(`test:mutation: ${folder} took ${Math.round((Date.now() - started) / 1000)} s`);
  if (run.status !== 0) process.exit(run.status ?? 1);
  forgetProjectRoot(path.join("tests", "mutation", `${folder}.json`));
}

/** The incremental file is committed: it keeps no path of the machine that wrote it. */
function forgetProjectRoot(file: string): void {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  delete report.projectRoot;
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
