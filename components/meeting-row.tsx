import Link from "next/link";
import type { DatePrecision, MeetingKind } from "@/lib/db/generated/enums";
import { meetingTitle } from "@/lib/web/labels";
import { DateText } from "./date-text";
import { MeetingKindBadge } from "./kind-badge";

export type MeetingSummary = {
  slug: string;
  kind: MeetingKind;
  date: Date | null;
  datePrecision: DatePrecision;
  location: string | null;
  participants: { actor: { slug: string; name: string } }[];
};

/** One meeting in a list: date, kind, who (the title links to the meeting's page), where. */
export function MeetingRow({ meeting, titleNames }: { meeting: MeetingSummary; titleNames?: string[] }) {
  const names = titleNames ?? meeting.participants.map(({ actor }) => actor.name);
  return (
    <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:gap-4">
      <DateText date={meeting.date} precision={meeting.datePrecision} className="w-28 shrink-0 text-sm tabular-nums text-stone-600" />
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-2">
          <MeetingKindBadge kind={meeting.kind} />
          <Link href={`/meetings/${meeting.slug}`} className="font-medium text-stone-950 underline decoration-stone-300 hover:decoration-stone-700">
            {meetingTitle(meeting.kind, names)}
          </Link>
        </div>
        {meeting.location ? <p className="mt-0.5 text-sm text-stone-600">{meeting.location}</p> : null}
      </div>
    </div>
  );
}
