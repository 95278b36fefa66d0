// The one search box: people (by any name, misspellings too), meetings (by participants, place and date), quotes
// (words said) and articles (headline, outlet), each group a few index reads with a LIMIT.
import "server-only";
import { db } from "@/lib/db/client";
import type { ActorKind } from "@/lib/db/generated/enums";
import type { SearchQuery } from "@/lib/web/search-query";
import { cached } from "./cached";
import { findQuotes } from "./search-quotes";
import { all, dayOrNull, escapeLike, filledAffiliation, meetingHeadSelect, sql } from "./sql";
import { suggestSpeakers } from "./suggest-speakers";

export const SEARCH_GROUP_SIZE = 6;
// A person matched this well is taken to be meant: their meetings are searched.
const MEANT = 0.5;

export type PersonHit = { slug: string; name: string; kind: ActorKind; quotes: number; role: string | null };

async function findPeople(words: string) {
  if (words.length < 2) return [];
  const matches = await suggestSpeakers(words, SEARCH_GROUP_SIZE);
  if (matches.length === 0) return [];
  // The latest role, its country filled as the people list fills it (a title named alone in one article).
  const actors = await db.$queryRaw<Array<{ slug: string; kind: ActorKind; title: string | null; affiliation: string | null }>>`
    SELECT a.slug, a.kind::text AS kind, latest.title, ${filledAffiliation(sql`a.id`, sql`latest.title`, sql`latest.affiliation`)} AS affiliation
    FROM actor a
    LEFT JOIN LATERAL (SELECT r.title, r.affiliation FROM role r WHERE r.actor_id = a.id ORDER BY r.published_at DESC NULLS LAST, r.id DESC LIMIT 1) latest ON TRUE
    WHERE a.slug = ANY(${matches.map((match) => match.slug)}::text[])`;
  const bySlug = new Map(actors.map((actor) => [actor.slug, actor]));
  return matches.flatMap((match) => {
    const actor = bySlug.get(match.slug);
    if (!actor) return [];
    const role = actor.title === null ? null : [actor.title, actor.affiliation].filter(Boolean).join(", ");
    return [{ slug: match.slug, name: match.name, kind: actor.kind, quotes: match.quotes, score: match.score, role }];
  });
}

/** Meetings of the people meant (those with the most of them first), or held at a place the words name, within the dates. */
async function findMeetings(query: SearchQuery, meant: string[]) {
  const place = query.words.length >= 3 ? `%${escapeLike(query.words)}%` : null;
  if (meant.length === 0 && !place && !query.dates) return [];
  const dates = query.dates;
  const rows = await db.$queryRaw<Array<{ id: number }>>`
    SELECT m.id FROM meeting m
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS people FROM meeting_participant mp JOIN actor a ON a.id = mp.actor_id
      WHERE mp.meeting_id = m.id AND a.slug = ANY(${meant}::text[])
    ) matched ON TRUE
    WHERE ${all([
      ...(meant.length > 0 || place ? [sql`(matched.people > 0 ${place ? sql`OR m.location ILIKE ${place}` : sql``})`] : []),
      ...(dates ? [sql`m.date IS NOT NULL AND m.date BETWEEN ${dates.first}::date AND ${dates.last}::date`] : []),
    ])}
    ORDER BY matched.people DESC, m.date DESC NULLS LAST, m.id DESC
    LIMIT ${SEARCH_GROUP_SIZE}`;
  const ids = rows.map((row) => row.id);
  const meetings = await db.meeting.findMany({
    where: { id: { in: ids } },
    select: { ...meetingHeadSelect, participants: { select: { actor: { select: { slug: true, name: true } } }, orderBy: { actor: { name: "asc" } } } },
  });
  const byId = new Map(meetings.map(({ id, ...meeting }) => [id, meeting]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function findArticles(query: SearchQuery) {
  const words = query.words.split(" ").filter((word) => word.length >= 2);
  if (words.length === 0 && !query.dates) return [];
  const dates = query.dates;
  const rows = await db.$queryRaw<Array<{ slug: string; title: string | null; lead: string | null; outlet: string | null; publishedAt: string | null }>>`
    SELECT a.slug, a.title, CASE WHEN a.title IS NULL THEN left(a.body, 400) END AS lead, a.outlet, a.published_at::text AS "publishedAt" FROM article a
    WHERE ${all([
      ...words.map((word) => sql`(coalesce(a.title, left(a.body, 400)) ILIKE ${`%${escapeLike(word)}%`} OR a.outlet ILIKE ${`%${escapeLike(word)}%`})`),
      ...(dates ? [sql`a.published_at BETWEEN ${dates.first}::date AND ${dates.last}::date`] : []),
    ])}
    ORDER BY a.published_at DESC NULLS LAST, a.id DESC
    LIMIT ${SEARCH_GROUP_SIZE}`;
  return rows.map((row) => ({ ...row, publishedAt: dayOrNull(row.publishedAt) }));
}

async function findSaid(query: SearchQuery) {
  if (query.words.length < 2) return { total: 0, more: false, quotes: [] };
  const dates = query.dates ? { raw: query.dates.raw, first: query.dates.first, last: query.dates.last } : undefined;
  const { total, more, quotes } = await findQuotes({ speakers: [], unnamed: [], q: query.words, kinds: [], from: dates, to: dates, sort: "relevance", page: 1 });
  return { total, more, quotes: quotes.slice(0, SEARCH_GROUP_SIZE) };
}

/** Everything the query finds, grouped; people first (a name typed in full puts that person at the top). */
export const searchEverything = cached("searchEverything", async (query: SearchQuery) => {
  const people = await findPeople(query.words);
  const meant = people.filter((person) => person.score >= MEANT).map((person) => person.slug);
  const [meetings, quotes, articles] = await Promise.all([findMeetings(query, meant), findSaid(query), findArticles(query)]);
  const found: PersonHit[] = people.map(({ slug, name, kind, quotes, role }) => ({ slug, name, kind, quotes, role }));
  return { people: found, meetings, quotes, articles };
});

export type SearchResults = Awaited<ReturnType<typeof searchEverything>>;
