// `npm run bench:db -- [--articles N] [--seed S]`: the benchmarks' database with a generated corpus loaded
// (10,000 articles by default), ready for a load test. Prints its URL; the cluster stops when this exits.
import { parseArgs } from "node:util";
import { openCorpusDatabase } from "./support/corpus-database";

const { values } = parseArgs({ options: { articles: { type: "string", default: "10000" }, seed: { type: "string", default: "1" } } });
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed) || seed < 0) {
  console.error(`bench:db: --articles and --seed must be whole numbers (got "${values.articles}", "${values.seed}")`);
  process.exit(2);
}
const started = performance.now();
const database = await openCorpusDatabase({ articles, seed, log: (line) => console.error(line) });
console.log(`${articles} articles (seed ${seed}) loaded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${database.url.replace(/:[^:@/]+@/, ":***@")}`);
await database.release();
