import type { MeetingKind, StatementKind } from "@/lib/db/generated/enums";
import { meetingKindLabel, statementKindLabel } from "@/lib/web/labels";

const MEETING_STYLE: Record<MeetingKind, string> = {
  meeting: "bg-sky-100 text-sky-900 ring-sky-200",
  call: "bg-violet-100 text-violet-900 ring-violet-200",
  planned: "bg-amber-100 text-amber-900 ring-amber-200",
  canceled: "bg-rose-100 text-rose-900 ring-rose-200",
};
const STATEMENT_STYLE: Record<StatementKind, string> = {
  direct: "bg-stone-800 text-white ring-stone-800",
  partial: "bg-stone-200 text-stone-900 ring-stone-300",
  indirect: "bg-white text-stone-800 ring-stone-300",
};
const BASE = "inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset whitespace-nowrap";

export function MeetingKindBadge({ kind }: { kind: MeetingKind }) {
  return <span className={`${BASE} ${MEETING_STYLE[kind]}`}>{meetingKindLabel[kind]}</span>;
}

export function StatementKindBadge({ kind }: { kind: StatementKind }) {
  return <span className={`${BASE} ${STATEMENT_STYLE[kind]}`}>{statementKindLabel[kind]}</span>;
}
