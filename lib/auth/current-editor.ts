// The signed-in editor of the request a page renders, from its session cookie. Only editor pages call this:
// public pages never read cookies, so what they render is the same for everyone and can be cached as such.
import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db/client";
import { SESSION_COOKIE } from "./cookies";
import { findSession, type SignedInEditor } from "./sessions";

export async function currentEditor(): Promise<SignedInEditor | null> {
  return findSession(db, (await cookies()).get(SESSION_COOKIE)?.value);
}
