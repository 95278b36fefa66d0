// After an edited article's load: drop what no article supports any more, and keep names and slug history
// consistent with it. Only the actors and meetings that article referenced before can have lost support,
// so only they are looked at: the cost of an edit does not grow with the record.
import type { Prisma } from "@/lib/db/generated/client";
import { nameTokens } from "./names";
import { renameActor } from "./slugs";

type Tx = Prisma.TransactionClient;

export type GarbageScope = { actorIds: number[]; meetingIds: number[] };

export async function collectGarbage(tx: Tx, scope: GarbageScope): Promise<void> {
  const { actorIds, meetingIds } = scope;
  if (actorIds.length > 0) await tx.$executeRaw`DELETE FROM "actor_alias" WHERE "actor_id" = ANY(${actorIds}::int[]) AND cardinality(coalesce("article_ids", '{}')) = 0`;
  const meetings =
    meetingIds.length === 0
      ? []
      : await tx.$queryRaw<Array<{ id: number }>>`
          DELETE FROM "meeting" m WHERE m."id" = ANY(${meetingIds}::int[]) AND NOT EXISTS (SELECT 1 FROM "meeting_source" s WHERE s."meeting_id" = m."id") RETURNING m."id"`;
  const actors =
    actorIds.length === 0
      ? []
      : await tx.$queryRaw<Array<{ id: number }>>`
          DELETE FROM "actor" a WHERE a."id" = ANY(${actorIds}::int[]) AND NOT EXISTS (SELECT 1 FROM "actor_alias" al WHERE al."actor_id" = a."id") RETURNING a."id"`;
  await renameActorsWithoutTheirName(tx, actorIds);
  const gone = { actors: actors.map((row) => row.id), meetings: meetings.map((row) => row.id) };
  if (gone.actors.length + gone.meetings.length > 0) {
    await tx.$executeRaw`
      DELETE FROM "slug_history" WHERE ("owner" = 'actor' AND "target_id" = ANY(${gone.actors}::int[])) OR ("owner" = 'meeting' AND "target_id" = ANY(${gone.meetings}::int[]))`;
  }
}

// An actor whose name no article uses any more takes its fullest remaining alias.
async function renameActorsWithoutTheirName(tx: Tx, actorIds: number[]): Promise<void> {
  if (actorIds.length === 0) return;
  const rows = await tx.$queryRaw<Array<{ id: number; slug: string; kind: string; aliases: string[] }>>`
    SELECT a."id", a."slug", a."kind"::text AS "kind", array_agg(al."alias" ORDER BY al."alias") AS "aliases"
    FROM "actor" a JOIN "actor_alias" al ON al."actor_id" = a."id"
    WHERE a."id" = ANY(${actorIds}::int[]) AND NOT EXISTS (SELECT 1 FROM "actor_alias" n WHERE n."actor_id" = a."id" AND n."alias" = a."name")
    GROUP BY a."id"`;
  for (const actor of rows) {
    const name = [...actor.aliases].sort((a, b) => nameTokens(b).length - nameTokens(a).length || b.length - a.length)[0];
    if (name) await renameActor(tx, actor, name);
  }
}
