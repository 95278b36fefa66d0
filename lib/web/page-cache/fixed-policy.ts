// A rendered page made servable to many readers: the page is rendered with a fresh random nonce, as every
// page is; then each inline script and style that carries that nonce (Next's own, React's) is allowed by the
// hash of its text, and the nonce attributes are removed. A script or style injected into the page without the
// nonce (which no content can guess) gets no hash and stays blocked, as it is on a nonce'd page.
// Why hashes rather than a nonce stamped per response: docs/decisions/012-whole-page-cache.md.
import { createHash } from "node:crypto";
import { FIXED_DIRECTIVES } from "../content-security-policy";

export type FixedPage = { html: string; scriptHashes: string[]; styleHashes: string[] };

// Next writes well-formed markup and escapes "<" inside its inline scripts' data, so a script or style element
// ends at the first closing tag of its kind. Script and style are raw-text elements: their text is hashed as written.
const RAW_TEXT_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const TAG = /<[a-zA-Z][^>]*>/g;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The page's own inline scripts and styles, allowed by hash; its nonce attributes gone. */
export function fixPage(html: string, nonce: string): FixedPage {
  const marker = ` nonce="${nonce}"`;
  const scriptHashes = new Set<string>();
  const styleHashes = new Set<string>();
  for (const [, element = "", attributes = "", text = ""] of html.matchAll(RAW_TEXT_ELEMENT)) {
    if (!attributes.includes(marker)) continue;
    const isScript = element.toLowerCase() === "script";
    if (isScript && /\bsrc\s*=/i.test(attributes)) continue;
    (isScript ? scriptHashes : styleHashes).add(sha256(text));
  }
  const stripped = html.replace(TAG, (tag) => (tag.includes(marker) ? tag.split(marker).join("") : tag));
  return { html: stripped, scriptHashes: [...scriptHashes], styleHashes: [...styleHashes] };
}

/**
 * The policy of a cached page: the nonce policy's directives (lib/web/content-security-policy.ts) with the
 * page's hashes instead of a nonce. Scripts from Readout's origin load by 'self' ('strict-dynamic' would need a
 * nonce on every script element); nothing loads from another origin; no 'unsafe-inline', no 'unsafe-eval'.
 */
export function hashedContentSecurityPolicy(page: { scriptHashes: readonly string[]; styleHashes: readonly string[] }): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...page.scriptHashes].join(" "),
    ["style-src 'self'", ...page.styleHashes].join(" "),
    ...FIXED_DIRECTIVES,
  ].join("; ");
}
