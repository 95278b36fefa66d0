import { describe, expect, it } from "vitest";
import { parseIdParam, parseSlugParam } from "./route-params";
import { parsePeopleFilters, peopleHref } from "./people-filters";

describe("parseSlugParam", () => {
  it("accepts lowercase words joined by hyphens", () => {
    expect(parseSlugParam({ slug: "2024-06-20-dermer-hanegbi-sullivan" })).toEqual({ ok: true, value: "2024-06-20-dermer-hanegbi-sullivan" });
  });
  it("rejects anything else", () => {
    for (const slug of ["", "Benny", "a--b", "-a", "a b", "a/b", "%2e%2e", "x".repeat(201)]) {
      expect(parseSlugParam({ slug }).ok).toBe(false);
    }
  });
});

describe("parseIdParam", () => {
  it("accepts positive whole numbers that fit a database id", () => {
    expect(parseIdParam({ id: "42" })).toEqual({ ok: true, value: 42 });
  });
  it("rejects zero, signs, decimals, leading zeros and huge numbers", () => {
    for (const id of ["0", "-1", "1.5", "01", "1e3", "9999999999", "abc", ""]) expect(parseIdParam({ id }).ok).toBe(false);
  });
});

describe("parsePeopleFilters", () => {
  it("reads a kind, an affiliation and a page", () => {
    const parsed = parsePeopleFilters({ kind: "person", affiliation: "Israel", page: "2" });
    expect(parsed).toEqual({ ok: true, value: { kind: "person", affiliation: "Israel", page: 2 } });
    if (parsed.ok) expect(peopleHref(parsed.value, { page: 1 })).toBe("/people?kind=person&affiliation=Israel");
  });
  it("rejects an unknown kind", () => {
    expect(parsePeopleFilters({ kind: "alien" })).toMatchObject({ ok: false, error: expect.stringContaining('"kind"') });
    expect(parsePeopleFilters({ affiliation: "Israel\u0000" })).toMatchObject({ ok: false, error: expect.stringContaining('"affiliation"') });
  });
});
