import { describe, expect, it } from "vitest";
import { parseIso } from "./calendar";
import { findDates } from "./find-dates";

const pub = parseIso("2024-05-16"); // a Thursday
const dates = (s: string, p = pub) => findDates(s, 0, s.length, p, () => false).map((d) => d.value);

describe("dates", () => {
  it("explicit dates, with the year nearest to publication when it is missing", () => {
    expect(dates("On May 27, 2024, and on Feb. 4 and 3 March 2021.")).toEqual(["2024-05-27", "2024-02-04", "2021-03-03"]);
    expect(dates("Their meeting on Feb. 4.", parseIso("2025-02-02"))).toEqual(["2025-02-04"]);
    expect(dates("They met on Dec. 30.", parseIso("2025-01-02"))).toEqual(["2024-12-30"]);
  });
  it("a weekday is the latest one on or before publication unless the sentence looks ahead", () => {
    expect(dates("They met on Thursday.")).toEqual(["2024-05-16"]);
    expect(dates("They met on Monday.")).toEqual(["2024-05-13"]);
    expect(dates("They will meet on Monday.")).toEqual(["2024-05-20"]);
    expect(dates("They met last Thursday.")).toEqual(["2024-05-09"]);
  });
  it("relative words", () => {
    expect(dates("It ends today, began yesterday and resumes tomorrow.")).toEqual(["2024-05-16", "2024-05-15", "2024-05-17"]);
    expect(dates("It happened earlier this week and last week.")).toEqual(["2024-05", "2024-05"]);
  });
  it("a show title is not a date", () => {
    expect(dates("He spoke on Fox News Sunday.")).toEqual([]);
  });
  it("without a publication day, only explicit years resolve", () => {
    expect(dates("They met on Monday and on May 27, 2024.", null)).toEqual(["2024-05-27"]);
  });
  it("a month without a year is the nearest one on the side the sentence points to", () => {
    expect(dates("They last met in January and again in late March.")).toEqual(["2024-01", "2024-03"]);
    expect(dates("They met in December.")).toEqual(["2023-12"]);
    expect(dates("They will meet in December and again next May.")).toEqual(["2024-12", "2025-05"]);
    expect(dates("Prices rose in May 2021.")).toEqual(["2021-05"]);
  });
  it("'last' and 'this' with the month of publication: last May is a year back, this May is now", () => {
    // Published in May 2024.
    expect(dates("They met last May.")).toEqual(["2023-05"]);
    expect(dates("They met this May.")).toEqual(["2024-05"]);
    expect(dates("They met in May.")).toEqual(["2024-05"]);
    expect(dates("They met last April and last June.")).toEqual(["2024-04", "2023-06"]);
  });
  it("next Monday and last Tuesday", () => {
    expect(dates("They meet next Monday.")).toEqual(["2024-05-20"]);
    expect(dates("They met last Tuesday.")).toEqual(["2024-05-14"]);
  });
});


describe("a weekday right after a past verb in a sentence that looks ahead", () => {
  it("'agreed on Monday to meet next year' keeps Monday in the past; 'will meet on Monday' looks ahead", () => {
    const past = "They agreed on Monday to hold a summit next year.";
    expect(findDates(past, 0, past.length, pub, () => false).map((d) => d.value)).toEqual(["2024-05-13", "2025"]);
    const ahead = "They will meet on Monday in Rome.";
    expect(findDates(ahead, 0, ahead.length, pub, () => false).map((d) => d.value)).toEqual(["2024-05-20"]);
  });
  it("a weekday after a surname is a date; after 'Fox News' it names a show", () => {
    const call = "He spoke with Prime Minister Reed Wednesday about the deal.";
    expect(findDates(call, 0, call.length, pub, () => false).map((d) => d.value)).toEqual(["2024-05-15"]);
    const show = "He told Fox News Sunday that the deal was close.";
    expect(findDates(show, 0, show.length, pub, () => false)).toEqual([]);
  });
});
