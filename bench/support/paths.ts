// Where the benchmarks keep their database, corpora and results (all git-ignored).
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** The benchmarks' own embedded PostgreSQL cluster and generated corpora: never the app's `.data/postgres`. */
export const BENCH_DATA_DIR = path.join(ROOT, ".data", "bench");
export const RESULTS_DIR = path.join(ROOT, "bench", "results");
