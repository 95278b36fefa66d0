import type { DatePrecision, MeetingKind } from "@/lib/db/generated/enums";
import { isoDay } from "@/lib/web/dates";

type MeetingHead = { slug: string; kind: MeetingKind; date: Date | null; datePrecision: DatePrecision; location: string | null };

/** The fields every meeting in the API starts with, the list's and the single meeting's alike. */
export function meetingHeadJson(meeting: MeetingHead) {
  return {
    slug: meeting.slug,
    url: `/meetings/${meeting.slug}`,
    kind: meeting.kind,
    date: meeting.date ? isoDay(meeting.date) : null,
    datePrecision: meeting.datePrecision,
    location: meeting.location,
  };
}
