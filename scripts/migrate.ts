// `npm run db:migrate`: applies the SQL migrations in prisma/migrations to the database.
import { migrate } from "@/lib/db/migrate";
import { ensureDatabase } from "@/lib/db/postgres/ensure-database";
import { runMain } from "./support/run-main";

runMain("db:migrate", async (cleanups) => {
  const database = await ensureDatabase((line) => console.error(line));
  cleanups.add(() => database.release());
  const result = await migrate(database.url);
  for (const name of result.applied) console.log(`applied ${name}`);
  console.log(`${result.applied.length} migration(s) applied, ${result.alreadyApplied.length} already applied`);
  return 0;
});
