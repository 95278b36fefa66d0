import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "./search-query";

describe("parseSearchQuery", () => {
  it("finds a date in the common writings and keeps the other words", () => {
    expect(parseSearchQuery("Dermer June 2024")).toEqual({ text: "Dermer June 2024", words: "Dermer", dates: { raw: "2024-06", first: "2024-06-01", last: "2024-06-30" } });
    expect(parseSearchQuery("20 June 2024 Sullivan").dates?.raw).toBe("2024-06-20");
    expect(parseSearchQuery("Sullivan Jun 20, 2024").dates?.raw).toBe("2024-06-20");
    expect(parseSearchQuery("Blinken 2024-06").dates).toEqual({ raw: "2024-06", first: "2024-06-01", last: "2024-06-30" });
    expect(parseSearchQuery("Washington 2023")).toMatchObject({ words: "Washington", dates: { raw: "2023" } });
  });
  it("leaves names, places and impossible dates as words", () => {
    expect(parseSearchQuery("  Ron   Dermer ")).toEqual({ text: "Ron Dermer", words: "Ron Dermer", dates: null });
    expect(parseSearchQuery("2024-13")).toMatchObject({ dates: null });
    expect(parseSearchQuery("31 February 2024 Gantz").dates?.raw).toBe("2024-02");
    expect(parseSearchQuery("May Mobility")).toMatchObject({ words: "May Mobility", dates: null });
    expect(parseSearchQuery("1500 rockets")).toMatchObject({ dates: null });
  });
});
