// Reloads an article whose text or extraction changed: its facts are replaced, while the actors and meetings
// it still reports keep their rows and slugs, and what nothing supports any more is collected.
import type { Prisma } from "@/lib/db/generated/client";
import { updateActorRoles, type ActorRole } from "./actor-roles";
import { collectGarbage } from "./collect-garbage";
import { isoDay } from "./dates";
import type { PreparedArticle } from "./prepare-article";
import { resolveActors } from "./resolve-actors";
import { resolveMeetings, type PreviousMeeting } from "./resolve-meetings";
import { forgetSlug, freeSlug, rememberSlug } from "./slugs";
import { writeFacts, type FactCounts } from "./write-facts";

type Tx = Prisma.TransactionClient;

export type ExistingArticle = { id: number; slug: string };

export async function replaceArticle(tx: Tx, existing: ExistingArticle, prepared: PreparedArticle, extractor: string | null): Promise<{ slug: string; facts: FactCounts }> {
  const { source, facts, header } = prepared;
  const articleId = existing.id;
  const previous = await clearFacts(tx, articleId);
  const slug = await freeSlug(tx, "article", prepared.slugBase, articleId);
  await tx.article.update({
    where: { id: articleId },
    data: { ...header, contentHash: source.contentHash, extractionHash: prepared.extractionHash, extractor, body: source.body, slug, ingestedAt: new Date() },
  });
  if (slug !== existing.slug) {
    await forgetSlug(tx, "article", slug);
    await rememberSlug(tx, "article", existing.slug, articleId);
  }
  const actorIds = await resolveActors(tx, articleId, facts.actors, previous.actorIds);
  const meetingIds = await resolveMeetings(tx, articleId, facts.interactions, actorIds, previous.meetings);
  const { counts, roles } = await writeFacts(tx, articleId, header.publishedAt, facts, actorIds, meetingIds);
  await updateActorRoles(tx, previous.roles, roles);
  await collectGarbage(tx, { actorIds: [...previous.actorIds], meetingIds: previous.meetings.map((meeting) => meeting.id) });
  return { slug, facts: counts };
}

/** Removes an article's facts, returning what it referenced so renamed actors and meetings keep their rows. */
async function clearFacts(tx: Tx, articleId: number): Promise<{ actorIds: Set<number>; meetings: PreviousMeeting[]; roles: ActorRole[] }> {
  const aliases = await tx.$queryRaw<Array<{ actor_id: number }>>`
    SELECT DISTINCT "actor_id" FROM "actor_alias" WHERE ${articleId}::int = ANY("article_ids")`;
  const meetings = await tx.meeting.findMany({
    where: { sources: { some: { articleId } } },
    select: { id: true, slug: true, kind: true, date: true, datePrecision: true, participants: { select: { actorId: true } }, sources: { where: { articleId }, select: { text: true } } },
  });
  const roles = await tx.$queryRaw<ActorRole[]>`DELETE FROM "role" WHERE "article_id" = ${articleId}::int RETURNING "actor_id" AS "actorId", "title", "affiliation"`;
  await tx.mention.deleteMany({ where: { articleId } });
  await tx.statement.deleteMany({ where: { articleId } });
  await tx.meetingSource.deleteMany({ where: { articleId } });
  await tx.articleChrome.deleteMany({ where: { articleId } });
  await tx.$executeRaw`UPDATE "actor_alias" SET "article_ids" = array_remove("article_ids", ${articleId}::int) WHERE ${articleId}::int = ANY("article_ids")`;
  return {
    roles,
    actorIds: new Set(aliases.map((row) => row.actor_id)),
    meetings: meetings.map((meeting) => ({
      id: meeting.id,
      slug: meeting.slug,
      kind: meeting.kind,
      date: meeting.date ? partialDate(meeting.date, meeting.datePrecision) : null,
      participantIds: meeting.participants.map((participant) => participant.actorId),
      evidence: meeting.sources.map((source) => source.text),
    })),
  };
}

function partialDate(date: Date, precision: string): string | null {
  const day = isoDay(date);
  return precision === "day" ? day : precision === "month" ? day.slice(0, 7) : precision === "year" ? day.slice(0, 4) : null;
}
