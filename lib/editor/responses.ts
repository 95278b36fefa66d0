// How editor actions answer: a form post is sent on with 303 to a page of Readout (a relative address, never
// one built from the Host header), with the error in the address when it failed; a script gets JSON.

const NO_STORE = { "Cache-Control": "private, no-store" };

/** A path inside Readout, or the fallback: never another site ("//evil.example", "https://…"). */
export function localPath(value: FormDataEntryValue | string | null | undefined, fallback: string): string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : fallback;
}

export function seeOther(path: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { ...NO_STORE, ...headers, Location: path } });
}

export function withError(path: string, message: string): string {
  const url = new URL(path, "http://readout.invalid");
  url.searchParams.set("error", message);
  return `${url.pathname}${url.search}`;
}

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/** Browsers navigating (a form post) accept HTML; fetch() from the add-articles page and scripts do not ask for it. */
export const wantsHtml = (request: Request) => (request.headers.get("accept") ?? "").includes("text/html");
