// Keeps each actor's distinct titles and affiliations (actor.titles, actor.affiliations) in step with its role
// rows: the name rules read them as evidence with every candidate (lib/ingest/actor-candidates.ts).
import type { Prisma } from "@/lib/db/generated/client";

type Tx = Prisma.TransactionClient;

export type ActorRole = { actorId: number; title: string; affiliation: string | null };

export type ActorRoleLists = { id: number; titles: string[]; affiliations: string[] };

/** Adds roles of newly loaded facts (new role rows only add: nothing to recompute). */
export async function addActorRoles(tx: Tx, roles: ActorRole[]): Promise<void> {
  const byActor = new Map<number, { titles: Set<string>; affiliations: Set<string> }>();
  for (const role of roles) {
    const entry = byActor.get(role.actorId) ?? { titles: new Set<string>(), affiliations: new Set<string>() };
    entry.titles.add(role.title);
    if (role.affiliation) entry.affiliations.add(role.affiliation);
    byActor.set(role.actorId, entry);
  }
  await addToActorRoles(tx, [...byActor].map(([id, entry]) => ({ id, titles: [...entry.titles], affiliations: [...entry.affiliations] })));
}

/** Adds titles and affiliations to actors' lists, each value once, in order. */
export async function addToActorRoles(tx: Tx, rows: ActorRoleLists[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    UPDATE "actor" a SET
      "titles" = ARRAY(SELECT DISTINCT t FROM unnest(coalesce(a."titles", '{}') || n."titles") AS t ORDER BY 1),
      "affiliations" = ARRAY(SELECT DISTINCT f FROM unnest(coalesce(a."affiliations", '{}') || n."affiliations") AS f ORDER BY 1)
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS n("id" int, "titles" text[], "affiliations" text[])
    WHERE a."id" = n."id"`;
}

/**
 * After an edited article's roles were replaced: a title or affiliation it no longer gives an actor is recomputed
 * from that actor's role rows (another article may still give it); what it gives now is added.
 */
export async function updateActorRoles(tx: Tx, removed: ActorRole[], added: ActorRole[]): Promise<void> {
  const title = (role: ActorRole) => `${role.actorId}\u0000title\u0000${role.title}`;
  const affiliation = (role: ActorRole) => `${role.actorId}\u0000affiliation\u0000${role.affiliation}`;
  const keys = (roles: ActorRole[]) => new Set(roles.flatMap((role) => [title(role), ...(role.affiliation ? [affiliation(role)] : [])]));
  const missing = (role: ActorRole, present: Set<string>) => !present.has(title(role)) || (role.affiliation !== null && !present.has(affiliation(role)));
  const [given, had] = [keys(added), keys(removed)];
  const lost = removed.filter((role) => missing(role, given));
  await refreshActorRoles(tx, [...new Set(lost.map((role) => role.actorId))]);
  // What the article gave before is in the actor's lists already; only what is new is added (usually nothing).
  await addActorRoles(tx, added.filter((role) => missing(role, had)));
}

/** Recomputes them from the role rows. */
export async function refreshActorRoles(tx: Tx, actorIds: number[]): Promise<void> {
  if (actorIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE "actor" a SET
      "titles" = ARRAY(SELECT DISTINCT r."title" FROM "role" r WHERE r."actor_id" = a."id" ORDER BY 1),
      "affiliations" = ARRAY(SELECT DISTINCT r."affiliation" FROM "role" r WHERE r."actor_id" = a."id" AND r."affiliation" IS NOT NULL ORDER BY 1)
    WHERE a."id" = ANY(${actorIds}::int[])`;
}
