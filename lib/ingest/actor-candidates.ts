// Reads the actors an article's names could match, by indexed look-ups of their keys (lib/ingest/name-keys.ts).
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor as ExtractedActor } from "@/lib/extract/schema";
import { candidateKeys, type KnownActor } from "./actor-match";
import { normalizeName } from "./names";

type Tx = Prisma.TransactionClient;

type Row = { id: number; slug: string; name: string; kind: string; forms: string[]; titles: string[]; affiliations: string[]; evidenced: boolean };

/** Candidates for `actors` plus the actors `extraIds` names, in id order; `evidenced` is read only when asked. */
export async function findCandidateActors(tx: Tx, actors: ExtractedActor[], extraIds: number[] = [], withEvidence = false): Promise<KnownActor[]> {
  const { keys, forms } = candidateKeys(actors);
  if (keys.length === 0 && forms.length === 0 && extraIds.length === 0) return [];
  // Reading article_ids detoasts long arrays; only an edited article's orphans need it.
  const evidence = withEvidence ? "bool_or(cardinality(coalesce(al.article_ids, '{}')) > 0)" : "true";
  // Titles and affiliations are the evidence the looser name rules ask for (lib/ingest/person-match.ts).
  const rows = await tx.$queryRawUnsafe<Row[]>(
    `SELECT a.id, a.slug, a.name, a.kind::text AS kind,
            coalesce(array_agg(al.normalized) FILTER (WHERE al.normalized IS NOT NULL), '{}') AS forms,
            coalesce(${evidence}, false) AS evidenced,
            coalesce(a.titles, '{}') AS titles, coalesce(a.affiliations, '{}') AS affiliations
     FROM actor a LEFT JOIN actor_alias al ON al.actor_id = a.id
     WHERE (a.kind = 'person' AND a.name_keys && $1::text[])
        OR a.id = ANY($2::int[])
        OR a.id IN (SELECT actor_id FROM actor_alias WHERE normalized = ANY($3::text[]))
     GROUP BY a.id
     ORDER BY a.id`,
    keys,
    extraIds,
    forms,
  );
  return rows.map((row) => ({ id: row.id, slug: row.slug, name: row.name, kind: row.kind, forms: new Set([normalizeName(row.name), ...row.forms]), roles: { titles: row.titles, affiliations: row.affiliations }, evidenced: row.evidenced }));
}
