// Editor accounts: no sign-up; `npm run editor:add` creates one (or renews a removed one) and prints a
// one-time setup link, `npm run editor:remove` ends an editor's access and sessions but keeps their history.
import type { Db } from "@/lib/db/client";
import { hashPassword, passwordProblem } from "./password";
import { newToken, tokenHash } from "./tokens";

/** How long a setup link works. */
export const SETUP_HOURS = 48;

const emailSchema = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class AccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AccountError";
  }
}

export function normalizeEmail(email: string): string {
  const normalized = email.trim().toLowerCase();
  if (!emailSchema.test(normalized) || normalized.length > 254) throw new AccountError(`"${email}" is not an email address`);
  return normalized;
}

/** Creates the editor (or re-enables a removed one) and returns the path of a new one-time setup link. */
export async function addEditor(db: Db, email: string, origin: string): Promise<{ created: boolean; link: string }> {
  const address = normalizeEmail(email);
  const token = newToken();
  const created = await db.$transaction(async (tx) => {
    const existing = await tx.editor.findUnique({ where: { email: address }, select: { id: true } });
    const editor = existing
      ? await tx.editor.update({ where: { id: existing.id }, data: { removedAt: null }, select: { id: true } })
      : await tx.editor.create({ data: { email: address }, select: { id: true } });
    // A new link replaces any earlier one.
    await tx.editorSetup.deleteMany({ where: { editorId: editor.id } });
    await tx.editorSetup.create({ data: { tokenHash: tokenHash(token), editorId: editor.id, expiresAt: new Date(Date.now() + SETUP_HOURS * 3_600_000) } });
    return !existing;
  });
  return { created, link: `${origin}/editor/setup?token=${token}` };
}

/** Ends the editor's access: sessions and setup links go; their corrections stay, naming them. */
export async function removeEditor(db: Db, email: string): Promise<void> {
  const address = normalizeEmail(email);
  const editor = await db.editor.findUnique({ where: { email: address }, select: { id: true } });
  if (!editor) throw new AccountError(`no editor ${address}`);
  await db.$transaction([
    db.editor.update({ where: { id: editor.id }, data: { removedAt: new Date(), passwordHash: null } }),
    db.editorSession.deleteMany({ where: { editorId: editor.id } }),
    db.editorSetup.deleteMany({ where: { editorId: editor.id } }),
  ]);
}

/** Sets the password from a setup link, which then stops working. Returns the editor's id. */
export async function completeSetup(db: Db, token: string, password: string): Promise<number> {
  const problem = passwordProblem(password);
  if (problem) throw new AccountError(problem);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const setup = await tx.editorSetup.findUnique({ where: { tokenHash: tokenHash(token) }, select: { editorId: true, expiresAt: true } });
    if (!setup || setup.expiresAt < new Date()) throw new AccountError("this setup link has expired or was already used; ask for a new one");
    await tx.editorSetup.deleteMany({ where: { editorId: setup.editorId } });
    await tx.editor.update({ where: { id: setup.editorId }, data: { passwordHash } });
    // A new password signs every other browser out.
    await tx.editorSession.deleteMany({ where: { editorId: setup.editorId } });
    return setup.editorId;
  });
}
