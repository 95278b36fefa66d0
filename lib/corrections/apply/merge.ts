// Two actors that are one person: every name, mention, role, quote and meeting of one moves to the other,
// the emptied actor goes, and its address redirects to the one that remains.
import type { Prisma } from "@/lib/db/generated/client";
import { rememberSlug } from "@/lib/ingest/slugs";
import { touched, type Outcome, type Stored } from "../kinds";
import { resolvePerson } from "../person-ref";

type Tx = Prisma.TransactionClient;

export async function applyMerge(tx: Tx, correction: Stored<"merge">): Promise<Outcome> {
  const into = await resolvePerson(tx, correction.target.into);
  if (!into) return { review: `${correction.target.into.name} is no longer in the record` };
  const from = await resolvePerson(tx, correction.target.from, [into.id]);
  // Nothing else carries the merged person's names: merged already (or those articles dropped them).
  if (!from) return touched({ actorIds: [into.id] });
  await moveActor(tx, from.id, into.id);
  await rememberSlug(tx, "actor", from.slug, into.id);
  return touched({ actorIds: [into.id] });
}

/** Moves every row of `fromId` onto `intoId` and deletes `fromId`; redirects to `fromId` now lead to `intoId`. */
export async function moveActor(tx: Tx, fromId: number, intoId: number): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "actor_alias" ("actor_id", "alias", "normalized", "article_ids")
    SELECT ${intoId}::int, "alias", "normalized", "article_ids" FROM "actor_alias" WHERE "actor_id" = ${fromId}::int
    ON CONFLICT ("actor_id", "alias") DO UPDATE
      SET "article_ids" = ARRAY(SELECT DISTINCT unnest("actor_alias"."article_ids" || EXCLUDED."article_ids") ORDER BY 1)`;
  await tx.$executeRaw`DELETE FROM "actor_alias" WHERE "actor_id" = ${fromId}::int`;
  await tx.$executeRaw`UPDATE "mention" SET "actor_id" = ${intoId}::int WHERE "actor_id" = ${fromId}::int`;
  await tx.$executeRaw`UPDATE "role" SET "actor_id" = ${intoId}::int WHERE "actor_id" = ${fromId}::int`;
  await tx.$executeRaw`UPDATE "statement" SET "speaker_id" = ${intoId}::int WHERE "speaker_id" = ${fromId}::int`;
  await tx.$executeRaw`
    INSERT INTO "meeting_participant" ("meeting_id", "actor_id", "meeting_date")
    SELECT "meeting_id", ${intoId}::int, "meeting_date" FROM "meeting_participant" WHERE "actor_id" = ${fromId}::int
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`UPDATE "slug_history" SET "target_id" = ${intoId}::int WHERE "owner" = 'actor' AND "target_id" = ${fromId}::int`;
  await tx.$executeRaw`DELETE FROM "actor" WHERE "id" = ${fromId}::int`;
}
