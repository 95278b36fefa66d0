import type { DatePrecision } from "@/lib/db/generated/enums";
import { formatDate, isoDay } from "@/lib/web/dates";

/** A date at its precision, with a machine-readable value when there is one. */
export function DateText({ date, precision, className }: { date: Date | null; precision: DatePrecision; className?: string }) {
  const label = formatDate(date, precision);
  if (!date || label === "undated") return <span className={className}>undated</span>;
  const iso = isoDay(date);
  const machine = precision === "year" ? iso.slice(0, 4) : precision === "month" ? iso.slice(0, 7) : iso;
  return (
    <time dateTime={machine} className={className}>
      {label}
    </time>
  );
}
