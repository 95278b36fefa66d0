import { describe, expect, it } from "vitest";
import { cacheControlFor, NO_STORE } from "./cache-control";

describe("cacheControlFor", () => {
  it("stores nothing dynamic: pages, API, CSV, redirects", () => {
    for (const url of ["/", "/quotes?q=x", "/api/quotes", "/quotes/csv?q=x", "/people/old-slug", "/_next/image?url=x"]) expect(cacheControlFor(url), url).toBe(NO_STORE);
  });
  it("keeps built files for a year and the icon for a day", () => {
    expect(cacheControlFor("/_next/static/chunks/app.js")).toBe("public, max-age=31536000, immutable");
    expect(cacheControlFor("/icon.svg?v=1")).toBe("public, max-age=86400");
  });
});
