// Captures a person as a PersonRef and finds them again: the actor whose aliases carry the most of the
// reference's (name, article) pairs.
import type { Prisma } from "@/lib/db/generated/client";
import { normalizeName } from "@/lib/ingest/names";
import type { PersonRef } from "./refs";

type Tx = Prisma.TransactionClient;

export type FoundActor = { id: number; slug: string; name: string; kind: string };

export async function capturePerson(tx: Tx, actorId: number): Promise<PersonRef | null> {
  const actor = await tx.actor.findUnique({ where: { id: actorId }, select: { name: true, slug: true, kind: true, aliases: { select: { alias: true, articleIds: true } } } });
  if (!actor) return null;
  const forms = actor.aliases.flatMap((row) => row.articleIds.map((articleId) => ({ alias: row.alias, articleId })));
  return { name: actor.name, slug: actor.slug, kind: actor.kind, forms };
}

/** The actor that now carries the most of the person's names in their articles; `except` is never chosen. */
export async function resolvePerson(tx: Tx, person: PersonRef, except: number[] = []): Promise<FoundActor | null> {
  if (person.forms.length === 0) return null;
  const forms = JSON.stringify(person.forms.map((form) => ({ ...form, normalized: normalizeName(form.alias) })));
  const rows = await tx.$queryRaw<FoundActor[]>`
    SELECT a."id", a."slug", a."name", a."kind"::text AS "kind"
    FROM json_to_recordset(${forms}::json) AS f("alias" text, "normalized" text, "articleId" int)
    JOIN "actor_alias" al ON al."normalized" = f."normalized" AND al."alias" = f."alias" AND f."articleId" = ANY(al."article_ids")
    JOIN "actor" a ON a."id" = al."actor_id"
    WHERE NOT (a."id" = ANY(${except}::int[]))
    GROUP BY a."id"
    ORDER BY count(*) DESC, a."id"
    LIMIT 1`;
  return rows[0] ?? null;
}
