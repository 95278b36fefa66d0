import { describe, expect, it } from "vitest";
import { parseQuoteFilters, quoteQueryString } from "./quote-filters";

describe("parseQuoteFilters", () => {
  it("sorts by relevance when there are words and by date otherwise", () => {
    expect(parseQuoteFilters({ q: "Gaza" })).toMatchObject({ ok: true, value: { q: "Gaza", sort: "relevance" } });
    expect(parseQuoteFilters({})).toMatchObject({ ok: true, value: { sort: "date", speakers: [], kinds: [] } });
    expect(parseQuoteFilters({ sort: "relevance" })).toMatchObject({ ok: true, value: { sort: "date" } });
    expect(parseQuoteFilters({ q: "Gaza", sort: "date" })).toMatchObject({ ok: true, value: { sort: "date" } });
  });
  it("reads several speakers and kinds", () => {
    const parsed = parseQuoteFilters(new URLSearchParams("speaker=benny-gantz&speaker=antony-blinken&kind=direct&kind=partial"));
    expect(parsed).toMatchObject({ ok: true, value: { speakers: ["benny-gantz", "antony-blinken"], kinds: ["direct", "partial"] } });
  });
  it("rejects bad values with the parameter's name", () => {
    expect(parseQuoteFilters({ kind: "rumour" })).toMatchObject({ ok: false, error: expect.stringContaining('"kind"') });
    expect(parseQuoteFilters({ sort: "random" })).toMatchObject({ ok: false, error: expect.stringContaining('"sort"') });
    expect(parseQuoteFilters({ q: "x".repeat(201) })).toMatchObject({ ok: false, error: expect.stringContaining('"q"') });
    expect(parseQuoteFilters({ speaker: "../etc" })).toMatchObject({ ok: false, error: expect.stringContaining('"speaker"') });
    expect(parseQuoteFilters({ q: ["a", "b"] })).toMatchObject({ ok: false, error: 'Invalid "q": appears more than once' });
    expect(parseQuoteFilters({ q: "Gaza\u0000" })).toMatchObject({ ok: false, error: 'Invalid "q": contains control characters' });
    expect(parseQuoteFilters({ who: "\u0007" })).toMatchObject({ ok: false, error: expect.stringContaining('"who"') });
  });
  it("keeps the text query as typed, websearch operators included", () => {
    expect(parseQuoteFilters({ q: '"what will be" -Iran' })).toMatchObject({ ok: true, value: { q: '"what will be" -Iran' } });
  });
});

describe("quoteQueryString", () => {
  it("round-trips and leaves defaults out", () => {
    const parsed = parseQuoteFilters({ speaker: "benny-gantz", q: "what was", kind: "direct", from: "2021", page: "2" });
    if (!parsed.ok) throw new Error(parsed.error);
    const query = quoteQueryString(parsed.value);
    expect(query).toBe("?speaker=benny-gantz&q=what+was&kind=direct&from=2021&page=2");
    expect(parseQuoteFilters(new URLSearchParams(query))).toEqual(parsed);
    expect(quoteQueryString(parsed.value, { page: 1, sort: "date" })).toBe("?speaker=benny-gantz&q=what+was&kind=direct&from=2021&sort=date");
  });
});
