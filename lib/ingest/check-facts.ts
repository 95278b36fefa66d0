// Holds extraction output to its contract and to the article text before anything is written: a fact whose
// span falls outside the text is dropped with a warning; a dangling reference is cut with a warning.
import { z } from "zod";
import { extractedArticle, type ExtractedArticle, type Span } from "@/lib/extract/schema";

export class ExtractionContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExtractionContractError";
  }
}

export type CheckedFacts = { article: ExtractedArticle; warnings: string[] };

/**
 * The most an article may hold. A news article has tens of quotes and names; a file of 150,000 quotation marks
 * gave 150,000 quotes, and a megabyte-long "quote" (a long run of words inside one pair of marks) made every search
 * that matched it a megabyte of highlighted page. Facts past a limit are dropped with a warning.
 */
export const FACT_LIMITS = {
  /** Characters in one quote or statement: a long speech excerpt is a few thousand. */
  statementChars: 10_000,
  /** Quotes and statements together. */
  statements: 5_000,
  actors: 2_000,
  /** Mentions of all actors together. */
  mentions: 20_000,
  interactions: 2_000,
} as const;

function validDate(partial: string): boolean {
  const [year, month, day] = partial.split("-").map(Number);
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day));
  return date.getUTCDate() === day;
}

export function checkFacts(output: unknown, body: string): CheckedFacts {
  const parsed = extractedArticle.safeParse(output);
  if (!parsed.success) throw new ExtractionContractError(`extraction output breaks its contract: ${z.prettifyError(parsed.error).replace(/\n/g, "; ")}`);
  const article = parsed.data;
  const warnings = [...(article.warnings ?? [])];
  const inText = (span: Span) => span.start <= span.end && span.end <= body.length;
  const outside = (what: string, span: Span) => `${what}: span ${span.start}-${span.end} lies outside the text (${body.length} characters); dropped`;

  const actorIds = new Set<string>();
  const actors = article.actors.filter((actor) => {
    if (actorIds.has(actor.id)) return !warnings.push(`actor "${actor.id}" is listed twice; the second is dropped`);
    actorIds.add(actor.id);
    return true;
  });
  for (const actor of actors) {
    actor.mentions = actor.mentions?.filter((span) => inText(span) || !warnings.push(outside(`mention of "${actor.name}"`, span)));
    for (const role of actor.roles) {
      const span = role.start !== undefined && role.end !== undefined ? { start: role.start, end: role.end } : null;
      if (span && !inText(span)) warnings.push(outside(`role "${role.title}" of "${actor.name}" (kept without its span)`, span));
      if (!span || !inText(span)) {
        delete role.start;
        delete role.end;
      }
    }
  }

  const interactionIds = new Set<string>();
  const interactions = article.interactions.filter((interaction) => {
    if (!inText(interaction.evidence)) return !warnings.push(outside(`interaction "${interaction.id}"`, interaction.evidence));
    if (interactionIds.has(interaction.id)) return !warnings.push(`interaction "${interaction.id}" is listed twice; the second is dropped`);
    interactionIds.add(interaction.id);
    const unknown = interaction.participants.filter((id) => !actorIds.has(id));
    if (unknown.length) warnings.push(`interaction "${interaction.id}" names unknown actors ${unknown.join(", ")}; they are left out`);
    interaction.participants = [...new Set(interaction.participants.filter((id) => actorIds.has(id)))];
    if (interaction.date && !validDate(interaction.date)) {
      warnings.push(`interaction "${interaction.id}" has an impossible date ${interaction.date}; stored as undated`);
      interaction.date = null;
    }
    return true;
  });

  const cutReferences = <T extends { id: string; speaker: string | null; interaction?: string | null; date?: string | null }>(what: string, fact: T): T => {
    if (fact.date && !validDate(fact.date)) {
      warnings.push(`${what} "${fact.id}" has an impossible date ${fact.date}; stored as undated`);
      fact.date = null;
    }
    if (fact.speaker !== null && !actorIds.has(fact.speaker)) {
      warnings.push(`${what} "${fact.id}" names an unknown speaker "${fact.speaker}"; kept without one`);
      fact.speaker = null;
    }
    if (fact.interaction && !interactionIds.has(fact.interaction)) {
      warnings.push(`${what} "${fact.id}" names an unknown interaction "${fact.interaction}"; kept without one`);
      fact.interaction = null;
    }
    return fact;
  };
  const quotes = article.quotes.filter((quote) => inText(quote) || !warnings.push(outside(`quote "${quote.id}"`, quote))).map((quote) => cutReferences("quote", quote));
  const statements = article.statements
    .filter((statement) => inText(statement) || !warnings.push(outside(`statement "${statement.id}"`, statement)))
    .map((statement) => cutReferences("statement", statement));

  const chrome = article.chrome && { chrome: chromeSpans(article.chrome, inText, warnings) };
  return { article: withinLimits({ ...article, actors, interactions, quotes, statements, ...chrome }, warnings), warnings };
}

