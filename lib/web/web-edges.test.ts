// Edges of the small web helpers that their own tests leave open: boundaries of dates and cuts, orders, and the
// parts of a link or address a filter adds.
import { describe, expect, it } from "vitest";
import { formatDate, groupLabel, parseIsoDay, partialDateRange } from "./dates";
import { articleLabel, truncate } from "./labels";
import { ogSafeText } from "./og-text";
import { peopleHref } from "./people-filters";
import { layoutPersonNetwork } from "./person-network";
import { parseQuoteFilters, quoteQueryString } from "./quote-filters";
import { roleAtTime, type DatedRole } from "./roles";
import { shareMetadata } from "./share-metadata";
import { withTextFragment } from "./text-fragment";
import { parseTimelineFilters, timelineHref } from "./timeline-filters";
import { UNAVAILABLE_MESSAGES, unavailablePage } from "./unavailable-page";
import { webUrl } from "./web-url";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("dates at their edges", () => {
  it("groups an invalid date or an unknown precision as undated", () => {
    expect(groupLabel(new Date(Number.NaN), "day")).toBe("Undated");
    expect(groupLabel(day("2024-06-20"), "unknown")).toBe("Undated");
    expect(groupLabel(day("2024-06-20"), "day")).toBe("June 2024");
    expect(formatDate(new Date(Number.NaN), "day")).toBe("undated");
  });

  it("reads only a whole YYYY-MM-DD", () => {
    expect(parseIsoDay("2024-06-20")).toEqual(day("2024-06-20"));
    for (const value of ["x2024-06-20", "2024-06-20x", "", null, undefined]) expect(parseIsoDay(value), String(value)).toBeNull();
  });

  it("covers months 01 to 12 and years from 1000, with the month's true last day", () => {
    expect(partialDateRange("2024-01")).toEqual({ first: "2024-01-01", last: "2024-01-31" });
    expect(partialDateRange("2023-02")).toEqual({ first: "2023-02-01", last: "2023-02-28" });
    expect(partialDateRange("2024-12")).toEqual({ first: "2024-12-01", last: "2024-12-31" });
    expect(partialDateRange("1000")).toEqual({ first: "1000-01-01", last: "1000-12-31" });
    for (const value of ["2024-00", "2024-13", "0999", "x2024", "2024x", "2024-1"]) expect(partialDateRange(value), value).toBeNull();
  });
});

describe("labels at their edges", () => {
  it("names an untitled article by outlet, date, both or neither", () => {
    expect(articleLabel({ title: null, outlet: "Harbour News", publishedAt: day("2024-06-20") })).toBe("Harbour News, 20 Jun 2024");
    expect(articleLabel({ title: null, outlet: "Harbour News", publishedAt: null })).toBe("Article from Harbour News");
    expect(articleLabel({ title: null, outlet: null, publishedAt: day("2024-06-20") })).toBe("Article of 20 Jun 2024");
    expect(articleLabel({ title: null, outlet: null, publishedAt: null })).toBe("Untitled article");
  });

  it("keeps text of exactly the limit, and cuts longer text at a word past 60% of it", () => {
    expect(truncate("abcde", 5)).toBe("abcde");
    expect(truncate("abcdef", 5)).toBe("abcd…");
    // The cut falls right after a word: the word is kept.
    expect(truncate("one two three", 8)).toBe("one two…");
    // The last space is past 60% of the limit: cut there, and drop the punctuation before it.
    expect(truncate("alpha beta, gamma delta", 14)).toBe("alpha beta…");
    // The last space is before 60%: cut inside the word instead.
    expect(truncate("ab cdefghijklmnop", 10)).toBe("ab cdefgh…");
    // Exactly at 60% is not past it.
    expect(truncate("abcdef ghijklmnop", 10)).toBe("abcdef gh…");
  });
});

describe("roles at their edges", () => {
  const role = (title: string, articleId: number, published: string | null): DatedRole => ({ title, affiliation: null, articleId, publishedAt: published ? day(published) : null });

  it("takes a role published on the day itself, orders by date whatever the input order, and ignores undated roles", () => {
    const roles = [role("later", 3, "2024-03-01"), role("undated", 4, null), role("same day", 2, "2024-02-01"), role("earliest", 1, "2024-01-01")];
    expect(roleAtTime(roles, [], day("2024-02-01"))?.title).toBe("same day");
    expect(roleAtTime(roles, [], day("2024-02-15"))?.title).toBe("same day");
    expect(roleAtTime(roles, [], null)?.title).toBe("earliest");
    expect(roleAtTime([role("undated", 4, null)], [], day("2024-02-15"))?.title).toBe("undated");
  });
});

