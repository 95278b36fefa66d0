// One actor's page: names, roles with their sources, meetings, quotes, counterparts and articles. Every list is
// read from an index in its own order and capped, so the busiest person's page costs what anyone's does.
import "server-only";
import { db } from "@/lib/db/client";
import { cached } from "./cached";
import { dayOrNull, filledAffiliation, meetingHeadSelect, sql } from "./sql";

// Enough to read a person at a glance; the timeline and the quote search list the rest.
const PERSON_MEETINGS = 30;
const PERSON_QUOTES = 20;
const PERSON_ARTICLES = 20;
/** Articles shown under each of a person's roles; the rest are counted. */
export const ROLE_SOURCES = 5;

type RoleRow = {
  id: number;
  title: string;
  affiliation: string | null;
  groupTotal: number;
  articleSlug: string;
  articleTitle: string | null;
  outlet: string | null;
  publishedAt: string | null;
};

/** The first sources of each distinct title and affiliation, in date order (undated last), with each group's size. */
async function listRoles(actorId: number) {
  const rows = await db.$queryRaw<RoleRow[]>`
    WITH ranked AS (
      SELECT r.id, r.title, r.affiliation, r.article_id, r.published_at,
             row_number() OVER w AS n, count(*) OVER (PARTITION BY r.title, r.affiliation) AS total,
             first_value(r.published_at) OVER w AS first_date, first_value(r.id) OVER w AS first_id
      FROM role r WHERE r.actor_id = ${actorId}
      WINDOW w AS (PARTITION BY r.title, r.affiliation ORDER BY r.published_at ASC NULLS LAST, r.id)
    )
    SELECT ranked.id, ranked.title, ranked.affiliation, ranked.total::int AS "groupTotal", a.slug AS "articleSlug", a.title AS "articleTitle", a.outlet,
           ranked.published_at::text AS "publishedAt"
    FROM ranked JOIN article a ON a.id = ranked.article_id
    WHERE ranked.n <= ${ROLE_SOURCES}
    ORDER BY ranked.first_date ASC NULLS LAST, ranked.first_id, ranked.n`;
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    affiliation: row.affiliation,
    groupTotal: row.groupTotal,
    article: { slug: row.articleSlug, title: row.articleTitle, outlet: row.outlet, publishedAt: dayOrNull(row.publishedAt) },
  }));
}

/** The role the latest article gives (an undated article counts as the latest, as in date order undated come last). */
async function findLastRole(actorId: number) {
  const [row] = await db.$queryRaw<Array<{ title: string; affiliation: string | null }>>`
    SELECT title, ${filledAffiliation(sql`${actorId}::int`, sql`last.title`, sql`last.affiliation`)} AS affiliation FROM (
      (SELECT title, affiliation, 0 AS rank FROM role WHERE actor_id = ${actorId} AND published_at IS NULL ORDER BY id DESC LIMIT 1)
      UNION ALL
      (SELECT title, affiliation, 1 FROM role WHERE actor_id = ${actorId} AND published_at IS NOT NULL ORDER BY published_at DESC, id DESC LIMIT 1)
    ) last ORDER BY rank LIMIT 1`;
  return row ?? null;
}

export const getPersonBySlug = cached("getPersonBySlug", async (slug: string) => {
  const actor = await db.actor.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, kind: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } } });
  if (!actor) return null;
  const [[counts], roles, lastRole] = await Promise.all([
    // Meetings are those held and calls; planned and canceled ones are counted apart.
    db.$queryRaw<Array<{ meetings: number; notHeld: number; statements: number }>>`
      SELECT (SELECT count(*) FROM meeting_participant mp JOIN meeting m ON m.id = mp.meeting_id WHERE mp.actor_id = ${actor.id} AND m.kind IN ('meeting', 'call'))::int AS meetings,
             (SELECT count(*) FROM meeting_participant mp JOIN meeting m ON m.id = mp.meeting_id WHERE mp.actor_id = ${actor.id} AND m.kind IN ('planned', 'canceled'))::int AS "notHeld",
             (SELECT count(*) FROM statement WHERE speaker_id = ${actor.id})::int AS statements`,
    listRoles(actor.id),
    findLastRole(actor.id),
  ]);
  return { ...actor, roles, lastRole, _count: { meetings: counts?.meetings ?? 0, notHeld: counts?.notHeld ?? 0, statements: counts?.statements ?? 0 } };
});

export type PersonDetail = NonNullable<Awaited<ReturnType<typeof getPersonBySlug>>>;

/** The person's meetings in date order (capped) and their quotes, newest report first (capped). */
export const listPersonActivity = cached("listPersonActivity", async (actorId: number) => {
  const [firstMeetings, quotes] = await Promise.all([
    db.meetingParticipant.findMany({
      where: { actorId },
      orderBy: [{ meetingDate: { sort: "asc", nulls: "last" } }, { meetingId: "asc" }],
      take: PERSON_MEETINGS,
      select: { meetingId: true },
    }),
    db.statement.findMany({
      where: { speakerId: actorId },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { articleId: "asc" }, { start: "asc" }, { id: "asc" }],
      take: PERSON_QUOTES,
      select: { id: true, kind: true, text: true, saidDate: true, saidDatePrecision: true, article: { select: { slug: true, title: true, outlet: true, publishedAt: true } } },
    }),
  ]);
  const ids = firstMeetings.map((row) => row.meetingId);
  const rows = await db.meeting.findMany({
    where: { id: { in: ids } },
    select: {
      ...meetingHeadSelect,
      participants: { where: { actorId: { not: actorId } }, select: { actor: { select: { slug: true, name: true } } }, orderBy: { actor: { name: "asc" } } },
    },
  });
  const byId = new Map(rows.map(({ id, ...meeting }) => [id, meeting]));
  return { meetings: ids.flatMap((id) => byId.get(id) ?? []), quotes };
});

type PersonArticleRow = { slug: string; title: string | null; lead: string | null; outlet: string | null; publishedAt: string | null; mentions: number };

/** The latest articles that name the actor, speak for them or give them a role (capped), and how many there are. */
export const listPersonArticles = cached("listPersonArticles", async (actorId: number) => {
  const named = `SELECT article_id FROM mention WHERE actor_id = $1 UNION SELECT article_id FROM statement WHERE speaker_id = $1 UNION SELECT article_id FROM role WHERE actor_id = $1`;
  const [[count], articles] = await Promise.all([
    db.$queryRawUnsafe<Array<{ total: number }>>(`SELECT count(*)::int AS total FROM (${named}) ids`, actorId),
    db.$queryRawUnsafe<PersonArticleRow[]>(
      `SELECT a.slug, a.title, CASE WHEN a.title IS NULL THEN left(a.body, 400) END AS lead, a.outlet, a.published_at::text AS "publishedAt",
              (SELECT count(*) FROM mention m WHERE m.actor_id = $1 AND m.article_id = a.id)::int AS mentions
       FROM article a WHERE a.id IN (${named})
       ORDER BY a.published_at DESC NULLS LAST, a.id ASC
       LIMIT $2`,
      actorId,
      PERSON_ARTICLES,
    ),
  ]);
  return { total: count?.total ?? 0, articles: articles.map((article) => ({ ...article, publishedAt: dayOrNull(article.publishedAt) })) };
});
