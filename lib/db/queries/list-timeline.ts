// The timeline: meetings and dated statements in date order, one page at a time, plus the points of its chart.
import "server-only";
import { db } from "@/lib/db/client";
import type { DatePrecision, MeetingKind, StatementKind } from "@/lib/db/generated/enums";
import type { TimelineFilters } from "@/lib/web/timeline-filters";
import { all, articleInRange, dayOrNull, join, meetingInRange, meetingWithAnyOf, sql, type Sql } from "./sql";

export const TIMELINE_PAGE_SIZE = 40;
const CHART_LIMIT = 2000;

type EntryRow = { type: "meeting" | "statement"; id: number; date: string | null; precision: DatePrecision };

function entriesSql(filters: TimelineFilters): Sql {
  const meetingKinds = filters.kinds.length === 0 ? ["meeting", "call", "planned", "canceled"] : filters.kinds.filter((kind) => kind !== "statement");
  const withStatements = filters.kinds.length === 0 || filters.kinds.includes("statement");
  const parts: Sql[] = [];
  if (meetingKinds.length > 0) {
    const where = all([sql`m.kind::text = ANY(${meetingKinds}::text[])`, ...meetingWithAnyOf(filters.people), ...meetingInRange(filters.from, filters.to)]);
    parts.push(sql`SELECT 'meeting' AS type, m.id, m.date, m.date_precision::text AS precision FROM meeting m WHERE ${where}`);
  }
  if (withStatements) {
    const speakers = filters.people.length > 0 ? [sql`s.speaker_id IN (SELECT id FROM actor WHERE slug = ANY(${filters.people}::text[]))`] : [];
    const where = all([sql`a.published_at IS NOT NULL`, ...speakers, ...articleInRange(filters.from, filters.to)]);
    parts.push(sql`SELECT 'statement' AS type, s.id, a.published_at AS date, 'day' AS precision FROM statement s JOIN article a ON a.id = s.article_id WHERE ${where}`);
  }
  if (parts.length === 0) return sql`SELECT NULL::text AS type, NULL::int AS id, NULL::date AS date, NULL::text AS precision WHERE FALSE`;
  return join(parts, " UNION ALL ");
}

/** One page of timeline entries with everything its list shows, and the total count. */
export async function listTimeline(filters: TimelineFilters) {
  const entries = entriesSql(filters);
  const offset = (filters.page - 1) * TIMELINE_PAGE_SIZE;
  const [[count], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (${entries}) e`,
    db.$queryRaw<EntryRow[]>`SELECT e.type, e.id::int AS id, e.date::text AS date, e.precision FROM (${entries}) e ORDER BY e.date ASC NULLS LAST, e.type, e.id LIMIT ${TIMELINE_PAGE_SIZE} OFFSET ${offset}`,
  ]);
  const meetingIds = rows.filter((row) => row.type === "meeting").map((row) => row.id);
  const statementIds = rows.filter((row) => row.type === "statement").map((row) => row.id);
  const [meetings, statements] = await Promise.all([
    db.meeting.findMany({
      where: { id: { in: meetingIds } },
      select: {
        id: true,
        slug: true,
        kind: true,
        location: true,
        participants: { select: { actor: { select: { slug: true, name: true } } }, orderBy: { actor: { name: "asc" } } },
        sources: { select: { id: true, article: { select: { slug: true } } }, orderBy: { id: "asc" }, take: 1 },
        _count: { select: { sources: true } },
      },
    }),
    db.statement.findMany({
      where: { id: { in: statementIds } },
      select: {
        id: true,
        kind: true,
        text: true,
        speakerLabel: true,
        speaker: { select: { slug: true, name: true } },
        article: { select: { slug: true, title: true, outlet: true, publishedAt: true } },
        meeting: { select: { slug: true } },
      },
    }),
  ]);
  const meetingById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const statementById = new Map(statements.map((statement) => [statement.id, statement]));
  type Meeting = (typeof meetings)[number];
  type Statement = (typeof statements)[number];
  type Entry =
    | { type: "meeting"; date: Date | null; precision: DatePrecision; meeting: Meeting }
    | { type: "statement"; date: Date | null; precision: DatePrecision; statement: Statement };
  const list: Entry[] = [];
  for (const row of rows) {
    const date = dayOrNull(row.date);
    const meeting = row.type === "meeting" ? meetingById.get(row.id) : undefined;
    const statement = row.type === "statement" ? statementById.get(row.id) : undefined;
    if (meeting) list.push({ type: "meeting", date, precision: row.precision, meeting });
    else if (statement) list.push({ type: "statement", date, precision: row.precision, statement });
  }
  return { total: count?.total ?? 0, pageSize: TIMELINE_PAGE_SIZE, entries: list };
}

export type TimelineEntry = Awaited<ReturnType<typeof listTimeline>>["entries"][number];

type ChartRow = { type: "meeting" | "statement"; kind: MeetingKind | StatementKind; date: string; slugs: string[] | null; names: string[] | null };

/** Every dated entry that matches (up to a cap), with the actors it belongs to, for the chart. */
export async function listTimelineChart(filters: TimelineFilters) {
  const entries = entriesSql(filters);
  const [rows, [undated]] = await Promise.all([
    db.$queryRaw<ChartRow[]>`
      SELECT e.type, e.kind, e.date::text AS date, people.slugs, people.names
      FROM (SELECT x.*, COALESCE(m.kind::text, 'statement') AS kind FROM (${entries}) x LEFT JOIN meeting m ON x.type = 'meeting' AND m.id = x.id) e
      LEFT JOIN LATERAL (
        SELECT array_agg(a.slug ORDER BY a.name) AS slugs, array_agg(a.name ORDER BY a.name) AS names
        FROM actor a
        WHERE (e.type = 'meeting' AND a.id IN (SELECT actor_id FROM meeting_participant WHERE meeting_id = e.id))
           OR (e.type = 'statement' AND a.id = (SELECT speaker_id FROM statement WHERE id = e.id))
      ) people ON TRUE
      WHERE e.date IS NOT NULL AND e.precision <> 'unknown'
      ORDER BY e.date, e.type, e.id
      LIMIT ${CHART_LIMIT}`,
    db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM (${entries}) e WHERE e.date IS NULL OR e.precision = 'unknown'`,
  ]);
  return { points: rows, undated: undated?.count ?? 0, capped: rows.length === CHART_LIMIT };
}

/** Everyone who takes part in a meeting or speaks in a statement: the timeline's people filter. */
export async function listTimelinePeople() {
  return db.actor.findMany({
    where: { OR: [{ meetings: { some: {} } }, { statements: { some: {} } }] },
    select: { slug: true, name: true },
    orderBy: { name: "asc" },
  });
}
