// One meeting with its participants, evidence, statements, and its neighbours among the same participants.
import "server-only";
import { db } from "@/lib/db/client";
import type { DatePrecision, MeetingKind } from "@/lib/db/generated/enums";
import { isoDay } from "@/lib/web/dates";
import { roleAtTime } from "@/lib/web/roles";
import { dayOrNull, sql } from "./sql";

export async function getMeetingBySlug(slug: string) {
  const meeting = await db.meeting.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      kind: true,
      date: true,
      datePrecision: true,
      location: true,
      participants: {
        orderBy: { actor: { name: "asc" } },
        select: {
          actor: {
            select: {
              id: true,
              slug: true,
              name: true,
              kind: true,
              roles: { select: { title: true, affiliation: true, articleId: true, article: { select: { publishedAt: true } } } },
            },
          },
        },
      },
      sources: {
        orderBy: [{ article: { publishedAt: "asc" } }, { id: "asc" }],
        select: { id: true, text: true, caption: true, article: { select: { id: true, slug: true, title: true, outlet: true, url: true, publishedAt: true } } },
      },
      statements: {
        orderBy: [{ articleId: "asc" }, { start: "asc" }],
        select: { id: true, kind: true, text: true, speakerLabel: true, speaker: { select: { slug: true, name: true } }, article: { select: { slug: true } } },
      },
    },
  });
  if (!meeting) return null;
  const sourceArticleIds = meeting.sources.map((source) => source.article.id);
  const participants = meeting.participants.map(({ actor }) => {
    const role = roleAtTime(
      actor.roles.map((r) => ({ ...r, publishedAt: r.article.publishedAt })),
      sourceArticleIds,
      meeting.date,
    );
    return { id: actor.id, slug: actor.slug, name: actor.name, kind: actor.kind, role: role ? { title: role.title, affiliation: role.affiliation } : null };
  });
  return { ...meeting, participants };
}

export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeetingBySlug>>>;

type NeighbourRow = { slug: string; kind: MeetingKind; date: string | null; precision: DatePrecision; shared: number; names: string[] };

/**
 * The previous and next dated meetings that share participants with this one: all but one of them
 * when it has three or more, both when it has two.
 */
export async function getAdjacentMeetings(meeting: { id: number; date: Date | null; participants: { id: number }[] }) {
  if (!meeting.date || meeting.participants.length === 0) return { previous: null, next: null };
  const ids = meeting.participants.map((participant) => participant.id);
  const needed = Math.max(1, ids.length >= 3 ? ids.length - 1 : ids.length);
  const day = isoDay(meeting.date);
  const neighbour = async (direction: "previous" | "next") => {
    const order = direction === "previous" ? sql`(m.date, m.id) < (${day}::date, ${meeting.id}::int)` : sql`(m.date, m.id) > (${day}::date, ${meeting.id}::int)`;
    const sort = direction === "previous" ? sql`m.date DESC, m.id DESC` : sql`m.date ASC, m.id ASC`;
    const [row] = await db.$queryRaw<NeighbourRow[]>`
      SELECT m.slug, m.kind::text AS kind, m.date::text AS date, m.date_precision::text AS precision, count(*)::int AS shared,
             array_agg(a.name ORDER BY a.name) AS names
      FROM meeting m JOIN meeting_participant mp ON mp.meeting_id = m.id JOIN actor a ON a.id = mp.actor_id
      WHERE mp.actor_id = ANY(${ids}::int[]) AND m.id <> ${meeting.id} AND m.date IS NOT NULL AND ${order}
      GROUP BY m.id
      HAVING count(*) >= ${needed}
      ORDER BY ${sort}
      LIMIT 1`;
    return row ? { ...row, date: dayOrNull(row.date) } : null;
  };
  const [previous, next] = await Promise.all([neighbour("previous"), neighbour("next")]);
  return { previous, next };
}
