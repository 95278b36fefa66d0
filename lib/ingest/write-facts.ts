// An article's roles, mentions, meeting sources, statements and page-chrome spans as rows, and their insertion in one statement
// per table for any number of articles (rows keep their order, so ids follow the articles' order).
import type { DatePrecision, Prisma } from "@/lib/db/generated/client";
import type { ExtractedArticle } from "@/lib/extract/schema";
import { isoDay, toStoredDate } from "./dates";

type Tx = Prisma.TransactionClient;

export type FactCounts = { roles: number; mentions: number; sources: number; quotes: number; statements: number };

type RoleRow = { actorId: number; articleId: number; title: string; affiliation: string | null; start: number | null; end: number | null; publishedAt: string | null };
type MentionRow = { actorId: number; articleId: number; start: number; end: number };
type SourceRow = { meetingId: number; articleId: number; start: number; end: number; text: string; caption: boolean };
type StatementRow = {
  articleId: number;
  speakerId: number | null;
  speakerLabel: string;
  kind: "direct" | "partial" | "indirect";
  cue: string | null;
  text: string;
  start: number;
  end: number;
  caption: boolean;
  meetingId: number | null;
  publishedAt: string | null;
  /** When it was said, as a day at `saidDatePrecision` (null: the text does not say). */
  saidDate: string | null;
  saidDatePrecision: DatePrecision;
};
type ChromeRow = { articleId: number; start: number; end: number };

export type FactRows = { roles: RoleRow[]; mentions: MentionRow[]; sources: SourceRow[]; statements: StatementRow[]; chrome: ChromeRow[] };

export const emptyFactRows = (): FactRows => ({ roles: [], mentions: [], sources: [], statements: [], chrome: [] });

function saidOn(date: string | null | undefined): Pick<StatementRow, "saidDate" | "saidDatePrecision"> {
  const stored = toStoredDate(date ?? null);
  return { saidDate: stored.date ? isoDay(stored.date) : null, saidDatePrecision: stored.precision };
}

/** Every actor and interaction id must already be resolved; -1 would fail the foreign key loudly. */
export function factRows(articleId: number, publishedAt: Date | null, facts: ExtractedArticle, actorIds: Map<string, number>, meetingIds: Map<string, number>): FactRows {
  const day = publishedAt ? isoDay(publishedAt) : null;
  const actorOf = (id: string | null) => (id === null ? null : (actorIds.get(id) ?? null));
  const meetingOf = (id: string | null | undefined) => (id ? (meetingIds.get(id) ?? null) : null);
  const roles = facts.actors.flatMap((actor) =>
    actor.roles.map((role) => ({ actorId: actorIds.get(actor.id) ?? -1, articleId, title: role.title, affiliation: role.affiliation, start: role.start ?? null, end: role.end ?? null, publishedAt: day })),
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
    cue: null,
    text: quote.text,
    start: quote.start,
    end: quote.end,
    caption: quote.caption ?? false,
    meetingId: meetingOf(quote.interaction),
    publishedAt: day,
    ...saidOn(quote.date),
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
    publishedAt: day,
    ...saidOn(statement.date),
  }));
  const chrome = (facts.chrome ?? []).map((span) => ({ articleId, start: span.start, end: span.end }));
  return { roles, mentions, sources, statements: [...quotes, ...statements], chrome };
}

/** Appends one by one: spreading a list of 150,000 rows into push() overflows the call stack. */
export function appendFactRows(into: FactRows, rows: FactRows): void {
  for (const row of rows.roles) into.roles.push(row);
  for (const row of rows.mentions) into.mentions.push(row);
  for (const row of rows.sources) into.sources.push(row);
  for (const row of rows.statements) into.statements.push(row);
  for (const row of rows.chrome) into.chrome.push(row);
}

export function countFacts(facts: ExtractedArticle, rows: FactRows): FactCounts {
  return { roles: rows.roles.length, mentions: rows.mentions.length, sources: rows.sources.length, quotes: facts.quotes.length, statements: facts.statements.length };
}

// Rows travel as one JSON document per table: serializing it is native and PostgreSQL reads it in one pass,
// several times faster than one array parameter per column.
const json = (rows: object[]) => JSON.stringify(rows);

export async function insertFacts(tx: Tx, rows: FactRows): Promise<void> {
  const { roles, mentions, sources, statements, chrome } = rows;
  if (roles.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "role" ("actor_id", "article_id", "title", "affiliation", "start", "end", "published_at")
      SELECT r."actorId", r."articleId", r."title", r."affiliation", r."start", r."end", r."publishedAt"
      FROM json_to_recordset(${json(roles)}::json) AS r("actorId" int, "articleId" int, "title" text, "affiliation" text, "start" int, "end" int, "publishedAt" date)`;
  }
  if (mentions.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "mention" ("actor_id", "article_id", "start", "end")
      SELECT m."actorId", m."articleId", m."start", m."end" FROM json_to_recordset(${json(mentions)}::json) AS m("actorId" int, "articleId" int, "start" int, "end" int)`;
  }
  if (sources.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "meeting_source" ("meeting_id", "article_id", "start", "end", "text", "caption")
      SELECT s."meetingId", s."articleId", s."start", s."end", s."text", s."caption"
      FROM json_to_recordset(${json(sources)}::json) AS s("meetingId" int, "articleId" int, "start" int, "end" int, "text" text, "caption" boolean)`;
  }
  if (statements.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "statement" ("article_id", "speaker_id", "speaker_label", "kind", "cue", "text", "start", "end", "caption", "meeting_id", "published_at", "said_date", "said_date_precision")
      SELECT s."articleId", s."speakerId", s."speakerLabel", s."kind"::"StatementKind", s."cue", s."text", s."start", s."end", s."caption", s."meetingId", s."publishedAt",
             s."saidDate", s."saidDatePrecision"::"DatePrecision"
      FROM json_to_recordset(${json(statements)}::json) AS s("articleId" int, "speakerId" int, "speakerLabel" text, "kind" text, "cue" text, "text" text, "start" int, "end" int,
                                                         "caption" boolean, "meetingId" int, "publishedAt" date, "saidDate" date, "saidDatePrecision" text)`;
  }
  if (chrome.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "article_chrome" ("article_id", "start", "end")
      SELECT c."articleId", c."start", c."end" FROM json_to_recordset(${json(chrome)}::json) AS c("articleId" int, "start" int, "end" int)`;
  }
}

/** The facts of one article, for a load that writes as it goes (an edited article); returns its role rows too. */
export async function writeFacts(
  tx: Tx,
  articleId: number,
  publishedAt: Date | null,
  facts: ExtractedArticle,
  actorIds: Map<string, number>,
  meetingIds: Map<string, number>,
): Promise<{ counts: FactCounts; roles: RoleRow[] }> {
  const rows = factRows(articleId, publishedAt, facts, actorIds, meetingIds);
  await insertFacts(tx, rows);
  return { counts: countFacts(facts, rows), roles: rows.roles };
}
