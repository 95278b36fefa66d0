import { describe, expect, it } from "vitest";
import { statementDateLine, statementDateText } from "./statement-date";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("statementDateText", () => {
  it("gives the day the text pins as the day it was said", () => {
    expect(statementDateText({ saidDate: day("2025-03-10"), saidDatePrecision: "day", reportedOn: day("2025-03-12") })).toBe("Said on 10 Mar 2025");
  });
  it("says 'in' for a month or a year, never a made-up day", () => {
    expect(statementDateText({ saidDate: day("2023-10-01"), saidDatePrecision: "month", reportedOn: day("2023-11-07") })).toBe("Said in Oct 2023");
    expect(statementDateText({ saidDate: day("2024-01-01"), saidDatePrecision: "year", reportedOn: null })).toBe("Said in 2024");
  });
  it("adds the report's day when asked", () => {
    expect(statementDateText({ saidDate: day("2023-10-01"), saidDatePrecision: "month", reportedOn: day("2023-11-07") }, true)).toBe("Said in Oct 2023, reported on 7 Nov 2023");
    expect(statementDateText({ saidDate: day("2023-10-01"), saidDatePrecision: "month", reportedOn: null }, true)).toBe("Said in Oct 2023");
    // Said the day it was reported: one date is enough.
    expect(statementDateText({ saidDate: day("2025-02-02"), saidDatePrecision: "day", reportedOn: day("2025-02-02") }, true)).toBe("Said on 2 Feb 2025");
    expect(statementDateText({ saidDate: day("2025-02-01"), saidDatePrecision: "month", reportedOn: day("2025-02-01") }, true)).toBe("Said in Feb 2025, reported on 1 Feb 2025");
  });
  it("falls back to the publication day when the text does not say", () => {
    expect(statementDateText({ saidDate: null, saidDatePrecision: "unknown", reportedOn: day("2024-06-20") })).toBe("Reported on 20 Jun 2024");
    // A said-date with an unknown precision is no date.
    expect(statementDateText({ saidDate: day("2024-06-01"), saidDatePrecision: "unknown", reportedOn: day("2024-06-20") }, true)).toBe("Reported on 20 Jun 2024");
  });
  it("says so when neither is known", () => {
    expect(statementDateText({ saidDate: null, saidDatePrecision: "unknown", reportedOn: null })).toBe("Date not reported");
    expect(statementDateLine({ saidDate: null, saidDatePrecision: "unknown", reportedOn: null }).date).toBeNull();
  });
});
