import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkDateOrder, freeText, normalizeSearchParams, pageNumber, parseWith, partialDate, single, slug, toQueryString } from "./search-params";

const range = z.object({ from: partialDate.optional(), to: partialDate.optional() }).superRefine(checkDateOrder);

describe("checkDateOrder", () => {
  it("accepts a range of one day, one month or one year (from = to), and a range that runs forward", () => {
    expect(parseWith(range, { from: "2024-06-20", to: "2024-06-20" })).toEqual({
      ok: true,
      value: { from: { raw: "2024-06-20", first: "2024-06-20", last: "2024-06-20" }, to: { raw: "2024-06-20", first: "2024-06-20", last: "2024-06-20" } },
    });
    expect(parseWith(range, { from: "2024-06", to: "2024-06" }).ok).toBe(true);
    expect(parseWith(range, { from: "2024", to: "2024" }).ok).toBe(true);
    expect(parseWith(range, { from: "2024-06-20", to: "2024-06-21" }).ok).toBe(true);
    // A month that holds the day: the month's first day is before the day, its last after.
    expect(parseWith(range, { from: "2024-06", to: "2024-06-20" }).ok).toBe(true);
    expect(parseWith(range, { from: "2024-06-20", to: "2024-06" }).ok).toBe(true);
  });

  it("rejects a range that ends before it starts, naming from and the date it passes (the form keeps from as typed)", () => {
    expect(parseWith(range, { from: "2024-06-21", to: "2024-06-20" })).toEqual({ ok: false, error: 'Invalid "from": is after the "to" date (2024-06-20)', parameter: "from", problem: 'is after the "to" date (2024-06-20)' });
    expect(parseWith(range, { from: "2025", to: "2024-12-31" }).ok).toBe(false);
  });

  it("leaves an open range alone", () => {
    expect(parseWith(range, { from: "2024" }).ok).toBe(true);
    expect(parseWith(range, { to: "2024" }).ok).toBe(true);
  });
});

describe("partialDate", () => {
  it("keeps the date as written with the first and last day it covers, and names the expected forms otherwise", () => {
    expect(partialDate.parse("2024-02")).toEqual({ raw: "2024-02", first: "2024-02-01", last: "2024-02-29" });
    expect(parseWith(z.object({ from: partialDate }), { from: "2024-02-30" })).toEqual({ ok: false, error: 'Invalid "from": expected a date as YYYY, YYYY-MM or YYYY-MM-DD', parameter: "from", problem: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' });
  });
});

describe("normalizeSearchParams", () => {
  it("trims values, drops empty ones and keeps repeated keys in order, from a record or URLSearchParams", () => {
    const expected = new Map([["a", ["1", "2"]], ["b", ["x"]]]);
    expect(normalizeSearchParams({ a: [" 1", "2 "], b: "x", c: "  ", d: undefined })).toEqual(expected);
    expect(normalizeSearchParams(new URLSearchParams("a=1&c=&b=x&a=2"))).toEqual(expected);
  });
});

describe("single", () => {
  it("is the one value of a key, every value when it is repeated, undefined when absent", () => {
    const params = new Map([["a", ["1"]], ["b", ["1", "2"]]]);
    expect(single(params, "a")).toBe("1");
    expect(single(params, "b")).toEqual(["1", "2"]);
    expect(single(params, "c")).toBeUndefined();
  });
});

describe("parseWith", () => {
  const schema = z.object({ name: slug, page: pageNumber, q: freeText(5).optional() });

  it("names the parameter and says why it is wrong", () => {
    expect(parseWith(schema, { name: "Benny Gantz" })).toEqual({ ok: false, error: 'Invalid "name": expected a slug such as benny-gantz', parameter: "name", problem: 'expected a slug such as benny-gantz' });
    expect(parseWith(schema, { name: ["a", "b"] })).toEqual({ ok: false, error: 'Invalid "name": appears more than once', parameter: "name", problem: 'appears more than once' });
    expect(parseWith(schema, { name: "a", q: "abcdef" })).toEqual({ ok: false, error: 'Invalid "q": is longer than 5 characters', parameter: "q", problem: 'is longer than 5 characters' });
    expect(parseWith(schema, { name: "a", q: "a\u0000b" })).toEqual({ ok: false, error: 'Invalid "q": contains control characters', parameter: "q", problem: 'contains control characters' });
    expect(parseWith(z.string(), 1)).toEqual({ ok: false, error: 'Invalid "parameters": appears more than once', parameter: "parameters", problem: 'appears more than once' });
    expect(parseWith(z.number(), "1")).toEqual({ ok: false, error: 'Invalid "parameters": Invalid input: expected number, received string', parameter: "parameters", problem: 'Invalid input: expected number, received string' });
  });

  it("reads pages from 1 to 10 000, page 1 when absent", () => {
    expect(parseWith(schema, { name: "a" })).toEqual({ ok: true, value: { name: "a", page: 1 } });
    expect(parseWith(schema, { name: "a", page: "10000" })).toEqual({ ok: true, value: { name: "a", page: 10_000 } });
    expect(parseWith(schema, { name: "a", page: "0" })).toEqual({ ok: false, error: 'Invalid "page": pages start at 1', parameter: "page", problem: 'pages start at 1' });
    expect(parseWith(schema, { name: "a", page: "10001" })).toEqual({ ok: false, error: 'Invalid "page": is past the last page', parameter: "page", problem: 'is past the last page' });
    expect(parseWith(schema, { name: "a", page: "2x" })).toEqual({ ok: false, error: 'Invalid "page": expected a page number', parameter: "page", problem: 'expected a page number' });
  });

  it("accepts the longest slug and text, and not one character more", () => {
    expect(parseWith(schema, { name: "a".repeat(200), q: "abcde" }).ok).toBe(true);
    expect(parseWith(schema, { name: "a".repeat(201) })).toEqual({ ok: false, error: 'Invalid "name": is too long', parameter: "name", problem: 'is too long' });
    expect(parseWith(schema, { name: "a-b-c" }).ok).toBe(true);
    for (const name of ["-a", "a-", "a--b", "A"]) expect(parseWith(schema, { name }).ok, name).toBe(false);
  });
});

describe("toQueryString", () => {
  it("joins the pairs with values, encoded, and is empty when none has one", () => {
    expect(toQueryString([["a", "x y"], ["b", undefined], ["c", ""], ["d", 0], ["a", "z"]])).toBe("?a=x+y&d=0&a=z");
    expect(toQueryString([["a", undefined]])).toBe("");
  });
});
