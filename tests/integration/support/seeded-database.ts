// A PostgreSQL of a test file's own (not the worker's database) in a temporary directory: migrated, with the seed
// articles ingested by the CLI as `npm start` loads them, for the tests that run the production server against it.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { startEmbedded, type DatabaseHandle } from "@/lib/db/postgres/ensure-database";
import { runIngest } from "@/scripts/faults/ingest-runs";
import { REPO } from "./run-script";

export type SeededDatabase = {
  /** The temporary directory; its `postgres` folder is the cluster's data directory. */
  dataDir: string;
  database: DatabaseHandle;
  /** Stops the database and removes the directory. */
  release(): Promise<void>;
};

/** `name` names the temporary directory ("readout-<name>-…"); the ingest may take up to `ingestMs`. */
export async function seededDatabase(name: string, ingestMs = 60_000): Promise<SeededDatabase> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `readout-${name}-`));
  const database = await startEmbedded({ dataDir, preferredPort: 0, durable: false });
  await migrate(database.url);
  const ingest = await runIngest(database.url, [path.join(REPO, "data", "articles")], ingestMs);
  expect(ingest.code, ingest.stderr).toBe(0);
  return {
    dataDir,
    database,
    async release() {
      await database.release();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
