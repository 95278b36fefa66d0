// When a statement was made, as the page says it: the date its text pins ("said last week") when the extraction
// found one, else the day the article reported it. Readers must not take a report's day for the day of the words.
import type { DatePrecision } from "@/lib/db/generated/enums";
import { formatDate, isoDay } from "./dates";

export type StatementDates = { saidDate: Date | null; saidDatePrecision: DatePrecision; reportedOn: Date | null };

/** What a statement's date line says: which date it is, the date itself, and the report's day beside it. */
export type StatementDateLine =
  | { said: true; lead: "Said on" | "Said in"; date: Date; precision: DatePrecision; reportedOn: Date | null }
  | { said: false; lead: "Reported on"; date: Date; precision: "day" }
  | { said: false; lead: "Date not reported"; date: null; precision: "unknown" };

export function statementDateLine({ saidDate, saidDatePrecision, reportedOn }: StatementDates): StatementDateLine {
  if (saidDate && formatDate(saidDate, saidDatePrecision) !== "undated") {
    // "Said on 20 Jun 2024" for a day, "said in Jun 2024" or "in 2024" for what is known only to the month or year.
    return { said: true, lead: saidDatePrecision === "day" ? "Said on" : "Said in", date: saidDate, precision: saidDatePrecision, reportedOn };
  }
  if (reportedOn && formatDate(reportedOn, "day") !== "undated") return { said: false, lead: "Reported on", date: reportedOn, precision: "day" };
  return { said: false, lead: "Date not reported", date: null, precision: "unknown" };
}

/** The line as plain text ("Said in Oct 2023, reported on 7 Nov 2023"), for previews and tests. */
export function statementDateText(dates: StatementDates, withReport = false): string {
  const line = statementDateLine(dates);
  if (!line.date) return line.lead;
  const main = `${line.lead} ${formatDate(line.date, line.precision)}`;
  const reported = reportedBeside(line);
  return withReport && reported ? `${main}, reported on ${formatDate(reported, "day")}` : main;
}

/** The report's day to give beside a said-date: none when there is none, or when it is the very day said. */
export function reportedBeside(line: StatementDateLine): Date | null {
  if (!line.said || !line.reportedOn) return null;
  return line.precision === "day" && isoDay(line.reportedOn) === isoDay(line.date) ? null : line.reportedOn;
}
