// A rendered answer turned into one that can be kept and sent to every reader at one record version (or not:
// an error, a cookie, a page whose nonce cannot be found), and the ETag that names it.
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { fixPage, hashedContentSecurityPolicy } from "./fixed-policy";
import type { RenderedAnswer } from "./render";
import { KEPT_STATUSES, PER_RESPONSE_HEADERS } from "./rules";
import type { StoredAnswer } from "./store";

const gzipped = promisify(gzip);
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/;
const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;

/** A weak ETag (the bytes differ by encoding, the answer does not) from the record version and the cache key. */
export function etagFor(version: string, key: string): string {
  return `W/"${version}-${createHash("sha256").update(key).digest("base64url").slice(0, 22)}"`;
}

/** Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for it). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/** The answer to keep, or null when this answer must go to its one reader only. */
export async function keepable(rendered: RenderedAnswer, etag: string): Promise<StoredAnswer | null> {
  if (!KEPT_STATUSES.has(rendered.status) || rendered.headers["set-cookie"]) return null;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(rendered.headers)) {
    if (value === undefined || PER_RESPONSE_HEADERS.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  if (rendered.headers.vary) headers.vary = String(rendered.headers.vary);
  const type = headers["content-type"] ?? "";
  let body = rendered.body;
  if (type.startsWith("text/html")) {
    const nonce = NONCE.exec(String(rendered.headers["content-security-policy"] ?? ""))?.[1];
    if (!nonce) return null;
    const page = fixPage(body.toString("utf8"), nonce);
    body = Buffer.from(page.html, "utf8");
    headers["content-security-policy"] = hashedContentSecurityPolicy(page);
  } else {
    headers["content-security-policy"] = hashedContentSecurityPolicy({ scriptHashes: [], styleHashes: [] });
  }
  let compressed: Buffer | null = null;
  if (COMPRESSIBLE.test(type) && body.length > 1024) {
    compressed = await gzipped(body);
    if (compressed.length > body.length * 0.9) compressed = null;
  }
  return { status: rendered.status, headers, body, gzip: compressed, etag };
}
