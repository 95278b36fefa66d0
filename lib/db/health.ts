// Whether PostgreSQL answers, checked at most once a second per process: during an outage requests get a
// 503 at once instead of failing half-way through a render, and once it is back the next check sees it.
import { db } from "./client";
import { lastReachability, recordReachability } from "./reachability";

const FRESH_MS = 1_000;
const TIMEOUT_MS = 2_000;

let pending: Promise<boolean> | null = null;

async function probe(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), TIMEOUT_MS)));
  const answered = db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  const reachable = await Promise.race([answered, timedOut]);
  clearTimeout(timer);
  recordReachability(reachable);
  return reachable;
}

/** True when the database answered within the last second or answers now; concurrent callers share one probe. */
export function isDatabaseReachable(): Promise<boolean> {
  const last = lastReachability();
  if (last && Date.now() - last.at < FRESH_MS) return Promise.resolve(last.reachable);
  pending ??= probe().finally(() => (pending = null));
  return pending;
}
