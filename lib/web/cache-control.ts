// What every response says about caching, decided in one place: the production server (scripts/serve.ts) sets it
// before Next answers, and Next keeps it unless it sets its own. API answers, CSV downloads, redirects and pages are
// read from a record that changes with every ingest, so they are not stored anywhere (no-store); built files have
// content-hashed names and never change. Whole-page caching keyed by the record version extends this table.

export type CacheRule = { name: string; matches: (path: string) => boolean; value: string; why: string };

export const NO_STORE = "no-store";

export const CACHE_RULES: readonly CacheRule[] = [
  { name: "built files", matches: (path) => path.startsWith("/_next/static/"), value: "public, max-age=31536000, immutable", why: "their names change with their content" },
  { name: "icon", matches: (path) => path === "/icon.svg" || path === "/favicon.ico", value: "public, max-age=86400", why: "changes only with a release" },
];

/** The Cache-Control value for a request path (query string ignored). */
export function cacheControlFor(url: string): string {
  const path = url.split("?")[0] ?? "";
  return CACHE_RULES.find((rule) => rule.matches(path))?.value ?? NO_STORE;
}
