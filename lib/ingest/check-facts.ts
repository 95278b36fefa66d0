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
  return { article: { ...article, actors, interactions, quotes, statements, ...chrome }, warnings };
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
