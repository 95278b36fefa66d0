// One actor's page: names, roles with their sources, meetings, quotes, counterparts and articles.
import "server-only";
import { db } from "@/lib/db/client";

const PERSON_MEETINGS = 100;
const PERSON_QUOTES = 50;

export async function getPersonBySlug(slug: string) {
  return db.actor.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
      roles: {
        orderBy: [{ article: { publishedAt: { sort: "asc", nulls: "last" } } }, { id: "asc" }],
        select: { id: true, title: true, affiliation: true, article: { select: { slug: true, title: true, outlet: true, publishedAt: true } } },
      },
      _count: { select: { meetings: true, statements: true } },
    },
  });
}

export type PersonDetail = NonNullable<Awaited<ReturnType<typeof getPersonBySlug>>>;

/** The person's meetings in date order (capped) and their quotes, newest report first (capped). */
export async function listPersonActivity(actorId: number) {
  const [meetings, quotes] = await Promise.all([
    db.meeting.findMany({
      where: { participants: { some: { actorId } } },
      orderBy: [{ date: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: PERSON_MEETINGS,
      select: {
        slug: true,
        kind: true,
        date: true,
        datePrecision: true,
        location: true,
        participants: { where: { actorId: { not: actorId } }, select: { actor: { select: { slug: true, name: true } } }, orderBy: { actor: { name: "asc" } } },
      },
    }),
    db.statement.findMany({
      where: { speakerId: actorId },
      orderBy: [{ article: { publishedAt: { sort: "desc", nulls: "last" } } }, { articleId: "asc" }, { start: "asc" }],
      take: PERSON_QUOTES,
      select: { id: true, kind: true, text: true, article: { select: { slug: true, title: true, outlet: true, publishedAt: true } } },
    }),
  ]);
  return { meetings, quotes };
}

/** The actors this one shares the most meetings with. */
export async function listCounterparts(actorId: number, take = 8) {
  return db.$queryRaw<{ slug: string; name: string; meetings: number }[]>`
    SELECT a.slug, a.name, count(DISTINCT mine.meeting_id)::int AS meetings
    FROM meeting_participant mine
    JOIN meeting_participant other ON other.meeting_id = mine.meeting_id AND other.actor_id <> mine.actor_id
    JOIN actor a ON a.id = other.actor_id
    WHERE mine.actor_id = ${actorId}
    GROUP BY a.id
    ORDER BY meetings DESC, a.name ASC
    LIMIT ${take}`;
}

/** Articles that name the actor, speak for them or give them a role, with how often they are named. */
export async function listPersonArticles(actorId: number) {
  const articles = await db.article.findMany({
    where: { OR: [{ mentions: { some: { actorId } } }, { statements: { some: { speakerId: actorId } } }, { roles: { some: { actorId } } }] },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: { slug: true, title: true, outlet: true, publishedAt: true, _count: { select: { mentions: { where: { actorId } } } } },
  });
  return articles.map(({ _count, ...article }) => ({ ...article, mentions: _count.mentions }));
}
