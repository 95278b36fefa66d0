// URL slugs: readable, unique per kind of page, and remembered when they change so old links redirect.
import type { Prisma, SlugOwner } from "@/lib/db/generated/client";
import { familyName, personName } from "./name-forms";
import { nameKeys } from "./name-keys";

type Tx = Prisma.TransactionClient;

export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf("-"), 1)).replace(/-+$/, "");
}

/** "2024-06-20-dermer-hanegbi-sullivan": the date at its precision (or "undated"), then sorted surnames. */
export function meetingSlugBase(date: string | null, kind: string, participants: Array<{ name: string; kind: string }>): string {
  const names = participants.map((actor) => (actor.kind === "person" ? slugify(familyName(personName(actor.name))) : slugify(actor.name))).filter(Boolean);
  const unique = [...new Set(names)].sort();
  const shown = unique.length > 4 ? [...unique.slice(0, 4), `and-${unique.length - 4}-more`] : unique;
  return [date ?? "undated", ...(shown.length ? shown : [kind])].join("-");
}

const SLUG_TABLE = { actor: "actor", meeting: "meeting", article: "article" } as const;

async function slugTaken(tx: Tx, owner: SlugOwner, slug: string, id: number | null): Promise<boolean> {
  const where = { slug, NOT: id === null ? undefined : { id } };
  const table = SLUG_TABLE[owner];
  if (table === "actor") return (await tx.actor.count({ where })) > 0;
  if (table === "meeting") return (await tx.meeting.count({ where })) > 0;
  return (await tx.article.count({ where })) > 0;
}

/** The first free slug among base, base-<variant>, base-2, base-3... for this owner kind. */
export async function freeSlug(tx: Tx, owner: SlugOwner, base: string, id: number | null, variant?: string): Promise<string> {
  const root = base || owner;
  const candidates = [root, ...(variant ? [`${root}-${variant}`] : [])];
  for (const candidate of candidates) if (!(await slugTaken(tx, owner, candidate, id))) return candidate;
  for (let n = 2; ; n++) if (!(await slugTaken(tx, owner, `${root}-${n}`, id))) return `${root}-${n}`;
}

/** Records that `oldSlug` now leads to `targetId`. */
export async function rememberSlug(tx: Tx, owner: SlugOwner, oldSlug: string, targetId: number): Promise<void> {
  await tx.slugHistory.upsert({ where: { owner_slug: { owner, slug: oldSlug } }, create: { owner, slug: oldSlug, targetId }, update: { targetId } });
}

/** A live slug wins over a remembered one: the history entry is dropped when a page takes the slug. */
export async function forgetSlug(tx: Tx, owner: SlugOwner, slug: string): Promise<void> {
  await tx.slugHistory.deleteMany({ where: { owner, slug } });
}

/** Renames an actor; its slug follows the name and the old slug keeps redirecting. Returns the new slug. */
export async function renameActor(tx: Tx, actor: { id: number; slug: string; kind: string }, name: string): Promise<string> {
  const slug = await freeSlug(tx, "actor", slugify(name), actor.id, actorVariant(actor.kind));
  await tx.actor.update({ where: { id: actor.id }, data: { name, slug, nameKeys: nameKeys(name, actor.kind) } });
  if (slug !== actor.slug) {
    await forgetSlug(tx, "actor", slug);
    await rememberSlug(tx, "actor", actor.slug, actor.id);
  }
  return slug;
}

/** "israel-country" beside "israel-organization"; two people of one name are told apart by number. */
export function actorVariant(kind: string): string | undefined {
  return kind === "person" ? undefined : kind;
}
