// One meeting with its participants (each with the role they held then), evidence, statements, and its
// neighbours among the same participants: a handful of index look-ups, however busy the participants are.
import "server-only";
import { db } from "@/lib/db/client";
import type { DatePrecision, MeetingKind } from "@/lib/db/generated/enums";
import { isoDay } from "@/lib/web/dates";
import { cached } from "./cached";
import { dayOrNull, filledAffiliation, meetingHeadSelect, sql } from "./sql";

type RoleAtTime = { actorId: number; title: string; affiliation: string | null };

/**
 * Each actor's role at the meeting, as lib/web/roles.ts chooses it: the role a source article states, else the
 * one from the latest article published on or before the date, else the earliest dated one, else the first.
 * Each candidate is one LIMIT 1 read of the role index, so a person with thousands of roles costs the same.
 */
async function rolesAtTime(actorIds: number[], sourceArticleIds: number[], at: Date | null): Promise<Map<number, RoleAtTime>> {
  if (actorIds.length === 0) return new Map();
  const day = at ? isoDay(at) : null;
  const rows = await db.$queryRaw<RoleAtTime[]>`
    SELECT DISTINCT ON (p.actor_id) p.actor_id AS "actorId", r.title, ${filledAffiliation(sql`p.actor_id`, sql`r.title`, sql`r.affiliation`)} AS affiliation
    FROM unnest(${actorIds}::int[]) AS p(actor_id)
    CROSS JOIN LATERAL (
      (SELECT title, affiliation, 1 AS rank FROM role WHERE actor_id = p.actor_id AND article_id = ANY(${sourceArticleIds}::int[]) ORDER BY id LIMIT 1)
      UNION ALL
      (SELECT title, affiliation, 2 FROM role WHERE actor_id = p.actor_id AND ${day}::date IS NOT NULL AND published_at <= ${day}::date ORDER BY published_at DESC, id DESC LIMIT 1)
      UNION ALL
      (SELECT title, affiliation, 3 FROM role WHERE actor_id = p.actor_id AND published_at IS NOT NULL ORDER BY published_at, id LIMIT 1)
      UNION ALL
      (SELECT title, affiliation, 4 FROM role WHERE actor_id = p.actor_id AND published_at IS NULL ORDER BY id LIMIT 1)
    ) r
    ORDER BY p.actor_id, r.rank`;
  return new Map(rows.map((row) => [row.actorId, row]));
}

export const getMeetingBySlug = cached("getMeetingBySlug", async (slug: string) => {
  const meeting = await db.meeting.findUnique({
    where: { slug },
    select: {
      ...meetingHeadSelect,
      participants: { orderBy: { actor: { name: "asc" } }, select: { actor: { select: { id: true, slug: true, name: true, kind: true } } } },
      sources: {
        orderBy: [{ article: { publishedAt: "asc" } }, { id: "asc" }],
        select: { id: true, text: true, caption: true, article: { select: { id: true, slug: true, title: true, outlet: true, url: true, publishedAt: true } } },
      },
      statements: {
        orderBy: [{ articleId: "asc" }, { start: "asc" }],
        select: { id: true, kind: true, text: true, speakerLabel: true, saidDate: true, saidDatePrecision: true, speaker: { select: { slug: true, name: true } }, article: { select: { slug: true, publishedAt: true } } },
      },
    },
  });
  if (!meeting) return null;
  const roles = await rolesAtTime(
    meeting.participants.map(({ actor }) => actor.id),
    meeting.sources.map((source) => source.article.id),
    meeting.date,
  );
  const participants = meeting.participants.map(({ actor }) => {
    const role = roles.get(actor.id);
    return { ...actor, role: role ? { title: role.title, affiliation: role.affiliation } : null };
  });
  return { ...meeting, participants };
});

export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeetingBySlug>>>;

type NeighbourRow = { slug: string; kind: MeetingKind; date: string | null; precision: DatePrecision; names: string[]; shared: string[] };

