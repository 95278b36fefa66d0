// Old slugs: where an actor, meeting or article that was renamed lives now.
import "server-only";
import { db } from "@/lib/db/client";
import type { SlugOwner } from "@/lib/db/generated/enums";
import { cached } from "./cached";

/** The current slug for a slug the owner used to have, or null when the slug was never used. */
export const findCurrentSlug = cached("findCurrentSlug", async (owner: SlugOwner, oldSlug: string): Promise<string | null> => {
  const history = await db.slugHistory.findUnique({ where: { owner_slug: { owner, slug: oldSlug } }, select: { targetId: true } });
  if (!history) return null;
  const where = { where: { id: history.targetId }, select: { slug: true } };
  const current =
    owner === "actor" ? await db.actor.findUnique(where) : owner === "meeting" ? await db.meeting.findUnique(where) : await db.article.findUnique(where);
  return current && current.slug !== oldSlug ? current.slug : null;
});
