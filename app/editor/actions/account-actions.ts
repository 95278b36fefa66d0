// Signing in, setting a password from a setup link, and signing out (here or everywhere).
import type { NextRequest } from "next/server";
import { signedInCookies, signedOutCookies } from "@/lib/auth/cookies";
import { AccountError, completeSetup } from "@/lib/auth/editors";
import { clientAddress } from "@/lib/auth/origin";
import { createSession, endAllSessions, endSession, type SignedInEditor } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { json, localPath, seeOther, wantsHtml, withError } from "@/lib/editor/responses";

type Cookie = ReturnType<typeof signedInCookies>[number];

function setCookies(response: Response, cookies: Cookie[]): Response {
  for (const cookie of cookies) {
    const parts = [`${cookie.name}=${cookie.value}`, `Path=${cookie.path}`, `Expires=${cookie.expires.toUTCString()}`, "Secure", "SameSite=Lax"];
    if (cookie.httpOnly) parts.push("HttpOnly");
    response.headers.append("Set-Cookie", parts.join("; "));
  }
  return response;
}

const field = (form: FormData, name: string) => String(form.get(name) ?? "");

export async function signInAction(request: NextRequest): Promise<Response> {
  const form = await request.formData();
  const next = localPath(form.get("next"), "/editor");
  const result = await signIn(db, { email: field(form, "email"), password: field(form, "password"), address: clientAddress(request.headers) });
  if (!result.ok) {
    if (!wantsHtml(request)) return json({ error: result.message }, result.status);
    return seeOther(withError(`/editor/sign-in?next=${encodeURIComponent(next)}`, result.message), result.retryAfter ? { "Retry-After": String(result.retryAfter) } : {});
  }
  return setCookies(wantsHtml(request) ? seeOther(next) : json({ ok: true }), signedInCookies(result.token, result.expiresAt));
}

export async function setupAction(request: NextRequest): Promise<Response> {
  const form = await request.formData();
  const token = field(form, "token");
  if (field(form, "password") !== field(form, "confirm")) return seeOther(withError(`/editor/setup?token=${encodeURIComponent(token)}`, "the two passwords differ"));
  try {
    const editorId = await completeSetup(db, token, field(form, "password"));
    const session = await createSession(db, editorId);
    return setCookies(seeOther("/editor"), signedInCookies(session.token, session.expiresAt));
  } catch (error) {
    if (error instanceof AccountError) return seeOther(withError(`/editor/setup?token=${encodeURIComponent(token)}`, error.message));
    throw error;
  }
}

export async function signOutAction(_request: NextRequest, editor: SignedInEditor): Promise<Response> {
  await endSession(db, editor.sessionId);
  return setCookies(seeOther("/editor/sign-in?signed-out=1"), signedOutCookies());
}

export async function signOutEverywhereAction(_request: NextRequest, editor: SignedInEditor): Promise<Response> {
  await endAllSessions(db, editor.id);
  return setCookies(seeOther("/editor/sign-in?signed-out=everywhere"), signedOutCookies());
}
