// After a load: drop what no article supports any more, and keep names and slug history consistent with it.
import type { Prisma } from "@/lib/db/generated/client";
import { nameTokens } from "./names";
import { renameActor } from "./slugs";

type Tx = Prisma.TransactionClient;

export async function collectGarbage(tx: Tx): Promise<void> {
  await tx.$executeRaw`DELETE FROM "actor_alias" WHERE cardinality(coalesce("article_ids", '{}')) = 0`;
  await tx.$executeRaw`DELETE FROM "meeting" m WHERE NOT EXISTS (SELECT 1 FROM "meeting_source" s WHERE s."meeting_id" = m."id")`;
  await tx.$executeRaw`DELETE FROM "actor" a WHERE NOT EXISTS (SELECT 1 FROM "actor_alias" al WHERE al."actor_id" = a."id")`;
  await renameActorsWithoutTheirName(tx);
  await tx.$executeRaw`
    DELETE FROM "slug_history" h WHERE
      (h."owner" = 'actor' AND NOT EXISTS (SELECT 1 FROM "actor" t WHERE t."id" = h."target_id")) OR
      (h."owner" = 'meeting' AND NOT EXISTS (SELECT 1 FROM "meeting" t WHERE t."id" = h."target_id")) OR
      (h."owner" = 'article' AND NOT EXISTS (SELECT 1 FROM "article" t WHERE t."id" = h."target_id"))`;
}

// An actor whose name no article uses any more takes its fullest remaining alias.
async function renameActorsWithoutTheirName(tx: Tx): Promise<void> {
  const rows = await tx.$queryRaw<Array<{ id: number; slug: string; kind: string; aliases: string[] }>>`
    SELECT a."id", a."slug", a."kind"::text AS "kind", array_agg(al."alias" ORDER BY al."alias") AS "aliases"
    FROM "actor" a JOIN "actor_alias" al ON al."actor_id" = a."id"
    WHERE NOT EXISTS (SELECT 1 FROM "actor_alias" n WHERE n."actor_id" = a."id" AND n."alias" = a."name")
    GROUP BY a."id"`;
  for (const actor of rows) {
    const name = [...actor.aliases].sort((a, b) => nameTokens(b).length - nameTokens(a).length || b.length - a.length)[0];
    if (name) await renameActor(tx, actor, name);
  }
}
