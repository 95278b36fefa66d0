// Partial dates ("2024", "2024-06", "2024-06-20") as a DATE column plus its precision.
import type { DatePrecision } from "@/lib/db/generated/client";

export type StoredDate = { date: Date | null; precision: DatePrecision };

export function toStoredDate(partial: string | null): StoredDate {
  if (!partial) return { date: null, precision: "unknown" };
  const [year, month, day] = partial.split("-");
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  return { date, precision: day ? "day" : month ? "month" : "year" };
}

/** The YYYY-MM-DD day of a stored DATE (stored dates are UTC midnights). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
