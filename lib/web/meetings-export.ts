// The meetings download in its two shapes: one row per meeting (CSV) and one object per meeting (JSON), with
// absolute addresses on the public origin.
import type { ExportedMeeting } from "@/lib/db/queries/export-meetings";
import { toCsv } from "./csv";
import { isoDay } from "./dates";
import { originalAtPassage } from "./text-fragment";

export const MEETINGS_CSV_HEADER = ["slug", "kind", "date", "date_precision", "location", "participants", "sources", "evidence", "passage", "permalink", "original_url"];

export function meetingRecord(meeting: ExportedMeeting, origin: string) {
  return {
    slug: meeting.slug,
    kind: meeting.kind,
    date: meeting.date ? isoDay(meeting.date) : null,
    datePrecision: meeting.precision,
    location: meeting.location,
    participants: meeting.participants.map((participant) => ({ ...participant, url: `${origin}/people/${participant.slug}` })),
    sources: meeting.sources,
    evidence: meeting.sourceText,
    passage: meeting.articleSlug && meeting.sourceId !== null ? `${origin}/articles/${meeting.articleSlug}#m-${meeting.sourceId}` : null,
    permalink: `${origin}/meetings/${meeting.slug}`,
    originalUrl: meeting.sourceText ? originalAtPassage(meeting.articleUrl, meeting.sourceText) : null,
  };
}

export function meetingsCsv(meetings: ExportedMeeting[], origin: string): string {
  return toCsv(
    MEETINGS_CSV_HEADER,
    meetings.map((meeting) => {
      const record = meetingRecord(meeting, origin);
      return [record.slug, record.kind, record.date, record.datePrecision, record.location, record.participants.map((p) => p.name).join("; "), record.sources, record.evidence, record.passage, record.permalink, record.originalUrl];
    }),
  );
}
