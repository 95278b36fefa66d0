// Prints the merged unit + integration coverage (coverage/coverage-summary.json, written by `vitest run
// --coverage`) per folder of lib/: lines and branches covered, as in README.md's "Tests" section.
import fs from "node:fs";
import path from "node:path";

type Counts = { total: number; covered: number };
type FileSummary = { lines: Counts; branches: Counts; functions: Counts; statements: Counts };

const file = path.join("coverage", "coverage-summary.json");
if (!fs.existsSync(file)) {
  console.error(`coverage-folders: ${file} is missing; run \`vitest run --coverage\` first`);
  process.exit(2);
}
const summary = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, FileSummary>;
const lib = path.resolve("lib");

// A folder is lib/<name>, or lib/<name>/<sub> for the folders that group separate rules (db/queries, extract/quotes).
const SPLIT = new Set(["db", "extract"]);
function folderOf(absolute: string): string {
  const parts = path.relative(lib, absolute).split(path.sep);
  if (parts.length <= 1) return "lib";
  const [first, second] = parts;
  return SPLIT.has(first ?? "") && parts.length > 2 ? `lib/${first}/${second}` : `lib/${first}`;
}

const folders = new Map<string, { lines: Counts; branches: Counts; files: number }>();
const add = (into: Counts, from: Counts) => ((into.total += from.total), (into.covered += from.covered));
for (const [name, counts] of Object.entries(summary)) {
  if (name === "total") continue;
  const folder = folderOf(name);
  // A subfolder counts towards its own row and towards its parent's (lib/extract/quotes and lib/extract).
  for (const key of new Set([folder, folder.split("/").slice(0, 2).join("/")])) {
    const row = folders.get(key) ?? { lines: { total: 0, covered: 0 }, branches: { total: 0, covered: 0 }, files: 0 };
    add(row.lines, counts.lines);
    add(row.branches, counts.branches);
    row.files += 1;
    folders.set(key, row);
  }
}

const percent = (counts: Counts) => (counts.total === 0 ? "  -  " : `${((100 * counts.covered) / counts.total).toFixed(1).padStart(5)}%`);
console.log("folder                    files  lines   branches");
for (const [name, folder] of [...folders.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${name.padEnd(25)} ${String(folder.files).padStart(5)}  ${percent(folder.lines)}  ${percent(folder.branches)}`);
}
const total = summary.total;
if (total) console.log(`${"lib (all)".padEnd(25)} ${"".padStart(5)}  ${percent(total.lines)}  ${percent(total.branches)}`);
