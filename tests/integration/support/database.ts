// Direct SQL helpers for tests: create databases, empty them, count rows. They use pg, not Prisma, so a
// test observes the database independently of the code under test.
import pg from "pg";
import { inject } from "vitest";
import { withClient } from "@/lib/db/with-client";
import { withDatabaseName } from "./database-names";

export { withClient };

/** Creates the database unless it exists (a worker runs several files). */
export async function createDatabaseFromTemplate(name: string, template: string): Promise<void> {
  await withClient(inject("adminDatabaseUrl"), async (admin) => {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE ${admin.escapeIdentifier(template)}`);
  });
}

/** A fresh, empty (unmigrated) database for tests of the migration runner; dropped afterwards. */
export async function withEmptyDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `readout_scratch_${Math.random().toString(36).slice(2, 10)}`;
  const adminUrl = inject("adminDatabaseUrl");
  await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE template0`));
  try {
    return await work(withDatabaseName(adminUrl, name));
  } finally {
    await withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

export async function tableNames(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1",
  );
  return rows.map((row) => row.table_name);
}

export async function truncateAll(url: string): Promise<void> {
  await withClient(url, async (client) => {
    const tables = await tableNames(client);
    if (tables.length) await client.query(`TRUNCATE ${tables.map((table) => `"${table}"`).join(", ")} RESTART IDENTITY CASCADE`);
  });
}

/** Row count of every table (migration history excluded), keyed by table name. */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const counts: Record<string, number> = {};
    for (const table of await tableNames(client)) {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "${table}"`);
      counts[table] = Number(rows[0]?.count ?? 0);
    }
    return counts;
  });
}

/** Every row of every table (history excluded), ordered by key: equal snapshots mean nothing changed. */
export async function snapshot(url: string): Promise<Record<string, unknown[]>> {
  return withClient(url, async (client) => {
    const tables: Record<string, unknown[]> = {};
    for (const table of await tableNames(client)) {
      const { rows } = await client.query(`SELECT * FROM "${table}" ORDER BY 1, 2`);
      tables[table] = rows;
    }
    return tables;
  });
}

/** Runs `work` while renders that read statements are stuck behind an exclusive lock on that table in `url`. */
export async function withStatementsLocked<T>(url: string, work: () => Promise<T>): Promise<T> {
  return withClient(url, async (client) => {
    await client.query("BEGIN");
    await client.query("LOCK TABLE statement IN ACCESS EXCLUSIVE MODE");
    try {
      return await work();
    } finally {
      await client.query("COMMIT");
    }
  });
}
