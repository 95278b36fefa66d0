// Editor accounts against a real PostgreSQL: the editor:add / editor:remove commands, one-time setup links,
// argon2id passwords, sessions that expire and end everywhere, and sign-in limits per account and address.
import { describe, expect, it } from "vitest";
import { completeSetup } from "@/lib/auth/editors";
import { LOGIN_LIMITS } from "@/lib/auth/rate-limit";
import { endAllSessions, findSession } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { runScript } from "./support/run-script";

const PASSWORD = "correct horse battery";
const scriptEnv = { DATABASE_URL: env.DATABASE_URL ?? "", READOUT_PUBLIC_URL: "https://readout.example" };

async function addEditor(email: string): Promise<string> {
  const result = await runScript("editor.ts", ["add", email], scriptEnv);
  expect(result.code, result.stderr).toBe(0);
  const link = result.stdout.match(/^https:\/\/readout\.example\/editor\/setup\?token=([\w-]+)$/m);
  expect(link, result.stdout).not.toBeNull();
  return link?.[1] ?? "";
}

const attempt = (email: string, password: string, address = "192.0.2.1") => signIn(db, { email, password, address });

describe("editor accounts", () => {
  it("editor:add prints a one-time setup link on the public origin; the password is stored as argon2id", async () => {
    const token = await addEditor("Ada@Example.org");
    const id = await completeSetup(db, token, PASSWORD);
    const editor = await db.editor.findUniqueOrThrow({ where: { id }, select: { email: true, passwordHash: true } });
    expect(editor.email).toBe("ada@example.org");
    expect(editor.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(completeSetup(db, token, "another long password")).rejects.toThrow(/expired or was already used/);
    await expect(completeSetup(db, await addEditor("ada@example.org"), "short")).rejects.toThrow(/at least 12 characters/);
  });

  it("signs in with the right password only, and the session ends on expiry and on sign-out everywhere", async () => {
    const id = await completeSetup(db, await addEditor("ada@example.org"), PASSWORD);
    expect(await attempt("ada@example.org", "wrong password!!")).toMatchObject({ ok: false, status: 401, message: "wrong email or password" });
    expect(await attempt("nobody@example.org", PASSWORD)).toMatchObject({ ok: false, status: 401, message: "wrong email or password" });
    const first = await attempt("ADA@example.org", PASSWORD);
    const second = await attempt("ada@example.org", PASSWORD);
    if (!first.ok || !second.ok) throw new Error("sign-in failed");
    expect(await findSession(db, first.token)).toMatchObject({ id, email: "ada@example.org" });
    expect(await findSession(db, "forged-token")).toBeNull();

    await db.editorSession.updateMany({ where: { editorId: id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findSession(db, first.token)).toBeNull();
    await db.editorSession.updateMany({ where: { editorId: id }, data: { expiresAt: new Date(Date.now() + 60_000) } });
    expect(await findSession(db, second.token)).not.toBeNull();
    await endAllSessions(db, id);
    expect(await findSession(db, second.token)).toBeNull();
  });

  it("limits failed sign-ins per account, from any address, and per address, for any account", async () => {
    await completeSetup(db, await addEditor("ada@example.org"), PASSWORD);
    const perAccount = LOGIN_LIMITS[0].failures;
    for (let n = 0; n < perAccount; n++) expect((await attempt("ada@example.org", `guess number ${n}`, `198.51.100.${n}`)).ok).toBe(false);
    const locked = await attempt("ada@example.org", PASSWORD, "203.0.113.7");
    expect(locked).toMatchObject({ ok: false, status: 429 });
    if (!locked.ok) expect(locked.retryAfter).toBeGreaterThan(0);

    const perAddress = LOGIN_LIMITS[1].failures;
    for (let n = 0; n < perAddress; n++) await attempt(`user${n}@example.org`, "whatever password", "192.0.2.99");
    expect(await attempt("someone@example.org", "whatever password", "192.0.2.99")).toMatchObject({ ok: false, status: 429 });
    // Attempts refused by a limit never reach the password check, and are not recorded.
    expect(await db.loginAttempt.count()).toBe(perAccount + perAddress);
    // After the window the account may try again; a day later the attempts are gone.
    await db.loginAttempt.updateMany({ data: { at: new Date(Date.now() - 25 * 3_600_000) } });
    expect(await attempt("ada@example.org", PASSWORD, "203.0.113.7")).toMatchObject({ ok: true });
    expect(await db.loginAttempt.count()).toBe(1);
  });

  it("editor:remove ends access and sessions but keeps the editor's corrections", async () => {
    const id = await completeSetup(db, await addEditor("ada@example.org"), PASSWORD);
    const session = await attempt("ada@example.org", PASSWORD);
    if (!session.ok) throw new Error("sign-in failed");
    await db.correction.create({ data: { editorId: id, kind: "rename", target: {}, change: { name: "A. Person" }, before: { name: "A Person" } } });
    const removed = await runScript("editor.ts", ["remove", "ada@example.org"], scriptEnv);
    expect(removed.code, removed.stderr).toBe(0);
    expect(await findSession(db, session.token)).toBeNull();
    expect(await attempt("ada@example.org", PASSWORD)).toMatchObject({ ok: false, status: 401 });
    expect(await db.editor.findUnique({ where: { id }, select: { removedAt: true } })).toMatchObject({ removedAt: expect.any(Date) });
    expect(await db.correction.findMany({ select: { editor: { select: { email: true } } } })).toEqual([{ editor: { email: "ada@example.org" } }]);

    const unknown = await runScript("editor.ts", ["remove", "nobody@example.org"], scriptEnv);
    expect(unknown).toMatchObject({ code: 1, stderr: "editor: no editor nobody@example.org\n" });
    expect((await runScript("editor.ts", ["add"], scriptEnv)).code).toBe(2);
    expect((await runScript("editor.ts", ["add", "not-an-email"], scriptEnv)).stderr).toContain('"not-an-email" is not an email address');
  });
});
