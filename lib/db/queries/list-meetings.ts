// Meetings for the JSON API: filtered like the timeline, newest first, one page at a time.
import "server-only";
import { db } from "@/lib/db/client";
import type { MeetingFilters } from "@/lib/web/timeline-filters";
import { all, meetingInRange, meetingWithAnyOf, sql } from "./sql";

export const MEETINGS_PAGE_SIZE = 50;

export async function listMeetings(filters: MeetingFilters) {
  const where = all([
    ...(filters.kinds.length > 0 ? [sql`m.kind::text = ANY(${filters.kinds}::text[])`] : []),
    ...meetingWithAnyOf(filters.people),
    ...meetingInRange(filters.from, filters.to),
  ]);
  const offset = (filters.page - 1) * MEETINGS_PAGE_SIZE;
  const [[count], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM meeting m WHERE ${where}`,
    db.$queryRaw<{ id: number }[]>`SELECT m.id::int AS id FROM meeting m WHERE ${where} ORDER BY m.date DESC NULLS LAST, m.id DESC LIMIT ${MEETINGS_PAGE_SIZE} OFFSET ${offset}`,
  ]);
  const ids = rows.map((row) => row.id);
  const meetings = await db.meeting.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      kind: true,
      date: true,
      datePrecision: true,
      location: true,
      participants: { select: { actor: { select: { slug: true, name: true } } }, orderBy: { actor: { name: "asc" } } },
      _count: { select: { sources: true, statements: true } },
    },
  });
  const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  return { total: count?.total ?? 0, pageSize: MEETINGS_PAGE_SIZE, meetings: ids.flatMap((id) => byId.get(id) ?? []) };
}

/** The most recent meetings, for the front page. */
export async function listLatestMeetings(take: number) {
  return db.meeting.findMany({
    orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take,
    select: {
      slug: true,
      kind: true,
      date: true,
      datePrecision: true,
      location: true,
      participants: { select: { actor: { select: { slug: true, name: true } } }, orderBy: { actor: { name: "asc" } } },
    },
  });
}
