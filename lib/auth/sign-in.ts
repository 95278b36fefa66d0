// Signing in: rate limits first, then the password; every attempt is recorded. Wrong email and wrong
// password get the same answer.
import type { Db } from "@/lib/db/client";
import { normalizeEmail } from "./editors";
import { verifyPassword } from "./password";
import { loginRetryAfter, recordLoginAttempt } from "./rate-limit";
import { createSession } from "./sessions";

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; status: 401 | 429; message: string; retryAfter?: number };

const WRONG = "wrong email or password";

export async function signIn(db: Db, input: { email: string; password: string; address: string }): Promise<SignInResult> {
  let email: string;
  try {
    email = normalizeEmail(input.email);
  } catch {
    return { ok: false, status: 401, message: WRONG };
  }
  const key = { email, address: input.address };
  const retryAfter = await loginRetryAfter(db, key);
  if (retryAfter > 0) return { ok: false, status: 429, message: `too many attempts; try again in ${Math.ceil(retryAfter / 60)} minute(s)`, retryAfter };
  const editor = await db.editor.findUnique({ where: { email }, select: { id: true, passwordHash: true, removedAt: true } });
  const valid = await verifyPassword(editor && !editor.removedAt ? editor.passwordHash : null, input.password.slice(0, 1024));
  await recordLoginAttempt(db, key, valid);
  if (!valid || !editor) return { ok: false, status: 401, message: WRONG };
  return { ok: true, ...(await createSession(db, editor.id)) };
}
