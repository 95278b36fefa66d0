import { describe, expect, it } from "vitest";
import { parseMeetingFilters, parseTimelineFilters, timelineHref } from "./timeline-filters";

describe("parseTimelineFilters", () => {
  it("reads several people and kinds, a date range and a page", () => {
    const parsed = parseTimelineFilters({ person: ["ron-dermer", "jake-sullivan"], kind: "meeting", from: "2024", to: "2024-06", page: "2" });
    expect(parsed).toEqual({
      ok: true,
      value: {
        people: ["ron-dermer", "jake-sullivan"],
        kinds: ["meeting"],
        from: { raw: "2024", first: "2024-01-01", last: "2024-12-31" },
        to: { raw: "2024-06", first: "2024-06-01", last: "2024-06-30" },
        page: 2,
        chart: "participant",
      },
    });
  });
  it("treats empty form fields as absent and drops repeated people", () => {
    const parsed = parseTimelineFilters(new URLSearchParams("person=a&person=a&from=&to=&kind="));
    expect(parsed.ok && parsed.value).toMatchObject({ people: ["a"], kinds: [], from: undefined, page: 1 });
  });
  it("names the parameter that is wrong", () => {
    expect(parseTimelineFilters({ kind: "party" })).toMatchObject({ ok: false, error: expect.stringContaining('"kind"') });
    expect(parseTimelineFilters({ from: "yesterday" })).toMatchObject({ ok: false, error: expect.stringContaining('"from"') });
    expect(parseTimelineFilters({ page: "0" })).toMatchObject({ ok: false, error: expect.stringContaining('"page"') });
    expect(parseTimelineFilters({ page: "two" })).toMatchObject({ ok: false });
    expect(parseTimelineFilters({ person: "Benny Gantz" })).toMatchObject({ ok: false, error: expect.stringContaining('"person"') });
    expect(parseTimelineFilters({ chart: "pie" })).toMatchObject({ ok: false, error: expect.stringContaining('"chart"') });
  });
  it("rejects a single-valued parameter given twice", () => {
    expect(parseTimelineFilters({ from: ["2024", "2023"] })).toMatchObject({ ok: false, error: 'Invalid "from": appears more than once', parameter: "from" });
  });
  it("rejects a range that ends before it starts", () => {
    expect(parseTimelineFilters({ from: "2025", to: "2024-12-31" })).toMatchObject({ ok: false, error: expect.stringContaining("is after") });
  });
});

describe("parseMeetingFilters", () => {
  it("accepts meeting kinds only", () => {
    expect(parseMeetingFilters({ kind: ["call", "canceled"] })).toMatchObject({ ok: true, value: { kinds: ["call", "canceled"] } });
    expect(parseMeetingFilters({ kind: "statement" })).toMatchObject({ ok: false });
  });
});

describe("timelineHref", () => {
  it("round-trips through the parser", () => {
    const parsed = parseTimelineFilters({ person: ["a", "b"], kind: ["call"], from: "2024-03", chart: "kind", page: "3" });
    if (!parsed.ok) throw new Error(parsed.error);
    const href = timelineHref(parsed.value);
    expect(href).toBe("/timeline?person=a&person=b&kind=call&from=2024-03&chart=kind&page=3");
    const again = parseTimelineFilters(new URL(href, "http://x").searchParams);
    expect(again).toEqual(parsed);
  });
  it("leaves defaults out", () => {
    const parsed = parseTimelineFilters({});
    if (!parsed.ok) throw new Error(parsed.error);
    expect(timelineHref(parsed.value)).toBe("/timeline");
    expect(timelineHref(parsed.value, { page: 2 })).toBe("/timeline?page=2");
  });
});
