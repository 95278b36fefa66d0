// The timeline: meetings and dated statements in date order, one page at a time, plus the points of its chart.
// Each branch is read from an index in timeline order and merged, so a page costs the same at any size; the
// total is counted per branch (index-only) and cached with the rest until the record changes.
import "server-only";
import { db } from "@/lib/db/client";
import type { DatePrecision, MeetingKind, StatementKind } from "@/lib/db/generated/enums";
import { timelineChartModel, type ChartPoint } from "@/lib/web/timeline-chart";
import { shownKinds, type TimelineFilters } from "@/lib/web/timeline-filters";
import { cached } from "./cached";
import { all, dayOrNull, join, meetingInRange, meetingWithAnyOf, speakerIn, sql, statementInRange, type Sql } from "./sql";

export const TIMELINE_PAGE_SIZE = 40;
/** Deeper pages are not read (the OFFSET would walk that many entries): the filters narrow a long timeline. */
export const TIMELINE_MAX_PAGE = 250;
const CHART_LIMIT = 2000;
/** People offered in the timeline's filter: the most active ones (plus any the address selects). */
const FILTER_PEOPLE = 100;
const MEETING_KINDS: MeetingKind[] = ["meeting", "call", "planned", "canceled"];

type EntryRow = { type: "meeting" | "statement"; id: number; date: string | null; precision: DatePrecision };

function branches(filters: TimelineFilters): { meetings: Sql | null; statements: Sql | null } {
  const kinds = shownKinds(filters);
  const meetingKinds = MEETING_KINDS.filter((kind) => kinds.includes(kind));
  const withStatements = kinds.includes("statement");
  const kindCondition = meetingKinds.length === MEETING_KINDS.length ? [] : [sql`m.kind::text = ANY(${meetingKinds}::text[])`];
  return {
    meetings: meetingKinds.length > 0 ? all([...kindCondition, ...meetingWithAnyOf(filters.people), ...meetingInRange(filters.from, filters.to)]) : null,
    statements: withStatements ? all([sql`s.published_at IS NOT NULL`, ...speakerIn(filters.people), ...statementInRange(filters.from, filters.to)]) : null,
  };
}

/**
 * The first `first` entries in timeline order (date, then meetings before statements, then id). Each branch is
 * read in that order from its own index and cut at `first`, so the merge never reads more than it returns.
 */
function entriesSql(filters: TimelineFilters, first: number, datedOnly = false): Sql {
  const { meetings, statements } = branches(filters);
  const dated = datedOnly ? sql` AND m.date IS NOT NULL AND m.date_precision <> 'unknown'` : sql``;
  const parts: Sql[] = [];
  if (meetings) {
    parts.push(sql`(SELECT 'meeting' AS type, m.id, m.date, m.date_precision::text AS precision FROM meeting m WHERE ${meetings}${dated} ORDER BY m.date ASC NULLS LAST, m.id LIMIT ${first})`);
  }
  if (statements) {
    parts.push(sql`(SELECT 'statement' AS type, s.id, s.published_at AS date, 'day' AS precision FROM statement s WHERE ${statements} ORDER BY s.published_at, s.id LIMIT ${first})`);
  }
  if (parts.length === 0) return sql`SELECT NULL::text AS type, NULL::int AS id, NULL::date AS date, NULL::text AS precision WHERE FALSE`;
  return join(parts, " UNION ALL ");
}