describe("person network at its edges", () => {
  it("places counterparts clockwise from twelve o'clock, edges by share of the most meetings", () => {
    const { nodes } = layoutPersonNetwork(
      [
        { slug: "a", name: "A", meetings: 4 },
        { slug: "b", name: "B", meetings: 2 },
        { slug: "c", name: "C", meetings: 1 },
        { slug: "d", name: "D", meetings: 1 },
      ],
      { size: 200 },
    );
    // Centre 100, radius 52: top, right, bottom, left.
    expect(nodes.map((node) => [node.slug, node.x, node.y, node.strokeWidth])).toEqual([
      ["a", 100, 48, 5],
      ["b", 152, 100, 3],
      ["c", 100, 152, 2],
      ["d", 48, 100, 2],
    ]);
  });
});

describe("preview text", () => {
  it("turns characters the font lacks into single spaces, and keeps the Latin ones", () => {
    expect(ogSafeText("Park\u4e2d\u6587said  \u00e9t\u00e9\u2026")).toBe("Park said \u00e9t\u00e9\u2026");
    expect(ogSafeText(" a\u0000b ")).toBe("a b");
  });
});

describe("text fragments at their edges", () => {
  it("uses the whole passage up to twice the edge words, escaping commas and ampersands, on collapsed spaces", () => {
    expect(withTextFragment("https://example.org/a", "one,  two\n& three four", 3)).toBe("https://example.org/a#:~:text=one%2C%20two%20%26%20three%20four");
    expect(withTextFragment("https://example.org/a", "a b c d", 2)).toBe("https://example.org/a#:~:text=a%20b%20c%20d");
    expect(withTextFragment("https://example.org/a", "a b c d e", 2)).toBe("https://example.org/a#:~:text=a%20b,d%20e");
  });
});

describe("web addresses", () => {
  it("keeps http and https addresses only", () => {
    expect(webUrl("https://example.org/a")).toBe("https://example.org/a");
    expect(webUrl("http://example.org/a")).toBe("http://example.org/a");
    for (const url of ["", null, undefined, "javascript:alert(1)", "ftp://example.org", "not a url"]) expect(webUrl(url), String(url)).toBeNull();
  });
});

describe("links that keep filters", () => {
  it("carry the end of a date range and the page past the first", () => {
    const quotes = parseQuoteFilters({ from: "2024-01", to: "2024-06", page: "3" });
    if (!quotes.ok) throw new Error(quotes.error);
    expect(quoteQueryString(quotes.value)).toBe("?from=2024-01&to=2024-06&page=3");
    expect(quoteQueryString(quotes.value, { page: 1 })).toBe("?from=2024-01&to=2024-06");
    expect(quotes.value.to).toEqual({ raw: "2024-06", first: "2024-06-01", last: "2024-06-30" });
    const timeline = parseTimelineFilters({ to: "2024-06" });
    if (!timeline.ok) throw new Error(timeline.error);
    expect(timelineHref(timeline.value)).toBe("/timeline?to=2024-06");
    expect(peopleHref({ kind: "all", page: 2 })).toBe("/people?kind=all&page=2");
    expect(peopleHref({ page: 1, kind: "person" })).toBe("/people?kind=person");
  });

  it("sorts by relevance only with words, unless asked for date", () => {
    const parse = (query: Record<string, string>) => {
      const parsed = parseQuoteFilters(query);
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.value.sort;
    };
    expect(parse({ q: "port" })).toBe("relevance");
    expect(parse({ q: "port", sort: "date" })).toBe("date");
    expect(parse({ sort: "relevance" })).toBe("date");
    expect(parse({})).toBe("date");
  });
});

describe("the unavailable page", () => {
  it("says what happened for each reason, with the response's nonce on its one style element", () => {
    const database = unavailablePage("n0nce");
    expect(database).toContain("<title>Unavailable for a moment · Readout</title>");
    expect(database).toContain("<h1>Readout is unavailable for a moment</h1>");
    expect(database.match(/<style[^>]*>/g)).toEqual(['<style nonce="n0nce">']);
    expect(database).not.toContain("<script");
    const busy = unavailablePage("n", "busy");
    expect(busy).toContain("<title>Busy for a moment · Readout</title>");
    expect(busy).toContain("More readers are asking for pages");
    expect(UNAVAILABLE_MESSAGES.busy).toMatch(/^Readout is busy/);
    expect(UNAVAILABLE_MESSAGES.database).toMatch(/database does not answer/);
  });
});

describe("share metadata", () => {
  it("gives the canonical path and the same title and description to Open Graph and Twitter", () => {
    expect(shareMetadata("T", "D", "/quotes/1")).toEqual({
      title: "T",
      description: "D",
      alternates: { canonical: "/quotes/1" },
      openGraph: { title: "T", description: "D", url: "/quotes/1", type: "article" },
      twitter: { card: "summary_large_image", title: "T", description: "D" },
    });
  });
});
