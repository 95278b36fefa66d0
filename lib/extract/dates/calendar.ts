// Day arithmetic on ISO dates in UTC, so results never depend on the machine's time zone.
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export function parseIso(day: string | null | undefined): Date | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}
export const iso = (d: Date): string => d.toISOString().slice(0, 10);
export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
export const pad = (n: number): string => String(n).padStart(2, "0");

export function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The weekday on or before `pub` (past), or on or after it (future). */
export function weekdayNear(pub: Date, weekday: number, future: boolean, strict: boolean): Date {
  const today = pub.getUTCDay();
  if (future) {
    let diff = (weekday - today + 7) % 7;
    if (diff === 0 && strict) diff = 7;
    return addDays(pub, diff);
  }
  let diff = (today - weekday + 7) % 7;
  if (diff === 0 && strict) diff = 7;
  return addDays(pub, -diff);
}