/** Drops what passes FACT_LIMITS, with one warning per kind (not one per fact: there may be 100,000). */
function withinLimits(article: ExtractedArticle, warnings: string[]): ExtractedArticle {
  const long = (fact: { end: number; start: number }) => fact.end - fact.start > FACT_LIMITS.statementChars;
  const tooLong = article.quotes.filter(long).length + article.statements.filter(long).length;
  if (tooLong) warnings.push(`${tooLong} quote(s) or statement(s) longer than ${FACT_LIMITS.statementChars.toLocaleString("en-US")} characters; dropped`);
  const quotes = article.quotes.filter((quote) => !long(quote));
  const statements = article.statements.filter((statement) => !long(statement));
  const keep = <T>(list: T[], limit: number, what: string): T[] => {
    if (list.length <= limit) return list;
    warnings.push(`${list.length.toLocaleString("en-US")} ${what}; only the first ${limit.toLocaleString("en-US")} are kept`);
    return list.slice(0, limit);
  };
  const keptQuotes = keep(quotes, FACT_LIMITS.statements, "quotes");
  const keptStatements = keep(statements, Math.max(0, FACT_LIMITS.statements - keptQuotes.length), "statements beside the quotes");
  const actors = keep(article.actors, FACT_LIMITS.actors, "actors");
  let mentions = 0;
  let mentionsDropped = 0;
  for (const actor of actors) {
    const room = Math.max(0, FACT_LIMITS.mentions - mentions);
    const count = actor.mentions?.length ?? 0;
    if (count > room) {
      mentionsDropped += count - room;
      actor.mentions = actor.mentions?.slice(0, room);
    }
    mentions += Math.min(count, room);
  }
  if (mentionsDropped) warnings.push(`${(mentions + mentionsDropped).toLocaleString("en-US")} mentions of names; only the first ${FACT_LIMITS.mentions.toLocaleString("en-US")} are kept`);
  const interactions = keep(article.interactions, FACT_LIMITS.interactions, "meetings and calls");
  // References to what was dropped are cut as dangling ones are.
  const actorIds = new Set(actors.map((actor) => actor.id));
  const interactionIds = new Set(interactions.map((interaction) => interaction.id));
  for (const interaction of interactions) interaction.participants = interaction.participants.filter((id) => actorIds.has(id));
  for (const fact of [...keptQuotes, ...keptStatements]) {
    if (fact.speaker !== null && !actorIds.has(fact.speaker)) fact.speaker = null;
    if (fact.interaction && !interactionIds.has(fact.interaction)) fact.interaction = null;
  }
  return { ...article, actors, interactions, quotes: keptQuotes, statements: keptStatements };
}

/** Page-chrome spans in text order; one that leaves the text or overlaps the one before is dropped. */
function chromeSpans(spans: Span[], inText: (span: Span) => boolean, warnings: string[]): Span[] {
  const kept: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = kept.at(-1);
    if (!inText(span)) warnings.push(`page chrome: span ${span.start}-${span.end} lies outside the text; dropped`);
    else if (last && span.start < last.end) warnings.push(`page chrome: span ${span.start}-${span.end} overlaps ${last.start}-${last.end}; dropped`);
    else kept.push(span);
  }
  return kept;
}
