// Dates as the record knows them: a day, a month, a year, or nothing at all. All calendar math is UTC.
import type { DatePrecision } from "@/lib/db/generated/enums";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const MONTHS_LONG = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** A date shown at the precision it is known: "20 Jun 2024", "Jun 2024", "2024" or "undated". */
export function formatDate(date: Date | null, precision: DatePrecision): string {
  if (!date || precision === "unknown" || Number.isNaN(date.getTime())) return "undated";
  const year = date.getUTCFullYear();
  if (precision === "year") return String(year);
  const month = MONTHS[date.getUTCMonth()];
  if (precision === "month") return `${month} ${year}`;
  return `${date.getUTCDate()} ${month} ${year}`;
}

/** The heading a dated entry is grouped under: "June 2024", "2024" (known only to the year) or "Undated". */
export function groupLabel(date: Date | null, precision: DatePrecision): string {
  if (!date || precision === "unknown" || Number.isNaN(date.getTime())) return "Undated";
  if (precision === "year") return String(date.getUTCFullYear());
  return `${MONTHS_LONG[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2024-06-20" for a UTC date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Reads "2024-06-20" as that UTC day; null for anything else. */
export function parseIsoDay(value: string | null | undefined): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || isoDay(date) !== value ? null : date;
}

/** The first and last day a partial date ("2024", "2024-06", "2024-06-20") covers; null if it is not a real date. */
export function partialDateRange(value: string): { first: string; last: string } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1000) return null;
  if (match[3] !== undefined) return parseIsoDay(value) ? { first: value, last: value } : null;
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { first: `${match[1]}-${match[2]}-01`, last: `${match[1]}-${match[2]}-${String(lastDay).padStart(2, "0")}` };
  }
  return { first: `${match[1]}-01-01`, last: `${match[1]}-12-31` };
}
