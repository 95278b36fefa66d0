// Benchmark: extraction throughput on one core over a generated corpus of at least 5 MB, best of
// several passes (npm run bench:extract -- --runs=5).
// The corpus recombines the project's own article sentences with synthetic news sentences.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { extractArticle } from "@/lib/extract";

const TARGET_BYTES = 5.5 * 1024 * 1024;
const root = path.resolve(import.meta.dirname, "..");

/** A small deterministic generator so every run measures the same corpus. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const FIRST = ["Ana", "Omar", "Lina", "Paul", "Clara", "Tom", "Maria", "David", "Sara", "Peter", "Helen", "Mark", "Rita", "Jonas", "Eva"];
const LAST = ["Ruiz", "Haddad", "Park", "Grant", "Diaz", "Reed", "Lopez", "Stern", "Moreno", "Cole", "Varga", "Berg", "Ellis", "Ward", "Chen"];
const TITLES = ["Foreign Minister", "Defense Secretary", "Senator", "Governor", "Prime Minister", "National Security Adviser", "Mayor", "Ambassador"];
const COUNTRIES = ["France", "Brazil", "Japan", "Kenya", "Canada", "Egypt", "Poland", "India"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "May 4", "Feb. 12, 2024", "last week", "today"];

function syntheticSentence(r: () => number): string {
  const pick = <T,>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const person = () => `${pick(TITLES)} ${pick(FIRST)} ${pick(LAST)}`;
  const templates = [
    () => `${person()} met with ${person()} and ${person()} in ${pick(COUNTRIES)} on ${pick(DAYS)}.`,
    () => `"We will not accept this," ${person()} said. "The talks must continue."`,
    () => `${person()} said that the agreement with ${pick(COUNTRIES)} would be signed ${pick(DAYS)}.`,
    () => `According to ${person()}, the delegation was set to meet ${person()} at the embassy.`,
    () => `A senior official told reporters that the plan was "a serious mistake."`,
    () => `${pick(LAST)} emphasized the need to protect civilians, calling the strike "unacceptable."`,
    () => `${person()} canceled a planned meeting with ${person()} after the vote.`,
  ];
  return pick(templates)();
}

function buildCorpus(): string[] {
  const dir = path.join(root, "data/articles");
  const seedSentences = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).flatMap((f) => fs.readFileSync(path.join(dir, f), "utf8").split(/(?<=[.!?])\s+|\n+/)).filter((s) => s.trim().length > 20);
  const r = rng(42);
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const lines: string[] = [];
    const n = 12 + Math.floor(r() * 20);
    for (let i = 0; i < n; i++) lines.push(r() < 0.5 ? (seedSentences[Math.floor(r() * seedSentences.length)] ?? "") : syntheticSentence(r));
    const article = lines.join("\n");
    articles.push(article);
    bytes += Buffer.byteLength(article);
  }
  return articles;
}

const articles = buildCorpus();
const megabytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0) / (1024 * 1024);
// Several passes: on a shared machine one pass can be slowed by other work; the best pass is the engine's speed.
const RUNS = Math.max(1, Number(/^--runs=(\d+)$/.exec(process.argv[2] ?? "")?.[1] ?? 3));
extractArticle(articles[0] ?? "", { file: "warmup.txt", publishedAt: "2024-05-16" });
const passes: { seconds: number; cpuSeconds: number }[] = [];
let quotes = 0;
for (let run = 0; run < RUNS; run++) {
  const started = process.cpuUsage();
  const wall = performance.now();
  quotes = 0;
  for (let i = 0; i < articles.length; i++) quotes += extractArticle(articles[i] ?? "", { file: `bench-${i}.txt`, publishedAt: "2024-05-16" }).quotes.length;
  const cpu = process.cpuUsage(started);
  passes.push({ seconds: (performance.now() - wall) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 });
}
const best = passes.reduce((a, b) => (b.cpuSeconds < a.cpuSeconds ? b : a));
const result = {
  date: new Date().toISOString(),
  articles: articles.length,
  megabytes: Number(megabytes.toFixed(2)),
  runs: RUNS,
  seconds: Number(best.seconds.toFixed(2)),
  mbPerSecond: Number((megabytes / best.seconds).toFixed(2)),
  cpuSeconds: Number(best.cpuSeconds.toFixed(2)),
  // On a shared machine wall time includes waiting for a core; CPU time of this process does not.
  mbPerCpuSecond: Number((megabytes / best.cpuSeconds).toFixed(2)),
  cpuSecondsPerRun: passes.map((p) => Number(p.cpuSeconds.toFixed(2))),
  loadAverage: Number(os.loadavg()[0]?.toFixed(2) ?? 0),
  cpus: os.cpus().length,
  quotes,
  node: process.version,
};
console.log(`best of ${RUNS} passes (CPU seconds per pass: ${result.cpuSecondsPerRun.join(", ")})`);
console.log("articles     MB   seconds   MB/s   CPU s   MB/CPU-s   CPUs   load");
console.log(`${String(result.articles).padStart(8)} ${result.megabytes.toFixed(2).padStart(6)} ${result.seconds.toFixed(2).padStart(9)} ${result.mbPerSecond.toFixed(2).padStart(6)} ${result.cpuSeconds.toFixed(2).padStart(7)} ${result.mbPerCpuSecond.toFixed(2).padStart(10)} ${String(result.cpus).padStart(6)} ${result.loadAverage.toFixed(1).padStart(6)}`);
const outDir = path.join(root, "bench/results");
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, `extract-${result.date.replace(/[:.]/g, "-")}.json`);
fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
console.log(`written ${path.relative(root, file)}`);