async function countEntries(filters: TimelineFilters): Promise<number> {
  const { meetings, statements } = branches(filters);
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT (${meetings ? sql`(SELECT count(*) FROM meeting m WHERE ${meetings})` : sql`0`} + ${statements ? sql`(SELECT count(*) FROM statement s WHERE ${statements})` : sql`0`})::int AS total`;
  return row?.total ?? 0;
}

/** One page of timeline entries with everything its list shows, and the total count. */
export const listTimeline = cached("listTimeline", async (filters: TimelineFilters) => {
  const offset = (filters.page - 1) * TIMELINE_PAGE_SIZE;
  const entries = entriesSql(filters, offset + TIMELINE_PAGE_SIZE);
  const [total, rows] = await Promise.all([
    countEntries(filters),
    filters.page > TIMELINE_MAX_PAGE
      ? Promise.resolve([] as EntryRow[])
      : db.$queryRaw<EntryRow[]>`SELECT e.type, e.id::int AS id, e.date::text AS date, e.precision FROM (${entries}) e ORDER BY e.date ASC NULLS LAST, e.type, e.id LIMIT ${TIMELINE_PAGE_SIZE} OFFSET ${offset}`,
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
      },
    }),
    db.statement.findMany({
      where: { id: { in: statementIds } },
      select: {
        id: true,
        kind: true,
        text: true,
        speakerLabel: true,
        saidDate: true,
        saidDatePrecision: true,
        speaker: { select: { slug: true, name: true } },
        article: { select: { slug: true, title: true, outlet: true, publishedAt: true } },
        meeting: { select: { slug: true } },
      },
    }),
  ]);
  // Each meeting's first source and how many it has (Prisma's own relation count would group the whole table).
  const sources = await db.$queryRaw<Array<{ meetingId: number; id: number; articleSlug: string; total: number }>>`
    SELECT m.id AS "meetingId", first.id, first.slug AS "articleSlug", (SELECT count(*) FROM meeting_source c WHERE c.meeting_id = m.id)::int AS total
    FROM unnest(${meetingIds}::int[]) AS m(id)
    CROSS JOIN LATERAL (SELECT ms.id, a.slug FROM meeting_source ms JOIN article a ON a.id = ms.article_id WHERE ms.meeting_id = m.id ORDER BY ms.id LIMIT 1) first`;
  const sourceOf = new Map(sources.map((source) => [source.meetingId, source]));
  const meetingById = new Map(
    meetings.map((meeting) => {
      const source = sourceOf.get(meeting.id);
      return [meeting.id, { ...meeting, sources: source ? [{ id: source.id, article: { slug: source.articleSlug } }] : [], _count: { sources: source?.total ?? 0 } }];
    }),
  );
  const statementById = new Map(statements.map((statement) => [statement.id, statement]));
  type Meeting = NonNullable<ReturnType<typeof meetingById.get>>;
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
  return { total, pageSize: TIMELINE_PAGE_SIZE, maxPage: TIMELINE_MAX_PAGE, entries: list };
});

export type TimelineEntry = Awaited<ReturnType<typeof listTimeline>>["entries"][number];

type ChartRow = ChartPoint & { kind: MeetingKind | StatementKind };

/** The chart of the first dated entries that match (up to a cap), laid out: what is kept is the drawing, not the rows. */
export const getTimelineChart = cached("getTimelineChart", async (filters: TimelineFilters) => {
  const entries = entriesSql(filters, CHART_LIMIT, true);
  const { meetings } = branches(filters);
  const [rows, [undated]] = await Promise.all([
    db.$queryRaw<ChartRow[]>`
      SELECT e.type, COALESCE(m.kind::text, 'statement') AS kind, e.date::text AS date, people.slugs, people.names,
             CASE WHEN e.type = 'meeting' THEN '/meetings/' || m.slug ELSE '/quotes/' || e.id END AS href
      FROM (
        SELECT x.* FROM (${entries}) x ORDER BY x.date, x.type, x.id LIMIT ${CHART_LIMIT}
      ) e
      LEFT JOIN meeting m ON e.type = 'meeting' AND m.id = e.id
      LEFT JOIN LATERAL (
        SELECT array_agg(a.slug ORDER BY a.name) AS slugs, array_agg(a.name ORDER BY a.name) AS names
        FROM (
          SELECT mp.actor_id AS id FROM meeting_participant mp WHERE e.type = 'meeting' AND mp.meeting_id = e.id
          UNION
          SELECT s.speaker_id FROM statement s WHERE e.type = 'statement' AND s.id = e.id
        ) member
        JOIN actor a ON a.id = member.id
      ) people ON TRUE
      ORDER BY e.date, e.type, e.id`,
    // Statements are dated by their article, so only meetings can be undated.
    meetings
      ? db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM meeting m WHERE ${meetings} AND (m.date IS NULL OR m.date_precision = 'unknown')`
      : Promise.resolve([{ count: 0 }]),
  ]);
  return timelineChartModel(rows, filters.chart, { undated: undated?.count ?? 0, capped: rows.length === CHART_LIMIT });
});

/** The timeline's people filter: the most active people (in meetings and statements), and those `selected` names. */
export const listTimelinePeople = cached("listTimelinePeople", async (selected: string[]) => {
  return db.$queryRaw<{ slug: string; name: string }[]>`
    WITH activity AS (
      SELECT actor_id, count(*) AS n FROM meeting_participant GROUP BY actor_id
      UNION ALL
      SELECT speaker_id, count(*) FROM statement WHERE speaker_id IS NOT NULL GROUP BY speaker_id
    ), busiest AS (
      SELECT actor_id FROM activity GROUP BY actor_id ORDER BY sum(n) DESC, actor_id LIMIT ${FILTER_PEOPLE}
    )
    SELECT a.slug, a.name FROM actor a
    WHERE a.id IN (SELECT actor_id FROM busiest) OR a.slug = ANY(${selected}::text[])
    ORDER BY a.name, a.id`;
});
