// The meetings of a filtered timeline, for download (CSV, JSON): every one the filters select, up to a cap.
import "server-only";
import { db } from "@/lib/db/client";
import type { DatePrecision, MeetingKind } from "@/lib/db/generated/enums";
import { shownKinds, type TimelineFilters } from "@/lib/web/timeline-filters";
import { cached } from "./cached";
import { all, dayOrNull, meetingInRange, meetingWithAnyOf, sql } from "./sql";

export const MEETINGS_EXPORT_LIMIT = 5000;

type Row = {
  id: number;
  slug: string;
  kind: MeetingKind;
  date: string | null;
  precision: DatePrecision;
  location: string | null;
  participants: Array<{ slug: string; name: string }>;
  sources: number;
  sourceId: number | null;
  sourceText: string | null;
  articleSlug: string | null;
  articleUrl: string | null;
};

/** The timeline's meetings (its statements are left out), in its order: oldest first, undated last. */
export const exportMeetings = cached("exportMeetings", async (filters: TimelineFilters) => {
  const kinds = shownKinds(filters).filter((kind) => kind !== "statement");
  if (kinds.length === 0) return [];
  const rows = await db.$queryRaw<Row[]>`
    SELECT m.id, m.slug, m.kind::text AS kind, m.date::text AS date, m.date_precision::text AS precision, m.location,
           people.participants, (SELECT count(*) FROM meeting_source c WHERE c.meeting_id = m.id)::int AS sources,
           first.id AS "sourceId", first.text AS "sourceText", first.slug AS "articleSlug", first.url AS "articleUrl"
    FROM (SELECT m.* FROM meeting m WHERE ${all([sql`m.kind::text = ANY(${kinds}::text[])`, ...meetingWithAnyOf(filters.people), ...meetingInRange(filters.from, filters.to)])}
          ORDER BY m.date ASC NULLS LAST, m.id LIMIT ${MEETINGS_EXPORT_LIMIT}) m
    CROSS JOIN LATERAL (
      SELECT coalesce(json_agg(json_build_object('slug', a.slug, 'name', a.name) ORDER BY a.name), '[]') AS participants
      FROM meeting_participant mp JOIN actor a ON a.id = mp.actor_id WHERE mp.meeting_id = m.id
    ) people
    LEFT JOIN LATERAL (
      SELECT ms.id, ms.text, a.slug, a.url FROM meeting_source ms JOIN article a ON a.id = ms.article_id WHERE ms.meeting_id = m.id ORDER BY ms.id LIMIT 1
    ) first ON TRUE
    ORDER BY m.date ASC NULLS LAST, m.id`;
  return rows.map((row) => ({ ...row, date: dayOrNull(row.date) }));
});

export type ExportedMeeting = Awaited<ReturnType<typeof exportMeetings>>[number];
