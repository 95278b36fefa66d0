// Meetings for the JSON API: filtered like the timeline, newest first, one page at a time.
import "server-only";
import { db } from "@/lib/db/client";
import type { MeetingFilters } from "@/lib/web/timeline-filters";
import { cached } from "./cached";
import { all, meetingHeadSelect, meetingInRange, meetingWithAnyOf, sql } from "./sql";

export const MEETINGS_PAGE_SIZE = 50;
/** Deeper pages are not read (the OFFSET would walk that many meetings): the filters narrow a long list. */
export const MEETINGS_MAX_PAGE = 200;

const meetingSelect = {
  ...meetingHeadSelect,
  participants: { select: { actor: { select: { slug: true, name: true } } }, orderBy: { actor: { name: "asc" as const } } },
};

export const listMeetings = cached("listMeetings", async (filters: MeetingFilters) => {
  const where = all([
    ...(filters.kinds.length > 0 ? [sql`m.kind::text = ANY(${filters.kinds}::text[])`] : []),
    ...meetingWithAnyOf(filters.people),
    ...meetingInRange(filters.from, filters.to),
  ]);
  const offset = (filters.page - 1) * MEETINGS_PAGE_SIZE;
  const [[count], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM meeting m WHERE ${where}`,
    filters.page > MEETINGS_MAX_PAGE
      ? Promise.resolve([] as { id: number }[])
      : db.$queryRaw<{ id: number }[]>`SELECT m.id::int AS id FROM meeting m WHERE ${where} ORDER BY m.date DESC NULLS LAST, m.id DESC LIMIT ${MEETINGS_PAGE_SIZE} OFFSET ${offset}`,
  ]);
  const ids = rows.map((row) => row.id);
  const [meetings, counts] = await Promise.all([
    db.meeting.findMany({ where: { id: { in: ids } }, select: meetingSelect }),
    // Per-meeting counts from the indexes (Prisma's relation counts would group whole tables).
    db.$queryRaw<Array<{ id: number; sources: number; statements: number }>>`
      SELECT m.id, (SELECT count(*) FROM meeting_source ms WHERE ms.meeting_id = m.id)::int AS sources,
             (SELECT count(*) FROM statement s WHERE s.meeting_id = m.id)::int AS statements
      FROM unnest(${ids}::int[]) AS m(id)`,
  ]);
  const countOf = new Map(counts.map((row) => [row.id, row]));
  const byId = new Map(meetings.map((meeting) => [meeting.id, { ...meeting, _count: { sources: countOf.get(meeting.id)?.sources ?? 0, statements: countOf.get(meeting.id)?.statements ?? 0 } }]));
  return { total: count?.total ?? 0, pageSize: MEETINGS_PAGE_SIZE, meetings: ids.flatMap((id) => byId.get(id) ?? []) };
});

/** The most recent meetings, for the front page. */
export const listLatestMeetings = cached("listLatestMeetings", async (take: number) => {
  return db.meeting.findMany({ orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }], take, select: meetingSelect });
});
