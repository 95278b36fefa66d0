// Sign-in attempts are limited per account (guessing one editor's password from many addresses) and per
// address (trying many accounts from one place). Counted from the login_attempt rows, so every app
// instance sees the same count.
import type { Db } from "@/lib/db/client";

/** Failed attempts allowed within the window; past them, sign-in is refused until the oldest leaves it. */
export const LOGIN_LIMITS = [
  { by: "email", failures: 5, minutes: 15, reason: "a password guessed for one account, from anywhere" },
  { by: "address", failures: 20, minutes: 15, reason: "many accounts tried from one address" },
] as const;

export type LoginKey = { email: string; address: string };

/** Seconds until sign-in is allowed again, or 0 when it is allowed now. */
export async function loginRetryAfter(db: Db, key: LoginKey, now = new Date()): Promise<number> {
  let wait = 0;
  for (const limit of LOGIN_LIMITS) {
    const since = new Date(now.getTime() - limit.minutes * 60_000);
    const failures = await db.loginAttempt.findMany({
      where: { [limit.by]: key[limit.by], succeeded: false, at: { gt: since } },
      select: { at: true },
      orderBy: { at: "desc" },
      take: limit.failures,
    });
    const oldest = failures[limit.failures - 1];
    if (oldest) wait = Math.max(wait, Math.ceil((oldest.at.getTime() + limit.minutes * 60_000 - now.getTime()) / 1000));
  }
  return wait;
}

/** Attempts older than this count for nothing and are deleted, so the table stays the size of a day's attempts. */
const KEEP_HOURS = 24;

export async function recordLoginAttempt(db: Db, key: LoginKey, succeeded: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { ...key, succeeded } });
  await db.loginAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - KEEP_HOURS * 3_600_000) } } });
}
