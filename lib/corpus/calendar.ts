// Dates as news writes them, relative to the day an article is published.

const DAY = 86_400_000;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

export const FIRST_DAY = Date.UTC(2016, 0, 1);
export const LAST_DAY = Date.UTC(2025, 11, 31);

export function addDays(day: number, days: number): number {
  return day + days * DAY;
}

export function isoDay(day: number): string {
  return new Date(day).toISOString().slice(0, 10);
}

export function monthName(day: number): string {
  return MONTHS[new Date(day).getUTCMonth()] ?? "January";
}

/** "on Tuesday" within the week before publication, otherwise "on March 3" (with the year when it differs). */
export function dateExpression(day: number, published: number): string {
  const date = new Date(day);
  const before = Math.round((published - day) / DAY);
  if (before >= 1 && before <= 5) return `on ${WEEKDAYS[date.getUTCDay()]}`;
  if (before === 0) return "on " + WEEKDAYS[date.getUTCDay()];
  const year = date.getUTCFullYear() === new Date(published).getUTCFullYear() ? "" : `, ${date.getUTCFullYear()}`;
  return `on ${monthName(day)} ${date.getUTCDate()}${year}`;
}
