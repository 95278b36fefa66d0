// Gives each vitest worker its own database cloned from the migrated template, and empties it before each
// test. DATABASE_URL is set before any test module loads lib/env, so `db` and the scripts use it.
import { beforeEach, inject } from "vitest";
import { TEMPLATE_DATABASE, withDatabaseName } from "../support/database-names";
import { createDatabaseFromTemplate, truncateAll } from "../support/database";

// The pool id is stable for a worker across the files it runs (test harness only; the app reads lib/env).
const workerDatabase = `readout_test_${process.env.VITEST_POOL_ID ?? "1"}`;
const url = withDatabaseName(inject("adminDatabaseUrl"), workerDatabase);

await createDatabaseFromTemplate(workerDatabase, TEMPLATE_DATABASE);
process.env.DATABASE_URL = url;

beforeEach(async () => {
  await truncateAll(url);
});
