// Gives a process a database: the server DATABASE_URL names, or Readout's embedded PostgreSQL, started on
// demand, shared by concurrent Readout processes, and stopped by the last one to leave (docs/decisions/002).
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { z } from "zod";
import { env } from "@/lib/env";
import { initCluster, isInitialised, runningServer, startCluster, stopCluster, SUPERUSER } from "./cluster";
import { acquireLock, ClientRegistry } from "./process-files";
import { clusterDirectory } from "./reachable";
import { postgresRunAs } from "./run-as";

export const DATABASE_NAME = "readout";

export type DatabaseHandle = {
  url: string;
  /** True when this handle uses the embedded cluster rather than DATABASE_URL. */
  embedded: boolean;
  /** Leaves the database; the last process to leave the embedded cluster stops it. Safe to call twice. */
  release(): Promise<void>;
};

export type EmbeddedOptions = {
  /** Holds `postgres/` (the cluster), its credentials, and the lock and client files. */
  dataDir: string;
  preferredPort: number;
  /** fsync and full-page writes: on for the app's data, off for throwaway test clusters. */
  durable?: boolean;
  log?: (message: string) => void;
};

const credentials = z.object({ user: z.string(), password: z.string() });

/** DATABASE_URL when set, otherwise the embedded cluster under READOUT_DATA_DIR. */
export async function ensureDatabase(log?: (message: string) => void): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, release: async () => undefined };
  return startEmbedded({ dataDir: env.READOUT_DATA_DIR, preferredPort: env.READOUT_PG_PORT, durable: true, log });
}

export async function startEmbedded(options: EmbeddedOptions): Promise<DatabaseHandle> {
  const dataDir = path.resolve(options.dataDir);
  const credentialsFile = path.join(dataDir, "credentials.json");
  const clients = new ClientRegistry(path.join(dataDir, "clients"));
  const log = options.log ?? (() => undefined);
  await fs.mkdir(dataDir, { recursive: true });
  const runAs = await postgresRunAs();
  // The server's user must be able to reach its data directory; where a private directory above it closes the way,
  // the cluster is kept where it can (reachable.ts).
  if (runAs) await fs.chmod(dataDir, 0o755);
  const pgdata = await clusterDirectory(dataDir, runAs);
  if (pgdata !== path.join(dataDir, "postgres")) log(`the postgres user cannot enter ${dataDir}: the cluster is kept in ${pgdata}`);

  const lock = await acquireLock(path.join(dataDir, "lock"));
  let port: number;
  let login: z.infer<typeof credentials>;
  try {
    if (!(await isInitialised(pgdata))) {
      log(`creating the embedded PostgreSQL cluster in ${pgdata}`);
      await fs.rm(pgdata, { recursive: true, force: true }); // a half-created cluster from an interrupted first run
      const password = await initCluster(pgdata, runAs);
      await fs.writeFile(credentialsFile, JSON.stringify({ user: SUPERUSER, password }), { mode: 0o600 });
    }
    login = await readCredentials(credentialsFile);
    await clients.live(); // forget processes that died without leaving
    const running = await runningServer(pgdata);
    if (running) {
      port = running.port;
      log(`using the embedded PostgreSQL already running on port ${port}`);
    } else {
      port = await freePort(options.preferredPort);
      log(`starting the embedded PostgreSQL on port ${port} (data in ${pgdata})`);
      await startCluster(pgdata, runAs, { port, durable: options.durable ?? true });
    }
    await clients.register();
    await createDatabaseIfMissing(serverUrl(login, port, "postgres"));
  } finally {
    await lock.release();
  }

  let released = false;
  return {
    url: serverUrl(login, port, DATABASE_NAME),
    embedded: true,
    async release() {
      if (released) return;
      released = true;
      const stopLock = await acquireLock(path.join(dataDir, "lock"));
      try {
        await clients.unregister();
        if ((await clients.live()).length > 0) return;
        log("stopping the embedded PostgreSQL");
        await stopCluster(pgdata, runAs);
      } finally {
        await stopLock.release();
      }
    },
  };
}

async function readCredentials(file: string): Promise<z.infer<typeof credentials>> {
  const text = await fs.readFile(file, "utf8").catch(() => null);
  const parsed = credentials.safeParse(text === null ? null : JSON.parse(text));
  if (!parsed.success) throw new Error(`${file} is missing or unreadable; delete ${path.dirname(file)} to recreate the embedded database`);
  return parsed.data;
}

function serverUrl(login: z.infer<typeof credentials>, port: number, database: string): string {
  return `postgresql://${encodeURIComponent(login.user)}:${encodeURIComponent(login.password)}@127.0.0.1:${port}/${database}`;
}

async function createDatabaseIfMissing(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE_NAME)}`);
  } finally {
    await client.end();
  }
}

/** The preferred port when it is free on 127.0.0.1, otherwise one the system picks. */
export async function freePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const bound = typeof address === "object" && address ? address.port : null;
        server.close(() => resolve(bound));
      });
    });
  const port = (await tryListen(preferred)) ?? (await tryListen(0));
  if (port === null) throw new Error("no free TCP port on 127.0.0.1 for the embedded PostgreSQL");
  return port;
}
