// `npm run corpus:generate -- --articles N --seed S --out DIR`: writes N synthetic articles and their manifest.
// The same N and seed always give the same files; the first N articles of a larger corpus are the smaller one.
import path from "node:path";
import { parseArgs } from "node:util";
import { CorpusError, writeCorpus } from "@/lib/corpus/write-corpus";

const USAGE = "usage: npm run corpus:generate -- --articles N [--seed S] --out DIR";

function integer(name: string, raw: string | undefined, fallback: number | null, min: number, max: number): number {
  if (raw === undefined) {
    if (fallback === null) throw new CorpusError(`--${name} is required`);
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new CorpusError(`--${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return value;
}

async function main(): Promise<number> {
  let values: { articles?: string; seed?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { articles: { type: "string" }, seed: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    console.error(`corpus:generate: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    const articles = integer("articles", values.articles, null, 1, 1_000_000);
    const seed = integer("seed", values.seed, 1, 0, 2 ** 31 - 1);
    if (!values.out) throw new CorpusError("--out is required");
    const started = performance.now();
    const corpus = await writeCorpus(path.resolve(values.out), { articles, seed });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const size = (corpus.bytes / 1048576).toFixed(1);
    console.log(corpus.reused ? `${values.out} already holds ${articles} articles (seed ${seed}, ${size} MB)` : `wrote ${articles} articles (seed ${seed}, ${size} MB) and manifest.json to ${values.out} in ${seconds} s`);
    return 0;
  } catch (error) {
    if (error instanceof CorpusError) {
      console.error(`corpus:generate: ${error.message}\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main();
