// Runs before every page and API request (Next 16's proxy, formerly middleware): a nonce-based Content
// Security Policy for each response, a 400/404 for addresses that are not valid percent-encoding, a 400 for a
// filter page whose filters it cannot read, and a 503 while the database does not answer. See docs/decisions/005-security-headers-and-outages.md.
import { NextResponse, type NextRequest } from "next/server";
import { editorGate, isEditorPath } from "@/lib/auth/editor-gate";
import { isDatabaseReachable } from "@/lib/db/health";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce } from "@/lib/web/content-security-policy";
import { hasUnreadableFilter } from "@/lib/web/filter-pages";
import { UNAVAILABLE_MESSAGES, unavailablePage } from "@/lib/web/unavailable-page";

/** Whether every segment of the raw path decodes (Next answers a 500 for "%ZZ" in a dynamic segment). */
function isDecodable(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { dev: env.NODE_ENV === "development" });
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  const withPolicy = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", policy);
    return response;
  };

  if (!isDecodable(request.nextUrl.pathname)) {
    if (isApi) return withPolicy(NextResponse.json({ error: "Invalid address: it is not valid percent-encoding" }, { status: 400 }));
    // The ordinary 404 page ("Not in the record"), as for any other address Readout cannot read.
    return withPolicy(NextResponse.rewrite(new URL("/_not-found", request.url), { request: { headers: nonceHeaders(request, nonce, policy) } }));
  }

  if (!(await isDatabaseReachable())) {
    const response = isApi
      ? NextResponse.json({ error: UNAVAILABLE_MESSAGES.database }, { status: 503 })
      : new NextResponse(unavailablePage(nonce), { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
    response.headers.set("Retry-After", "5");
    response.headers.set("Cache-Control", "no-store");
    return withPolicy(response);
  }

  // The editor workspace: a session (and for changes, Readout's origin) or a 401/403; never cached.
  const editor = isEditorPath(request.nextUrl.pathname);
  if (editor) {
    const refusal = await editorGate(request, nonce);
    if (refusal) return withPolicy(new NextResponse(refusal.body, refusal));
  }

  // A page address with a filter it cannot read is a bad request; the page itself shows the form and the problem.
  // Only for a document: the router's own requests (RSC) during a navigation expect a 200.
  const status = !request.headers.has("rsc") && hasUnreadableFilter(request.nextUrl.pathname, request.nextUrl.searchParams) ? 400 : 200;
  // Next reads the policy from the request to put the nonce on its own scripts.
  const response = withPolicy(NextResponse.next({ status, request: { headers: nonceHeaders(request, nonce, policy) } }));
  if (editor) response.headers.set("Cache-Control", "private, no-store");
  return response;
}

function nonceHeaders(request: NextRequest, nonce: string, policy: string): Headers {
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  return headers;
}

export const config = {
  // Built assets and the files of public/ need neither a nonce nor the database.
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico|robots.txt|manifest.webmanifest|icons/|fonts/).*)"],
};
