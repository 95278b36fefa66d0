// Who may do what in the editor workspace: pages need a session; actions need the public origin and a session.
// Answers 401 (not signed in, or the session expired) and 403 (another origin), never a redirect that would
// hide the refusal from a script.
import type { Db } from "@/lib/db/client";
import { SESSION_COOKIE } from "./cookies";
import { comesFromOrigin } from "./origin";
import { findSession, type SignedInEditor } from "./sessions";

type Request = { method: string; headers: { get(name: string): string | null }; cookies: { get(name: string): { value: string } | undefined } };

export type Refusal = { status: 401 | 403; message: string };

/** Paths under /editor that anyone may open: the sign-in and setup forms. */
export const PUBLIC_EDITOR_PATHS = ["/editor/sign-in", "/editor/setup"];

export async function checkEditor(db: Db, request: Request, publicOrigin: string, options: { mutating: boolean }): Promise<SignedInEditor | Refusal> {
  if (options.mutating && !comesFromOrigin(request.headers, publicOrigin)) return { status: 403, message: `refused: this request did not come from a page of ${publicOrigin}` };
  const editor = await findSession(db, request.cookies.get(SESSION_COOKIE)?.value);
  if (!editor) return { status: 401, message: "sign in as an editor first (the session is missing or has expired)" };
  return editor;
}

export const isRefusal = (value: SignedInEditor | Refusal): value is Refusal => "status" in value;
