// Extracts one hostile shape at growing sizes and reports each on stdout as a JSON line: "start" before the
// extraction (so the parent can watch this process's CPU time), "done" with the CPU seconds it took.
// Usage: node --import tsx extract-scaling-child.ts <shape name> <bytes>...
import { extractArticle } from "@/lib/extract";
import { HOSTILE_SHAPES } from "@/tests/fixtures/bad-input/hostile-shapes";

const [name, ...sizes] = process.argv.slice(2);
const shape = HOSTILE_SHAPES.find((candidate) => candidate.name === name);
if (!shape) throw new Error(`no hostile shape is named "${name}"`);
extractArticle("The minister said: \u201cWe will go on.\u201d", { file: "warm-up.txt" });
for (const size of sizes.map(Number)) {
  const text = shape.text(size);
  console.log(JSON.stringify({ event: "start", bytes: Buffer.byteLength(text) }));
  const before = process.cpuUsage();
  extractArticle(text, { file: `${shape.name}.txt` });
  const used = process.cpuUsage(before);
  console.log(JSON.stringify({ event: "done", bytes: Buffer.byteLength(text), cpuSeconds: (used.user + used.system) / 1e6 }));
}
