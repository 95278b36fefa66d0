// Maps an edited article's actors onto the record's, writing as it goes: the same person across articles is one
// Actor whose aliases are merged; an actor an edit renamed keeps its row and its old slug redirects.
// (New articles go through lib/ingest/new-articles.ts, which applies the same rules to a batch in memory.)
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor as ExtractedActor } from "@/lib/extract/schema";
import { findCandidateActors } from "./actor-candidates";
import { findMatch, isRenamed, type KnownActor } from "./actor-match";
import { nameKeys } from "./name-keys";
import { normalizeName } from "./names";
import { givenNameReferences } from "./same-article";
import { actorVariant, forgetSlug, freeSlug, rememberSlug, renameActor, slugify } from "./slugs";

type Tx = Prisma.TransactionClient;

async function rename(tx: Tx, actor: KnownActor, name: string): Promise<void> {
  const slug = await renameActor(tx, actor, name);
  Object.assign(actor, { name, slug });
}

async function create(tx: Tx, local: ExtractedActor): Promise<KnownActor> {
  const slug = await freeSlug(tx, "actor", slugify(local.name), null, actorVariant(local.kind));
  await forgetSlug(tx, "actor", slug);
  const row = await tx.actor.create({ data: { slug, name: local.name, kind: local.kind, nameKeys: nameKeys(local.name, local.kind) }, select: { id: true } });
  return { id: row.id, slug, name: local.name, kind: local.kind, forms: new Set([normalizeName(local.name)]), roles: { titles: [], affiliations: [] }, evidenced: true };
}

/**
 * Returns the record's actor id for each of the article's actor ids. `previousIds` are the actors this
 * article named before this load (its alias references already removed).
 */
export async function resolveActors(tx: Tx, articleId: number, actors: ExtractedActor[], previousIds: Set<number>): Promise<Map<string, number>> {
  const known = await findCandidateActors(tx, actors, [...previousIds], true);
  const orphans = known.filter((actor) => previousIds.has(actor.id) && !actor.evidenced);
  const claimed = new Set<number>();
  const resolved = new Map<string, number>();
  const unmatched: ExtractedActor[] = [];
  const references = givenNameReferences(actors);

  for (const local of actors) {
    if (references.has(local.id)) continue;
    const match = findMatch(local, known);
    if (!match) {
      unmatched.push(local);
      continue;
    }
    if (match.upgrade) await rename(tx, match.actor, local.name);
    claimed.add(match.actor.id);
    resolved.set(local.id, match.actor.id);
  }
  for (const local of unmatched) {
    const previous = orphans.find((actor) => !claimed.has(actor.id) && isRenamed(actor, local));
    const actor = previous ?? (await create(tx, local));
    if (previous) await rename(tx, previous, local.name);
    else known.push(actor);
    claimed.add(actor.id);
    resolved.set(local.id, actor.id);
  }
  // A given name alone is the person the article names in full.
  for (const [reference, fullName] of references) {
    const actorId = resolved.get(fullName);
    if (actorId !== undefined) resolved.set(reference, actorId);
  }
  // An actor the edit merged into another: its old page redirects to the one that took its place.
  for (const orphan of orphans.filter((actor) => !claimed.has(actor.id))) {
    const successor = actors.find((local) => isRenamed(orphan, local));
    const successorId = successor && resolved.get(successor.id);
    if (successorId) await rememberSlug(tx, "actor", orphan.slug, successorId);
  }

  await recordAliases(tx, articleId, actors, resolved, known);
  return resolved;
}

async function recordAliases(tx: Tx, articleId: number, actors: ExtractedActor[], resolved: Map<string, number>, known: KnownActor[]): Promise<void> {
  const pairs = new Map<string, { actorId: number; alias: string }>();
  for (const local of actors) {
    const actorId = resolved.get(local.id);
    if (actorId === undefined) continue;
    for (const alias of [local.name, ...local.aliases].map((text) => text.trim()).filter(Boolean)) {
      pairs.set(`${actorId}\u0000${alias}`, { actorId, alias });
      known.find((actor) => actor.id === actorId)?.forms.add(normalizeName(alias));
    }
  }
  const rows = [...pairs.values()];
  if (!rows.length) return;
  await tx.$executeRaw`
    INSERT INTO "actor_alias" ("actor_id", "alias", "normalized", "article_ids")
    SELECT pair.actor_id, pair.alias, pair.normalized, ARRAY[${articleId}::int]
    FROM unnest(${rows.map((row) => row.actorId)}::int[], ${rows.map((row) => row.alias)}::text[], ${rows.map((row) => normalizeName(row.alias))}::text[]) AS pair(actor_id, alias, normalized)
    ON CONFLICT ("actor_id", "alias") DO UPDATE SET "article_ids" =
      CASE WHEN ${articleId}::int = ANY(coalesce("actor_alias"."article_ids", '{}')) THEN "actor_alias"."article_ids"
           ELSE array_append(coalesce("actor_alias"."article_ids", '{}'), ${articleId}::int) END`;
}
