// The public history of a person or meeting: each correction, when, what it changed from and to, and why.
import { describeCorrection } from "@/lib/corrections/describe";
import type { HistoryEntry } from "@/lib/db/queries/list-history";
import { formatDate } from "@/lib/web/dates";

export function CorrectionHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="text-stone-700">No editor has corrected this. Everything shown comes from the articles as extracted.</p>;
  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-lg border border-stone-200 bg-white p-4">
          <p className="text-sm text-stone-600">
            <time dateTime={entry.at.toISOString()}>{formatDate(entry.at, "day")}</time>
            {entry.status === "undone" ? " · undone later" : entry.status === "needs_review" ? " · waiting for review" : ""}
          </p>
          <p className="mt-1 text-stone-900">{describeCorrection(entry.kind, entry.before, entry.change)}</p>
          {entry.reason ? <p className="mt-1 text-sm text-stone-700">Reason: {entry.reason}</p> : null}
        </li>
      ))}
    </ol>
  );
}
