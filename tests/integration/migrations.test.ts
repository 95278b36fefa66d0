// The migration runner against a real PostgreSQL: history recorded as Prisma records it, safe re-runs,
// refusal of edited or failed migrations, and no drift between the migrated database and schema.prisma.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/lib/db/migrate";
import { tableNames, withClient, withEmptyDatabase } from "./support/database";
import { readPrismaSchema } from "./support/prisma-schema";

type HistoryRow = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  started_at: Date;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
};

async function copyMigrations(edit?: (dir: string) => Promise<void>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-migrations-"));
  await fs.cp(MIGRATIONS_DIR, dir, { recursive: true });
  await edit?.(dir);
  return dir;
}

describe("migrate", () => {
  it("applies every migration once and records it the way Prisma does", async () => {
    await withEmptyDatabase(async (url) => {
      const onDisk = await readMigrations();
      expect(onDisk.length).toBeGreaterThan(0);

      const first = await migrate(url);
      expect(first.applied).toEqual(onDisk.map((migration) => migration.name));
      const second = await migrate(url);
      expect(second).toEqual({ applied: [], alreadyApplied: first.applied });

      const history = await withClient(url, (client) => client.query<HistoryRow>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`));
      expect(history.rows).toHaveLength(onDisk.length);
      for (const [index, row] of history.rows.entries()) {
        const migration = onDisk[index];
        const bytes = await fs.readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
        expect(row.migration_name).toBe(migration?.name);
        expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
        expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(row.applied_steps_count).toBe(1);
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.finished_at?.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
        expect(row.rolled_back_at).toBeNull();
        expect(row.logs).toBeNull();
      }
    });
  });

  it("applies only the migrations added since the last run", async () => {
    await withEmptyDatabase(async (url) => {
      await migrate(url);
      const dir = await copyMigrations(async (copy) => {
        await fs.mkdir(path.join(copy, "29991231000000_add_note"));
        await fs.writeFile(path.join(copy, "29991231000000_add_note", "migration.sql"), `ALTER TABLE "article" ADD COLUMN "note" TEXT;\n`);
      });
      const result = await migrate(url, dir);
      expect(result.applied).toEqual(["29991231000000_add_note"]);
      const columns = await withClient(url, (client) => client.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'article' AND column_name = 'note'"));
      expect(columns.rowCount).toBe(1);
    });
  });

  it("refuses a migration that was edited after it was applied", async () => {
    await withEmptyDatabase(async (url) => {
      await migrate(url);
      const [first] = await readMigrations();
      const dir = await copyMigrations((copy) => fs.appendFile(path.join(copy, first?.name ?? "", "migration.sql"), "\n-- edited\n"));
      await expect(migrate(url, dir)).rejects.toThrow(`migration ${first?.name} was edited after it was applied`);
    });
  });

  it("rolls back a failing migration entirely and records nothing", async () => {
    await withEmptyDatabase(async (url) => {
      const dir = await copyMigrations(async (copy) => {
        await fs.mkdir(path.join(copy, "29991231000000_broken"));
        await fs.writeFile(path.join(copy, "29991231000000_broken", "migration.sql"), `CREATE TABLE "half" (id INT);\nSELECT no_such_function();\n`);
      });
      await expect(migrate(url, dir)).rejects.toThrow(/migration 29991231000000_broken failed: .*no_such_function/);
      await withClient(url, async (client) => {
        const half = await client.query("SELECT to_regclass('public.half') AS half");
        expect(half.rows[0]?.half).toBeNull();
        const recorded = await client.query(`SELECT migration_name FROM "_prisma_migrations"`);
        expect(recorded.rows.map((row: { migration_name: string }) => row.migration_name)).not.toContain("29991231000000_broken");
      });
    });
  });
});

describe("the migrated database and prisma/schema.prisma", () => {
  const expected = readPrismaSchema(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"));

  it("have the same tables, columns, types and nullability", async () => {
    await withEmptyDatabase(async (url) => {
      await migrate(url);
      const actual = await withClient(url, async (client) => {
        const { rows } = await client.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string }>(
          "SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'",
        );
        return { tables: await tableNames(client), columns: rows };
      });
      const describeColumn = (column: { table: string; column: string; type: string; nullable: boolean }) =>
        `${column.table}.${column.column} ${column.type}${column.nullable ? " NULL" : " NOT NULL"}`;
      expect(actual.tables).toEqual([...new Set(expected.columns.map((column) => column.table))].sort());
      expect(actual.columns.map((row) => describeColumn({ table: row.table_name, column: row.column_name, type: row.udt_name, nullable: row.is_nullable === "YES" })).sort()).toEqual(
        expected.columns.map(describeColumn).sort(),
      );
    });
  });

  it("have the same enums and indexes", async () => {
    await withEmptyDatabase(async (url) => {
      await migrate(url);
      await withClient(url, async (client) => {
        const enums = await client.query<{ name: string; labels: string[] }>(
          "SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname",
        );
        expect(new Map(enums.rows.map((row) => [row.name, row.labels]))).toEqual(expected.enums);
        const indexes = await client.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1");
        expect(indexes.rows.map((row) => row.indexname).sort()).toEqual(expected.indexes);
      });
    });
  });

  it("fills the generated search column and uses pg_trgm", async () => {
    await withEmptyDatabase(async (url) => {
      await migrate(url);
      await withClient(url, async (client) => {
        await client.query(`INSERT INTO "article" (slug, file_name, content_hash, extraction_hash, body) VALUES ('a', 'a.txt', 'h', 'e', 'text')`);
        await client.query(`INSERT INTO "statement" (article_id, speaker_label, kind, text, start, "end") VALUES (1, 'x', 'direct', 'Talks on the hostages continued', 0, 4)`);
        const match = await client.query(`SELECT id FROM "statement" WHERE search @@ websearch_to_tsquery('english', 'hostage talk')`);
        expect(match.rowCount).toBe(1);
        const similarity = await client.query<{ score: number }>(`SELECT similarity('Netanyahu', 'Netanyahoo') AS score`);
        expect(similarity.rows[0]?.score).toBeGreaterThan(0.4);
      });
    });
  });
});
