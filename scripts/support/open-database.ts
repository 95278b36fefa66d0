// The database a command-line script works on: DATABASE_URL's server or the embedded one, migrated, with a client
// that is disconnected (and the embedded server released) when the script ends.
import { createDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { ensureDatabase } from "@/lib/db/postgres/ensure-database";
import type { Cleanups } from "./run-main";

export async function openMigratedDatabase(cleanups: Cleanups): Promise<{ url: string; db: Db }> {
  const database = await ensureDatabase((line) => console.error(line));
  cleanups.add(() => database.release());
  await migrate(database.url);
  const db = createDb(database.url);
  cleanups.add(() => db.$disconnect());
  return { url: database.url, db };
}
