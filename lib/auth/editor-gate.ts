// The editor workspace's door, run by proxy.ts before any /editor request renders: pages need a signed-in
// editor; a request that changes something also needs to come from Readout's public origin. The sign-in and
// setup forms are open; posting them still needs the origin.
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { checkEditor, isRefusal, PUBLIC_EDITOR_PATHS } from "./guard";
import { comesFromOrigin } from "./origin";
import { refusalResponse } from "./refusal-page";

type GateRequest = Parameters<typeof checkEditor>[1] & { nextUrl: { pathname: string } };

export const isEditorPath = (pathname: string) => pathname === "/editor" || pathname.startsWith("/editor/");

const OPEN_ACTIONS = ["/editor/actions/sign-in", "/editor/actions/setup"];

/** A refusal to send instead of the page or action, or null to let the request through. */
export async function editorGate(request: GateRequest, nonce: string): Promise<Response | null> {
  const { pathname } = request.nextUrl;
  const mutating = !["GET", "HEAD"].includes(request.method);
  const wantsJson = pathname.startsWith("/editor/actions/") && !(request.headers.get("accept") ?? "").includes("text/html");
  if (OPEN_ACTIONS.includes(pathname) || (!mutating && PUBLIC_EDITOR_PATHS.includes(pathname))) {
    if (mutating && !comesFromOrigin(request.headers, env.READOUT_PUBLIC_URL)) {
      return refusalResponse({ status: 403, message: `refused: this request did not come from a page of ${env.READOUT_PUBLIC_URL}` }, nonce, wantsJson);
    }
    return null;
  }
  const checked = await checkEditor(db, request, env.READOUT_PUBLIC_URL, { mutating });
  return isRefusal(checked) ? refusalResponse(checked, nonce, wantsJson) : null;
}
