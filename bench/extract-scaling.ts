// Benchmark: extraction time per MB from 10 KB to 5 MB on the hostile shapes (tests/fixtures/bad-input/hostile-shapes.ts).
// Linear work gives the same seconds per MB at every size; work that grows with the square of the size gives a
// number that grows with the size. `npm run bench:extract-scaling [-- --max-mb 5]`.
import os from "node:os";
import { parseArgs } from "node:util";
import { extractArticle } from "@/lib/extract";
import { HOSTILE_SHAPES } from "@/tests/fixtures/bad-input/hostile-shapes";

const { values } = parseArgs({ options: { "max-mb": { type: "string", default: "5" } } });
const maxBytes = Number(values["max-mb"]) * 1024 * 1024;
const SIZES = [10 * 1024, 100 * 1024, 1024 * 1024, 5 * 1024 * 1024].filter((size) => size <= maxBytes);

function cpuSeconds(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

console.log(`# ${os.cpus()[0]?.model ?? "cpu"} x${os.availableParallelism()}, Node ${process.version}, load ${os.loadavg()[0]?.toFixed(2)}`);
// Compile the extraction code first, so the smallest size does not pay for it.
extractArticle("The minister said: \u201cWe will go on.\u201d", { file: "warm-up.txt" });
console.log(["shape", ...SIZES.map((size) => `${size / 1024} KB (s/MB)`), "largest / smallest"].join("\t"));
for (const shape of HOSTILE_SHAPES) {
  const perMegabyte: number[] = [];
  for (const size of SIZES) {
    const text = shape.text(size);
    const megabytes = Buffer.byteLength(text) / 1048576;
    perMegabyte.push(cpuSeconds(() => extractArticle(text, { file: `${shape.name}.txt` })) / megabytes);
  }
  const ratio = (perMegabyte.at(-1) ?? 0) / (perMegabyte[0] ?? 1);
  console.log([shape.name, ...perMegabyte.map((value) => value.toFixed(2)), ratio.toFixed(2)].join("\t"));
}
