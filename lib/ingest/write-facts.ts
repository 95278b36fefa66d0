// Writes an article's roles, mentions, meeting sources and statements once its actors and meetings are resolved.
import type { Prisma } from "@/lib/db/generated/client";
import type { ExtractedArticle } from "@/lib/extract/schema";

type Tx = Prisma.TransactionClient;

export type FactCounts = { roles: number; mentions: number; sources: number; quotes: number; statements: number };

export async function writeFacts(
  tx: Tx,
  articleId: number,
  facts: ExtractedArticle,
  actorIds: Map<string, number>,
  meetingIds: Map<string, number>,
): Promise<FactCounts> {
  const actorOf = (id: string | null) => (id === null ? null : (actorIds.get(id) ?? null));
  const meetingOf = (id: string | null | undefined) => (id ? (meetingIds.get(id) ?? null) : null);

  const roles = facts.actors.flatMap((actor) =>
    actor.roles.map((role) => ({ actorId: actorIds.get(actor.id) ?? -1, articleId, title: role.title, affiliation: role.affiliation, start: role.start ?? null, end: role.end ?? null })),
  );
  const mentions = facts.actors.flatMap((actor) => (actor.mentions ?? []).map((span) => ({ actorId: actorIds.get(actor.id) ?? -1, articleId, start: span.start, end: span.end })));
  const sources = facts.interactions.map((interaction) => ({
    meetingId: meetingIds.get(interaction.id) ?? -1,
    articleId,
    start: interaction.evidence.start,
    end: interaction.evidence.end,
    text: interaction.evidence.text,
    caption: interaction.caption ?? false,
  }));
  const quotes = facts.quotes.map((quote) => ({
    articleId,
    speakerId: actorOf(quote.speaker),
    speakerLabel: quote.speakerLabel,
    kind: quote.kind,
    text: quote.text,
    start: quote.start,
    end: quote.end,
    caption: quote.caption ?? false,
    meetingId: meetingOf(quote.interaction),
  }));
  const statements = facts.statements.map((statement) => ({
    articleId,
    speakerId: actorOf(statement.speaker),
    speakerLabel: statement.speakerLabel,
    kind: "indirect" as const,
    cue: statement.cue,
    text: statement.text,
    start: statement.start,
    end: statement.end,
    caption: statement.caption ?? false,
    meetingId: meetingOf(statement.interaction),
  }));

  // Every actor and interaction id was resolved before this point; -1 would fail the foreign key loudly.
  await tx.role.createMany({ data: roles });
  await tx.mention.createMany({ data: mentions });
  await tx.meetingSource.createMany({ data: sources });
  await tx.statement.createMany({ data: [...quotes, ...statements] });
  return { roles: roles.length, mentions: mentions.length, sources: sources.length, quotes: quotes.length, statements: statements.length };
}
