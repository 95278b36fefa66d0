// Speaker look-up by any of their names, tolerant of misspellings (pg_trgm word similarity on the trigram index
// of aliases; an actor's name is always one of its aliases), and unnamed speakers by how articles name them.
import "server-only";
import { db } from "@/lib/db/client";
import { cached } from "./cached";
import { escapeLike, wordsWithin } from "./sql";

export type SpeakerSuggestion = { slug: string; name: string; quotes: number; score: number };
export type UnnamedSpeakerSuggestion = { label: string; quotes: number };

// Below this word similarity a name is not suggested (pg_trgm's default, 0.6, misses common misspellings).
const THRESHOLD = "0.3";

/** Actors whose name or an alias resembles `typed`, best match first; those never quoted too (quotes: 0), so the page can say so. */
export const suggestSpeakers = cached("suggestSpeakers", async (typed: string, take = 8): Promise<SpeakerSuggestion[]> => {
  const text = typed.trim();
  if (text === "") return [];
  // The trigram index answers `%>` (word similarity above the threshold) and ILIKE (a name containing the text).
  const pattern = `%${escapeLike(text)}%`;
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${THRESHOLD}, true)`,
    db.$queryRaw<SpeakerSuggestion[]>`
      WITH matched AS (
        SELECT al.actor_id, max(GREATEST(word_similarity(${text}, al.alias), CASE WHEN strpos(lower(al.alias), lower(${text})) > 0 THEN 1 ELSE 0 END))::float8 AS score
        FROM actor_alias al
        WHERE al.alias %> ${text} OR al.alias ILIKE ${pattern}
        GROUP BY al.actor_id
      )
      SELECT a.slug, a.name, q.quotes, matched.score
      FROM matched JOIN actor a ON a.id = matched.actor_id
      CROSS JOIN LATERAL (SELECT count(*)::int AS quotes FROM statement s WHERE s.speaker_id = a.id) q
      ORDER BY matched.score DESC, q.quotes DESC, a.name ASC
      LIMIT ${take}`,
  ]);
  return rows;
});

// Unnamed speakers are looked up among this many of the latest statements without a named speaker, so a look-up
// costs the same however large the record grows.
const UNNAMED_SCAN = 20_000;

/** How articles name unnamed speakers ("US official", "a senior Israeli official") that contain `typed`, most quoted first. */
export const suggestUnnamedSpeakers = cached("suggestUnnamedSpeakers", async (typed: string, take = 4): Promise<UnnamedSpeakerSuggestion[]> => {
  const text = typed.trim();
  if (text.length < 2) return [];
  return db.$queryRaw<UnnamedSpeakerSuggestion[]>`
    SELECT min(latest.speaker_label) AS label, count(*)::int AS quotes
    FROM (SELECT s.speaker_label FROM statement s WHERE s.speaker_id IS NULL ORDER BY s.published_at DESC NULLS LAST LIMIT ${UNNAMED_SCAN}) latest
    WHERE ' ' || latest.speaker_label || ' ' ILIKE ${wordsWithin(text)}
    GROUP BY lower(latest.speaker_label)
    ORDER BY quotes DESC, label ASC
    LIMIT ${take}`;
});

/** Names and quote counts of the speakers a URL selects, in the URL's order; unknown slugs are left out. */
export const listSpeakersBySlug = cached("listSpeakersBySlug", async (slugs: string[]) => {
  if (slugs.length === 0) return [];
  const actors = await db.actor.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true, _count: { select: { statements: true } } } });
  const bySlug = new Map(actors.map((actor) => [actor.slug, { slug: actor.slug, name: actor.name, quotes: actor._count.statements }]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
});
