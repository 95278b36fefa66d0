// The keys the ingest finds actors by: an actor's last word and each alias in normalized form, stored beside
// the names and indexed, so resolving an article's actors reads only the candidates, never every actor.
import type { Prisma } from "@/lib/db/generated/client";
import { lastToken, normalizeName } from "./names";

type Tx = Prisma.TransactionClient;

/** Fills keys of rows written before the keys existed (a database migrated from an earlier version). */
export async function fillNameKeys(tx: Tx): Promise<void> {
  const actors = await tx.$queryRaw<Array<{ id: number; name: string }>>`SELECT "id", "name" FROM "actor" WHERE "last_word" IS NULL`;
  if (actors.length > 0) {
    await tx.$executeRaw`
      UPDATE "actor" a SET "last_word" = k.last_word
      FROM unnest(${actors.map((actor) => actor.id)}::int[], ${actors.map((actor) => lastToken(actor.name))}::text[]) AS k(id, last_word)
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
