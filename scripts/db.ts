// `npm run db:up` keeps the migrated embedded database running until Ctrl-C and prints its URL (for psql);
// `npm run db:stop` stops an embedded server left running by a process that was killed.
import path from "node:path";
import { migrate } from "@/lib/db/migrate";
import { stopCluster } from "@/lib/db/postgres/cluster";
import { ensureDatabase } from "@/lib/db/postgres/ensure-database";
import { acquireLock, ClientRegistry } from "@/lib/db/postgres/process-files";
import { clusterDirectory } from "@/lib/db/postgres/reachable";
import { postgresRunAs } from "@/lib/db/postgres/run-as";
import { env } from "@/lib/env";
import { runMain } from "./support/run-main";

const command = process.argv[2];

runMain(`db ${command ?? ""}`.trim(), async (cleanups) => {
  if (command === "up") {
    const database = await ensureDatabase((line) => console.error(line));
    cleanups.add(() => database.release());
    await migrate(database.url);
    console.log(`ready ${database.url}`);
    // A pending timer keeps the process alive until a signal ends it.
    await new Promise(() => setInterval(() => undefined, 1 << 30));
    return 0;
  }
  if (command === "stop") {
    const dataDir = path.resolve(env.READOUT_DATA_DIR);
    const lock = await acquireLock(path.join(dataDir, "lock"));
    try {
      const users = await new ClientRegistry(path.join(dataDir, "clients")).live();
      if (users.length > 0) throw new Error(`the database is in use by process ${users.join(", ")}; stop those first`);
      const runAs = await postgresRunAs();
      await stopCluster(await clusterDirectory(dataDir, runAs), runAs);
      console.log("stopped");
    } finally {
      await lock.release();
    }
    return 0;
  }
  throw new Error(`unknown command "${command ?? ""}"; use "up" or "stop"`);
});
