import type { DatePrecision, MeetingKind } from "@/lib/db/generated/enums";
import { DateText } from "./date-text";
import { MeetingTitleLink } from "./meeting-title-link";

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
        <MeetingTitleLink slug={meeting.slug} kind={meeting.kind} names={names} />
        {meeting.location ? <p className="mt-0.5 text-sm text-stone-600">{meeting.location}</p> : null}
      </div>
    </div>
  );
}
