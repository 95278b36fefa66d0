// Sessions live in PostgreSQL (any app instance can check them, and signing out everywhere is one delete).
// The browser holds a random token; the row's id is its sha256.
import type { Db } from "@/lib/db/client";
import { newToken, tokenHash } from "./tokens";

/** A session ends this long after sign-in, whatever happens in between. */
export const SESSION_HOURS = 12;

export type SignedInEditor = { id: number; email: string; sessionId: string };

export async function createSession(db: Db, editorId: number): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  // The editor's expired sessions go as a new one starts: the table holds live sessions only.
  await db.editorSession.deleteMany({ where: { editorId, expiresAt: { lte: new Date() } } });
  await db.editorSession.create({ data: { id: tokenHash(token), editorId, expiresAt } });
  return { token, expiresAt };
}

/** The editor a token signs in, or null: unknown, expired, or the editor was removed. */
export async function findSession(db: Db, token: string | undefined): Promise<SignedInEditor | null> {
  if (!token || token.length > 100) return null;
  const id = tokenHash(token);
  const session = await db.editorSession.findUnique({ where: { id }, select: { expiresAt: true, editor: { select: { id: true, email: true, removedAt: true } } } });
  if (!session || session.editor.removedAt) return null;
  if (session.expiresAt <= new Date()) {
    await db.editorSession.deleteMany({ where: { id } });
    return null;
  }
  return { id: session.editor.id, email: session.editor.email, sessionId: id };
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.editorSession.deleteMany({ where: { id: sessionId } });
}

/** Signs the editor out of every browser. */
export async function endAllSessions(db: Db, editorId: number): Promise<void> {
  await db.editorSession.deleteMany({ where: { editorId } });
}
