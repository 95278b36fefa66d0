// Starts ONE throwaway PostgreSQL for the whole integration run and migrates a template database once;
// each worker then clones the template (setup/worker-database.ts).
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/db/migrate";
import { startEmbedded } from "@/lib/db/postgres/ensure-database";
import { TEMPLATE_DATABASE, withDatabaseName } from "../support/database-names";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the test server's maintenance database ("postgres"), for creating databases. */
    adminDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-test-pg-"));
  const server = await startEmbedded({ dataDir, preferredPort: 0, durable: false });
  const adminUrl = withDatabaseName(server.url, "postgres");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  await migrate(withDatabaseName(server.url, TEMPLATE_DATABASE));
  project.provide("adminDatabaseUrl", adminUrl);
  return async () => {
    await server.release();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
}
