// Loads one article and its extracted facts into the record in one transaction: an unchanged article is
// skipped, a changed one has its facts replaced while the actors and meetings that remain keep their slugs.
import { createHash } from "node:crypto";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { checkFacts } from "./check-facts";
import { collectGarbage } from "./collect-garbage";
import { isoDay, toStoredDate } from "./dates";
import { resolveActors } from "./resolve-actors";
import { resolveMeetings, type PreviousMeeting } from "./resolve-meetings";
import { forgetSlug, freeSlug, rememberSlug, slugify } from "./slugs";
import { writeFacts, type FactCounts } from "./write-facts";

type Tx = Prisma.TransactionClient;

/** Serialises loads: two ingests never interleave their writes (an arbitrary constant: "READ"). */
export const INGEST_LOCK = 0x52454144;

export type ArticleSource = { fileName: string; body: string; contentHash: string };
export type LoadStatus = "new" | "changed" | "unchanged";
export type LoadResult = { status: LoadStatus; articleId: number; slug: string; warnings: string[]; facts: FactCounts | null };

/** Throws ExtractionContractError (nothing written) when `output` breaks the extraction contract. */
export async function loadArticle(db: Db, source: ArticleSource, output: unknown): Promise<LoadResult> {
  const { article: facts, warnings } = checkFacts(output, source.body);
  const extractionHash = createHash("sha256").update(JSON.stringify(facts)).digest("hex");
  const title = facts.title?.trim() || null;
  const header = {
    contentHash: source.contentHash,
    extractionHash,
    title,
    outlet: facts.outlet,
    url: facts.url ?? null,
    publishedAt: toStoredDate(facts.publishedAt).date,
    body: source.body,
  };
  const slugBase = slugify(title ?? path.parse(source.fileName).name) || "article";

  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${INGEST_LOCK}::bigint)`;
      const existing = await tx.article.findUnique({ where: { fileName: source.fileName }, select: { id: true, slug: true, contentHash: true, extractionHash: true } });
      if (existing && existing.contentHash === source.contentHash && existing.extractionHash === extractionHash) {
        return { status: "unchanged" as const, articleId: existing.id, slug: existing.slug, warnings, facts: null };
      }
      // The same text under a second file name would double every quote and meeting source it holds.
      const twin = await tx.article.findFirst({ where: { contentHash: source.contentHash, fileName: { not: source.fileName } }, select: { fileName: true } });
      if (twin) throw new Error(`has the same text as ${twin.fileName}, which is already in the record; not ingested twice`);
      let articleId: number;
      let slug: string;
      let previousActors = new Set<number>();
      let previousMeetings: PreviousMeeting[] = [];
      if (existing) {
        articleId = existing.id;
        ({ actorIds: previousActors, meetings: previousMeetings } = await clearFacts(tx, articleId));
        slug = await freeSlug(tx, "article", slugBase, articleId);
        await tx.article.update({ where: { id: articleId }, data: { ...header, slug, ingestedAt: new Date() } });
        if (slug !== existing.slug) {
          await forgetSlug(tx, "article", slug);
          await rememberSlug(tx, "article", existing.slug, articleId);
        }
      } else {
        slug = await freeSlug(tx, "article", slugBase, null);
        await forgetSlug(tx, "article", slug);
        articleId = (await tx.article.create({ data: { ...header, slug, fileName: source.fileName }, select: { id: true } })).id;
      }
      const actorIds = await resolveActors(tx, articleId, facts.actors, previousActors);
      const meetingIds = await resolveMeetings(tx, articleId, facts.interactions, actorIds, previousMeetings);
      const counts = await writeFacts(tx, articleId, facts, actorIds, meetingIds);
      await collectGarbage(tx);
      return { status: existing ? ("changed" as const) : ("new" as const), articleId, slug, warnings, facts: counts };
    },
    // Generous limits: a long article from a slow pipeline must not time out half-way (it would roll back anyway).
    { maxWait: 120_000, timeout: 600_000 },
  );
}

/** Removes an article's facts, returning what it referenced so renamed actors and meetings keep their rows. */
async function clearFacts(tx: Tx, articleId: number): Promise<{ actorIds: Set<number>; meetings: PreviousMeeting[] }> {
  const aliases = await tx.$queryRaw<Array<{ actor_id: number }>>`
    SELECT DISTINCT "actor_id" FROM "actor_alias" WHERE ${articleId}::int = ANY("article_ids")`;
  const meetings = await tx.meeting.findMany({
    where: { sources: { some: { articleId } } },
    select: { id: true, slug: true, kind: true, date: true, datePrecision: true, participants: { select: { actorId: true } }, sources: { where: { articleId }, select: { text: true } } },
  });
  await tx.role.deleteMany({ where: { articleId } });
  await tx.mention.deleteMany({ where: { articleId } });
  await tx.statement.deleteMany({ where: { articleId } });
  await tx.meetingSource.deleteMany({ where: { articleId } });
  await tx.$executeRaw`UPDATE "actor_alias" SET "article_ids" = array_remove("article_ids", ${articleId}::int) WHERE ${articleId}::int = ANY("article_ids")`;
  return {
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
