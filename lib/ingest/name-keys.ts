// The keys the ingest finds people by, stored with each actor and GIN-indexed, so resolving an article's actors
// reads only the candidates its rules (lib/ingest/person-match.ts) could accept, never every actor: the family
// name (spelling folded), the given name with the family name's first letters (a misspelled family name), a lineage.
import type { Prisma } from "@/lib/db/generated/client";
import { familyName, foldToken, givenName, lineage, personName } from "./name-forms";
import { normalizeName } from "./names";

type Tx = Prisma.TransactionClient;

export function nameKeys(name: string, kind: string): string[] {
  if (kind !== "person") return [];
  const parsed = personName(name);
  const family = familyName(parsed);
  if (!family) return [];
  const keys = [`family:${foldToken(family)}`];
  // Two letters of the family name: a misspelling is rarely in them, and one letter let common given names read
  // hundreds of candidates per batch on a generated corpus.
  if (parsed.core.length >= 2) keys.push(`given:${foldToken(givenName(parsed))} ${family.slice(0, 2)}`);
  const line = lineage(parsed);
  if (line) keys.push(`lineage:${line}`);
  return keys;
}

/** Fills keys of rows written before the keys existed, or before their rules changed (a migration empties them). */
export async function fillNameKeys(tx: Tx): Promise<void> {
  const actors = await tx.$queryRaw<Array<{ id: number; name: string }>>`
    SELECT "id", "name" FROM "actor" WHERE "kind" = 'person' AND coalesce(cardinality("name_keys"), 0) = 0`;
  if (actors.length > 0) {
    await tx.$executeRaw`
      UPDATE "actor" a SET "name_keys" = k.keys
      FROM json_to_recordset(${JSON.stringify(actors.map((actor) => ({ id: actor.id, keys: nameKeys(actor.name, "person") })))}::json) AS k(id int, keys text[])
      WHERE a."id" = k.id`;
  }
  const aliases = await tx.$queryRaw<Array<{ id: number; alias: string }>>`SELECT "id", "alias" FROM "actor_alias" WHERE "normalized" IS NULL`;
  if (aliases.length > 0) {
    await tx.$executeRaw`
      UPDATE "actor_alias" al SET "normalized" = k.normalized
      FROM unnest(${aliases.map((alias) => alias.id)}::int[], ${aliases.map((alias) => normalizeName(alias.alias))}::text[]) AS k(id, normalized)
      WHERE al."id" = k.id`;
  }
}
