// A database holding a generated corpus, for the benchmarks and the soak: the benchmarks' own embedded
// PostgreSQL (.data/bench), one database per corpus size and seed, migrated and loaded once and reused.
import path from "node:path";
import pg from "pg";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { startEmbedded } from "@/lib/db/postgres/ensure-database";
import { writeCorpus } from "@/lib/corpus/write-corpus";
import { ingestCorpus } from "./ingest-corpus";
import { BENCH_DATA_DIR } from "./paths";

export type CorpusDatabase = {
  /** postgresql:// URL of the loaded database. */
  url: string;
  corpusDir: string;
  articles: number;
  /** Leaves the database; the cluster stops when no other process uses it. */
  release(): Promise<void>;
};

export type CorpusDatabaseOptions = {
  articles: number;
  seed?: number;
  dataDir?: string;
  /** The database to load (default `corpus_<articles>_<seed>`). */
  database?: string;
  log?: (line: string) => void;
};

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates `name` on the server of `url` when it is missing. */
export async function createDatabase(url: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  return withDatabaseName(url, name);
}

/** Starts (or joins) the benchmark cluster, then generates and ingests the corpus unless it is already loaded. */
export async function openCorpusDatabase(options: CorpusDatabaseOptions): Promise<CorpusDatabase> {
  const seed = options.seed ?? 1;
  const dataDir = options.dataDir ?? BENCH_DATA_DIR;
  const log = options.log ?? (() => undefined);
  const server = await startEmbedded({ dataDir, preferredPort: 0, durable: true, log });
  try {
    const url = await createDatabase(server.url, options.database ?? `corpus_${options.articles}_${seed}`);
    await migrate(url);
    const corpus = await writeCorpus(path.join(dataDir, `corpus-${options.articles}-${seed}`), { articles: options.articles, seed });
    const db = createDb(url);
    try {
      const loaded = await db.article.count();
      if (loaded !== options.articles) {
        log(`loading ${options.articles} articles into ${new URL(url).pathname.slice(1)} (${loaded} there now)`);
        await ingestCorpus(db, corpus.dir, log);
        // What autovacuum reaches some minutes after a bulk load: statistics, and visibility for index-only scans.
        await db.$executeRawUnsafe("VACUUM (ANALYZE)");
      }
    } finally {
      await db.$disconnect();
    }
    return { url, corpusDir: corpus.dir, articles: options.articles, release: () => server.release() };
  } catch (error) {
    await server.release();
    throw error;
  }
}
