// Speaker look-up by any of their names, tolerant of misspellings (pg_trgm word similarity).
import "server-only";
import { db } from "@/lib/db/client";

export type SpeakerSuggestion = { slug: string; name: string; quotes: number; score: number };

/** Speakers whose name or an alias resembles `typed`, best match first. */
export async function suggestSpeakers(typed: string, take = 8): Promise<SpeakerSuggestion[]> {
  const text = typed.trim();
  if (text === "") return [];
  return db.$queryRaw<SpeakerSuggestion[]>`
    SELECT a.slug, a.name, (SELECT count(*)::int FROM statement s WHERE s.speaker_id = a.id) AS quotes,
           max(GREATEST(word_similarity(${text}, names.alias), CASE WHEN strpos(lower(names.alias), lower(${text})) > 0 THEN 1 ELSE 0 END))::float8 AS score
    FROM actor a
    CROSS JOIN LATERAL (SELECT a.name AS alias UNION SELECT al.alias FROM actor_alias al WHERE al.actor_id = a.id) names
    WHERE EXISTS (SELECT 1 FROM statement s WHERE s.speaker_id = a.id)
      AND (word_similarity(${text}, names.alias) >= 0.3 OR strpos(lower(names.alias), lower(${text})) > 0)
    GROUP BY a.id
    ORDER BY score DESC, quotes DESC, a.name ASC
    LIMIT ${take}`;
}

/** Names for the speakers a URL selects, in the URL's order; unknown slugs are left out. */
export async function listSpeakersBySlug(slugs: string[]) {
  if (slugs.length === 0) return [];
  const actors = await db.actor.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true } });
  const bySlug = new Map(actors.map((actor) => [actor.slug, actor]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}
