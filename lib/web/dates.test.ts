import { describe, expect, it } from "vitest";
import { formatDate, groupLabel, isoDay, parseIsoDay, partialDateRange } from "./dates";

const june20 = new Date("2024-06-20T00:00:00.000Z");

describe("formatDate", () => {
  it("shows each precision as it is known", () => {
    expect(formatDate(june20, "day")).toBe("20 Jun 2024");
    expect(formatDate(new Date("2024-03-01T00:00:00Z"), "month")).toBe("Mar 2024");
    expect(formatDate(new Date("2024-01-01T00:00:00Z"), "year")).toBe("2024");
  });
  it("says undated when there is no date or the precision is unknown", () => {
    expect(formatDate(null, "day")).toBe("undated");
    expect(formatDate(june20, "unknown")).toBe("undated");
    expect(formatDate(new Date("nonsense"), "day")).toBe("undated");
  });
  it("uses the UTC calendar day, not the local one", () => {
    expect(formatDate(new Date("2021-06-03T00:00:00.000Z"), "day")).toBe("3 Jun 2021");
  });
});

describe("groupLabel", () => {
  it("groups by month, by year when only the year is known, and undated last", () => {
    expect(groupLabel(june20, "day")).toBe("June 2024");
    expect(groupLabel(june20, "month")).toBe("June 2024");
    expect(groupLabel(june20, "year")).toBe("2024");
    expect(groupLabel(null, "unknown")).toBe("Undated");
  });
});

describe("parseIsoDay and isoDay", () => {
  it("round-trips a real day", () => {
    expect(isoDay(parseIsoDay("2024-02-29") ?? new Date(0))).toBe("2024-02-29");
  });
  it("rejects impossible days and other shapes", () => {
    expect(parseIsoDay("2023-02-29")).toBeNull();
    expect(parseIsoDay("2024-13-01")).toBeNull();
    expect(parseIsoDay("20 June 2024")).toBeNull();
    expect(parseIsoDay("")).toBeNull();
  });
});

describe("partialDateRange", () => {
  it("covers a year, a month and a day", () => {
    expect(partialDateRange("2024")).toEqual({ first: "2024-01-01", last: "2024-12-31" });
    expect(partialDateRange("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(partialDateRange("2023-02")).toEqual({ first: "2023-02-01", last: "2023-02-28" });
    expect(partialDateRange("2024-06-20")).toEqual({ first: "2024-06-20", last: "2024-06-20" });
  });
  it("rejects what is not a date", () => {
    expect(partialDateRange("2024-00")).toBeNull();
    expect(partialDateRange("2024-06-31")).toBeNull();
    expect(partialDateRange("0999")).toBeNull();
    expect(partialDateRange("june")).toBeNull();
  });
});
