// What a reader sees when Readout cannot answer for a moment: a plain page (no app shell, which needs the
// database) that says what happened and offers to try again; the API gets the same message as JSON. Three
// reasons: the database does not answer (proxy.ts), the server has more requests waiting than it queues, or one
// client asks for more at once than its share of the queue (429; both scripts/serve.ts).

export type UnavailableReason = "database" | "busy" | "tooMany";

/** The status each reason is answered with. */
export const UNAVAILABLE_STATUS: Record<UnavailableReason, number> = { database: 503, busy: 503, tooMany: 429 };

export const UNAVAILABLE_MESSAGES: Record<UnavailableReason, string> = {
  database: "The record is unavailable for a moment (its database does not answer); try again in a few seconds",
  busy: "Readout is busy (more requests are waiting than it queues); try again in a few seconds",
  tooMany: "Too many requests from your address at once; try again in a few seconds",
};

const EXPLANATIONS: Record<UnavailableReason, { title: string; body: string }> = {
  database: {
    title: "Readout is unavailable for a moment",
    body: "The record cannot be read right now. Nothing is lost: this page works again as soon as the database is back, usually within seconds.",
  },
  busy: {
    title: "Readout is busy for a moment",
    body: "More readers are asking for pages than the server takes in at once. Nothing is lost: try again in a few seconds.",
  },
  tooMany: {
    title: "Readout is answering your other requests",
    body: "Your address has many requests waiting already; each address gets its share so that every reader is served. Try again in a few seconds.",
  },
};

/** A self-contained HTML page; its one style element carries the response's CSP nonce. */
export function unavailablePage(nonce: string, reason: UnavailableReason = "database"): string {
  const { title, body } = EXPLANATIONS[reason];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title.replace("Readout is ", "").replace(/^./, (letter) => letter.toUpperCase())} · Readout</title>
<style nonce="${nonce}">
body { margin: 0; font-family: system-ui, sans-serif; background: #fafaf9; color: #1c1917; }
main { max-width: 36rem; margin: 0 auto; padding: 4rem 1rem; text-align: center; }
h1 { font-family: Georgia, serif; font-size: 2.25rem; margin: 0.5rem 0 1rem; color: #0c0a09; }
p { line-height: 1.6; color: #44403c; }
a { display: inline-block; margin-top: 1.5rem; padding: 0.5rem 1rem; border-radius: 0.375rem; background: #1c1917; color: #fff; text-decoration: none; }
</style>
</head>
<body>
<main role="alert">
<p>${UNAVAILABLE_STATUS[reason]}</p>
<h1>${title}</h1>
<p>${body}</p>
<a href="">Try again</a>
</main>
</body>
</html>
`;
}
