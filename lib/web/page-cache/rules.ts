// Which requests are answered from the whole-page cache, and which answers are kept: rules as data, each with
// its reason. Everything Readout shows the public is a function of the address and the record version; the
// editors' workspace is not, and neither is anything that answers with a cookie or asks with a session.
import type http from "node:http";
import { SESSION_COOKIE } from "@/lib/auth/cookies";

export type PathRule = { name: string; matches: (path: string) => boolean; cached: boolean; why: string };

export const PATH_RULES: readonly PathRule[] = [
  { name: "editor workspace", matches: (path) => path === "/editor" || path.startsWith("/editor/"), cached: false, why: "it shows a signed-in editor's own work and needs their session" },
  { name: "built files", matches: (path) => path.startsWith("/_next/static/") || path.startsWith("/_next/image"), cached: false, why: "files on disk, served as they are" },
  { name: "icon", matches: (path) => path === "/icon.svg" || path === "/favicon.ico", cached: false, why: "a file on disk" },
  { name: "public pages, previews, downloads and the API", matches: () => true, cached: true, why: "the same for every reader at one record version" },
];

/** Whether a GET or HEAD of `path` (no query string) may be answered from the cache. */
export function isCacheablePath(path: string): boolean {
  return PATH_RULES.find((rule) => rule.matches(path))?.cached ?? false;
}

export type RequestRule = { name: string; matches: (headers: http.IncomingHttpHeaders) => boolean; why: string };

const carriesCookie = (header: string | undefined, name: string) => (header ?? "").split(";").some((pair) => pair.trim().startsWith(`${name}=`));

/**
 * Requests answered for their one reader, never from the cache and never into it (nor with a 304 from it), on
 * any address: what they are sent is rendered for them and marked private, so no cache in between keeps it.
 */
export const PERSONAL_REQUEST_RULES: readonly RequestRule[] = [
  {
    name: "an editor's session",
    matches: (headers) => carriesCookie(headers.cookie, SESSION_COOKIE),
    why: "a signed-in editor sees the record as it is now, rendered for them, and nothing rendered with their session may reach anyone else",
  },
  { name: "credentials", matches: (headers) => headers.authorization !== undefined, why: "an answer to credentials is for their holder alone" },
];

/** Whether a request is answered for its one reader (PERSONAL_REQUEST_RULES). */
export function isPersonalRequest(headers: http.IncomingHttpHeaders): boolean {
  return PERSONAL_REQUEST_RULES.some((rule) => rule.matches(headers));
}

/** The Cache-Control of every answer to a personal request: no cache, private or shared, may store it. */
export const PERSONAL_CACHE_CONTROL = "private, no-store";

/**
 * The request headers a rendered answer may depend on, beside the address: Next's client navigations ask for
 * the page's RSC payload (and for a part of it) with these. They are part of the cache key and passed to the
 * render; every other header (cookies, Host, Authorization) is not passed, so no render sees them.
 */
export const VARYING_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"] as const;

/** Statuses kept: a page, a not-found page, a refused parameter and a redirect all follow from the address alone. */
export const KEPT_STATUSES: ReadonlySet<number> = new Set([200, 301, 307, 308, 400, 404, 410]);

/**
 * The Cache-Control of a cached answer: any cache (a browser, a CDN, a reverse proxy) may store it, and must
 * ask again before each use with the ETag; the answer to that is a 304 without a render while the record is
 * unchanged, so no reader gets a page older than the last commit.
 */
export const CACHED_CACHE_CONTROL = "public, no-cache";

/** The response headers that are set per response, never kept with an answer. */
export const PER_RESPONSE_HEADERS: ReadonlySet<string> = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "content-security-policy",
  "cache-control",
  "etag",
  "vary",
  "set-cookie",
]);
