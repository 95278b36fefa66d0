// The answer to a request the editor workspace refuses: 401 (sign in) or 403 (another origin). A plain page
// with a sign-in link for browsers, JSON for scripts; never cached.
import type { Refusal } from "./guard";

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function refusalResponse(refusal: Refusal, nonce: string, wantsJson: boolean): Response {
  const headers = { "Cache-Control": "private, no-store" };
  if (wantsJson) return Response.json({ error: refusal.message }, { status: refusal.status, headers });
  const title = refusal.status === 401 ? "Editors only" : "Refused";
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · Readout</title>
<style nonce="${nonce}">
body { margin: 0; font-family: system-ui, sans-serif; background: #fafaf9; color: #1c1917; }
main { max-width: 36rem; margin: 0 auto; padding: 4rem 1rem; text-align: center; }
h1 { font-family: Georgia, serif; font-size: 2.25rem; margin: 0.5rem 0 1rem; color: #0c0a09; }
p { line-height: 1.6; color: #44403c; }
a { display: inline-block; margin: 1.5rem 0.5rem 0; padding: 0.5rem 1rem; border-radius: 0.375rem; background: #1c1917; color: #fff; text-decoration: none; }
</style>
</head>
<body>
<main>
<p>${refusal.status}</p>
<h1>${title}</h1>
<p>${escape(refusal.message)}.</p>
<a href="/editor/sign-in">Sign in</a><a href="/">Readout</a>
</main>
</body>
</html>`;
  return new Response(html, { status: refusal.status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