/**
 * The previous and next dated meetings of the same participants: all of them when such a meeting exists in that
 * direction; otherwise, for a meeting of three or more, one with all but one of them. Each neighbour names all its
 * participants and which of this meeting's it shares (`shared`).
 */
export function getAdjacentMeetings(meeting: { id: number; date: Date | null; participants: { id: number }[] }) {
  return adjacentMeetings(meeting.id, meeting.date ? isoDay(meeting.date) : null, meeting.participants.map((participant) => participant.id));
}

/** The nearest dated meeting in one direction with at least `needed` of the participants `ids`. */
async function nearest(meetingId: number, day: string, ids: number[], needed: number, direction: "previous" | "next") {
  // A meeting with `needed` of these participants includes one of any (n - needed + 1) of them: walk the date
  // order of the least busy ones only, each stopping at its first qualifying meeting.
  const busy = await db.$queryRaw<Array<{ id: number }>>`
    SELECT p.id FROM unnest(${ids}::int[]) AS p(id)
    ORDER BY (SELECT count(*) FROM meeting_participant mp WHERE mp.actor_id = p.id), p.id
    LIMIT ${ids.length - needed + 1}`;
  const rows = await Promise.all(
    busy.map(({ id: actorId }) =>
      direction === "previous"
        ? db.$queryRaw<Array<{ id: number; date: string }>>`
            SELECT mp.meeting_id AS id, mp.meeting_date::text AS date FROM meeting_participant mp
            WHERE mp.actor_id = ${actorId} AND mp.meeting_date IS NOT NULL AND (mp.meeting_date, mp.meeting_id) < (${day}::date, ${meetingId}::int)
              AND (SELECT count(*) FROM meeting_participant x WHERE x.meeting_id = mp.meeting_id AND x.actor_id = ANY(${ids}::int[])) >= ${needed}
            ORDER BY mp.meeting_date DESC, mp.meeting_id DESC LIMIT 1`
        : db.$queryRaw<Array<{ id: number; date: string }>>`
            SELECT mp.meeting_id AS id, mp.meeting_date::text AS date FROM meeting_participant mp
            WHERE mp.actor_id = ${actorId} AND mp.meeting_date IS NOT NULL AND (mp.meeting_date, mp.meeting_id) > (${day}::date, ${meetingId}::int)
              AND (SELECT count(*) FROM meeting_participant x WHERE x.meeting_id = mp.meeting_id AND x.actor_id = ANY(${ids}::int[])) >= ${needed}
            ORDER BY mp.meeting_date ASC, mp.meeting_id ASC LIMIT 1`,
    ),
  );
  const found = rows.flat().sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));
  return (direction === "previous" ? found.at(-1) : found[0]) ?? null;
}

const adjacentMeetings = cached("adjacentMeetings", async (meetingId: number, day: string | null, ids: number[]) => {
  if (!day || ids.length === 0) return { previous: null, next: null };
  const neighbour = async (direction: "previous" | "next") => {
    const best = (await nearest(meetingId, day, ids, ids.length, direction)) ?? (ids.length >= 3 ? await nearest(meetingId, day, ids, ids.length - 1, direction) : null);
    if (!best) return null;
    const [row] = await db.$queryRaw<NeighbourRow[]>`
      SELECT m.slug, m.kind::text AS kind, m.date::text AS date, m.date_precision::text AS precision,
             array_agg(a.name ORDER BY a.name) AS names,
             coalesce(array_agg(a.name ORDER BY a.name) FILTER (WHERE mp.actor_id = ANY(${ids}::int[])), '{}') AS shared
      FROM meeting m JOIN meeting_participant mp ON mp.meeting_id = m.id JOIN actor a ON a.id = mp.actor_id
      WHERE m.id = ${best.id}
      GROUP BY m.id`;
    return row ? { ...row, date: dayOrNull(row.date) } : null;
  };
  const [previous, next] = await Promise.all([neighbour("previous"), neighbour("next")]);
  return { previous, next };
});
