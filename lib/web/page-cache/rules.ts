// Which requests are answered from the whole-page cache, and which answers are kept: rules as data, each with
// its reason. Everything Readout shows the public is a function of the address and the record version; the
// editors' workspace is not, and neither is anything that answers with a cookie.

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
