import { describe, expect, it } from "vitest";
import { hasUnreadableFilter } from "./filter-pages";
import { parseQuoteFilters } from "./quote-filters";
import { parseForForm } from "./search-params";
import { parseTimelineFilters } from "./timeline-filters";

describe("parseForForm", () => {
  it("keeps every good filter and sets each bad one aside with the value as typed", () => {
    const { value, problems } = parseForForm(parseTimelineFilters, { person: "ron-dermer", from: "June 2024", to: "2024-13", kind: "meeting" });
    expect(value).toMatchObject({ people: ["ron-dermer"], kinds: ["meeting"], from: undefined, to: undefined });
    expect(problems.get("from")).toEqual({ typed: "June 2024", problem: expect.stringContaining("YYYY") });
    expect(problems.get("to")).toEqual({ typed: "2024-13", problem: expect.stringContaining("YYYY") });
  });
  it("sets aside the start of a range that ends before it starts", () => {
    const { value, problems } = parseForForm(parseTimelineFilters, { from: "2025", to: "2024" });
    expect(value.to?.raw).toBe("2024");
    expect(problems.get("from")?.problem).toContain('after the "to" date (2024)');
  });
  it("shows a value back without its control characters", () => {
    expect(parseForForm(parseQuoteFilters, { q: "Gaza\u0000" }).problems.get("q")?.typed).toBe("Gaza");
  });
  it("reports nothing for good filters", () => {
    expect(parseForForm(parseQuoteFilters, { q: "Gaza", from: "2024-06" }).problems.size).toBe(0);
  });
});

describe("hasUnreadableFilter", () => {
  it("is true only for a filter page with a filter it cannot read", () => {
    expect(hasUnreadableFilter("/timeline", new URLSearchParams("from=2024-13"))).toBe(true);
    expect(hasUnreadableFilter("/people", new URLSearchParams("kind=alien"))).toBe(true);
    expect(hasUnreadableFilter("/quotes", new URLSearchParams("q=Gaza"))).toBe(false);
    expect(hasUnreadableFilter("/search", new URLSearchParams("q=Gaza\u0000"))).toBe(true);
    expect(hasUnreadableFilter("/articles", new URLSearchParams("from=2024-13"))).toBe(false);
  });
});
