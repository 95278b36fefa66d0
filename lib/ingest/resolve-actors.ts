// Maps an article's actors onto the record's: the same person across articles is one Actor whose aliases
// are merged; an actor an edit renamed keeps its row and its old slug redirects.
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor as ExtractedActor } from "@/lib/extract/schema";
import { extendsName, lastToken, nameSimilarity, nameTokens, normalizeName, samePersonName } from "./names";
import { actorVariant, forgetSlug, freeSlug, rememberSlug, renameActor, slugify } from "./slugs";

type Tx = Prisma.TransactionClient;

type KnownActor = { id: number; slug: string; name: string; kind: string; forms: Set<string>; evidenced: boolean };

const isPerson = (kind: string) => kind === "person";
// Organizations, groups and countries are often tagged differently by different articles; a person never is one of them.
const compatible = (a: string, b: string) => isPerson(a) === isPerson(b);

function findMatch(local: ExtractedActor, known: KnownActor[]): { actor: KnownActor; upgrade: boolean } | null {
  const name = normalizeName(local.name);
  const localForms = new Set([name, ...local.aliases.map(normalizeName)]);
  const candidates = known.filter((actor) => compatible(actor.kind, local.kind));
  const exact = candidates.find((actor) => {
    if (normalizeName(actor.name) === name) return true;
    if (!isPerson(local.kind)) return actor.forms.has(name) || localForms.has(normalizeName(actor.name));
    // For people only full names decide: "Netanyahu" alone can be more than one person.
    if (nameTokens(local.name).length > 1 && actor.forms.has(name)) return true;
    return samePersonName(actor.name, local.name);
  });
  if (exact) return { actor: exact, upgrade: isPerson(local.kind) && extendsName(local.name, exact.name) };
  if (!isPerson(local.kind)) return null;
  const tokens = nameTokens(local.name);
  // A bare family name joins the one person of that name; a full name completes a bare one.
  const unique = (matches: KnownActor[]) => (matches.length === 1 ? matches[0] : undefined);
  if (tokens.length === 1) {
    const match = unique(candidates.filter((actor) => lastToken(actor.name) === name));
    return match ? { actor: match, upgrade: false } : null;
  }
  const bare = unique(candidates.filter((actor) => nameTokens(actor.name).length === 1 && extendsName(local.name, actor.name)));
  return bare ? { actor: bare, upgrade: true } : null;
}

/** Whether `previous`, an actor only this article named, is `local` renamed by an edit. */
function isRenamed(previous: KnownActor, local: ExtractedActor): boolean {
  if (!compatible(previous.kind, local.kind)) return false;
  if (isPerson(local.kind) && lastToken(previous.name) === lastToken(local.name)) return true;
  return nameSimilarity(previous.name, local.name) >= 0.75;
}

async function loadKnownActors(tx: Tx): Promise<KnownActor[]> {
  const rows = await tx.actor.findMany({ select: { id: true, slug: true, name: true, kind: true, aliases: { select: { alias: true, articleIds: true } } } });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    forms: new Set([normalizeName(row.name), ...row.aliases.map((alias) => normalizeName(alias.alias))]),
    evidenced: row.aliases.some((alias) => alias.articleIds.length > 0),
  }));
}

async function rename(tx: Tx, actor: KnownActor, name: string): Promise<void> {
  const slug = await renameActor(tx, actor, name);
  Object.assign(actor, { name, slug });
}

async function create(tx: Tx, local: ExtractedActor): Promise<KnownActor> {
  const slug = await freeSlug(tx, "actor", slugify(local.name), null, actorVariant(local.kind));
  await forgetSlug(tx, "actor", slug);
  const row = await tx.actor.create({ data: { slug, name: local.name, kind: local.kind }, select: { id: true } });
  return { id: row.id, slug, name: local.name, kind: local.kind, forms: new Set([normalizeName(local.name)]), evidenced: true };
}

/**
 * Returns the record's actor id for each of the article's actor ids. `previousIds` are the actors this
 * article named before this load (its alias references already removed).
 */
export async function resolveActors(tx: Tx, articleId: number, actors: ExtractedActor[], previousIds: Set<number>): Promise<Map<string, number>> {
  const known = await loadKnownActors(tx);
  const orphans = known.filter((actor) => previousIds.has(actor.id) && !actor.evidenced);
  const claimed = new Set<number>();
  const resolved = new Map<string, number>();
  const unmatched: ExtractedActor[] = [];

  for (const local of actors) {
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
    INSERT INTO "actor_alias" ("actor_id", "alias", "article_ids")
    SELECT pair.actor_id, pair.alias, ARRAY[${articleId}::int]
    FROM unnest(${rows.map((row) => row.actorId)}::int[], ${rows.map((row) => row.alias)}::text[]) AS pair(actor_id, alias)
    ON CONFLICT ("actor_id", "alias") DO UPDATE SET "article_ids" =
      CASE WHEN ${articleId}::int = ANY(coalesce("actor_alias"."article_ids", '{}')) THEN "actor_alias"."article_ids"
           ELSE array_append(coalesce("actor_alias"."article_ids", '{}'), ${articleId}::int) END`;
}
