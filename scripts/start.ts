// `npm start`: ensure the database, migrate, ingest data/articles (unchanged files are skipped), build if the
// build is missing or stale, and serve on PORT (default 3000). `npm run dev` does the same with `next dev`.
// Ctrl-C or SIGTERM stops the web server, then the embedded PostgreSQL. A web server that dies on its own (a crash,
// its heap limit) is started again with a back-off while PostgreSQL stays up (scripts/support/supervise.ts).
import { createRequire } from "node:module";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { ensureDatabase } from "@/lib/db/postgres/ensure-database";
import { childEnv, loadEnv } from "@/lib/env";
import { exited, runNode, spawnNode, stopChild } from "./support/child-process";
import { ingestWithReport } from "./support/ingest-report";
import { buildIsStale } from "./support/next-build";
import { runMain } from "./support/run-main";
import { supervise } from "./support/supervise";
import { productionServerArgs } from "./support/web-server";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT = createRequire(import.meta.url).resolve("next/dist/bin/next");
const dev = process.argv.includes("--dev");
const say = (line: string) => console.error(`readout: ${line}`);

runMain(dev ? "dev" : "start", async (cleanups) => {
  const { PORT } = loadEnv();
  const database = await ensureDatabase(say);
  cleanups.add(() => database.release());

  const migrations = await migrate(database.url);
  say(`database ready (${migrations.applied.length} migration(s) applied, ${migrations.alreadyApplied.length} already)`);

  const db = createDb(database.url);
  try {
    const report = await ingestWithReport(db, [path.join(ROOT, "data", "articles")]);
    if (report.failed > 0) say(`${report.failed} article file(s) could not be ingested (see above); serving the rest`);
  } finally {
    await db.$disconnect();
  }

  const env = childEnv({ DATABASE_URL: database.url, PORT: String(PORT) });
  if (!dev && (await buildIsStale(ROOT))) {
    say("building the web app (next build)");
    const build = runNode(NEXT, ["build"], { ...env, NODE_ENV: "production" });
    cleanups.add(() => stopChild(build));
    const code = await exited(build);
    if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  }

  say(`serving on http://localhost:${PORT}`);
  // The production server renders a few requests at a time within a bounded heap (npm run soak); the dev
  // server compiles on demand, so it is Next's own with V8's default heap.
  const server = supervise(
    () => (dev ? runNode(NEXT, ["dev", "--port", String(PORT)], { ...env, NODE_ENV: "development" }) : spawnNode(productionServerArgs({ port: PORT }), { ...env, NODE_ENV: "production" })),
    say,
  );
  cleanups.add(() => server.stop());
  return server.done;
});
