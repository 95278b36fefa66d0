import { reportedBeside, statementDateLine, type StatementDates } from "@/lib/web/statement-date";
import { DateText } from "./date-text";

/** "Said on 10 Mar 2025" when the text pins the day, else "Reported on <the article's day>"; `withReport` adds the report's day. */
export function StatementDate({ dates, withReport = false, className }: { dates: StatementDates; withReport?: boolean; className?: string }) {
  const line = statementDateLine(dates);
  if (!line.date) return <span className={className}>{line.lead}</span>;
  const reported = withReport ? reportedBeside(line) : null;
  return (
    <span className={className}>
      {line.lead} <DateText date={line.date} precision={line.precision} />
      {reported ? (
        <>
          , reported on <DateText date={reported} precision="day" />
        </>
      ) : null}
    </span>
  );
}
