// Whether PostgreSQL answers, checked at most once a second per process: during an outage requests get a
// 503 at once instead of failing half-way through a render, and once it is back the next check sees it.
// The probe has its own connection: on the app's pool it would queue behind slow queries under load and
// mistake a busy database for a stopped one.
import pg from "pg";
import { requireDatabaseUrl } from "@/lib/env";
import { lastReachability, markDatabaseUnreachable, recordReachability } from "./reachability";

const FRESH_MS = 1_000;
const TIMEOUT_MS = 3_000;

// On globalThis, like the client: one probe connection per process, whichever bundle asks.
const state = globalThis as typeof globalThis & { readoutHealthPool?: pg.Pool; readoutHealthProbe?: Promise<boolean> | null };

function probePool(): pg.Pool {
  if (!state.readoutHealthPool) {
    const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 1, connectionTimeoutMillis: TIMEOUT_MS, query_timeout: TIMEOUT_MS, idleTimeoutMillis: 60_000 });
    // The server ended the idle probe connection (it stopped): say so now; the pool reconnects on the next probe.
    pool.on("error", markDatabaseUnreachable);
    state.readoutHealthPool = pool;
  }
  return state.readoutHealthPool;
}

async function probe(): Promise<boolean> {
  const reachable = await probePool()
    .query("SELECT 1")
    .then(
      () => true,
      () => false,
    );
  recordReachability(reachable);
  return reachable;
}

/** True when the database answered within the last second or answers now; concurrent callers share one probe. */
export function isDatabaseReachable(): Promise<boolean> {
  const last = lastReachability();
  if (last && Date.now() - last.at < FRESH_MS) return Promise.resolve(last.reachable);
  state.readoutHealthProbe ??= probe().finally(() => (state.readoutHealthProbe = null));
  return state.readoutHealthProbe;
}
