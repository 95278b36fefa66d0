// The ordered stages: segment → quotes → names → actors → speakers → statements → interactions.
import { attributeQuotes } from "./attribution/attribute-quotes";
import { buildContext } from "./attribution/context";
import { findMentions } from "./entities/find-mentions";
import { resolveMentions } from "./entities/resolve";
import { findInteractions } from "./interactions/find-interactions";
import { assembleActors } from "./output/assemble";
import { assembleInteractions, assembleStatements, interactionFor } from "./output/assemble-facts";
import { assembleQuotes, type DateOfSaying } from "./output/assemble-quotes";
import { findQuotes } from "./quotes/find-quotes";
import type { ArticleMeta, ExtractedArticle } from "./schema";
import { findStatements } from "./statements/find-statements";
import { buildDocument } from "./text/document";
import { whenSaid } from "./dates/statement-date";

export function runPipeline(text: string, meta: ArticleMeta, base: ExtractedArticle): ExtractedArticle {
  const doc = buildDocument(text);
  const { quotes } = findQuotes(doc);
  const mentions = findMentions(doc, quotes.map((q) => ({ start: q.open, end: q.close + 1 })));
  const cast = resolveMentions(mentions);
  const ctx = buildContext(doc, cast, mentions, quotes);
  const attributed = attributeQuotes(ctx);
  const statements = findStatements(ctx);
  const meetings = findInteractions(ctx, meta.publishedAt ?? null);
  const { actors, idOf } = assembleActors(text, cast);
  const assembled = assembleInteractions(ctx, meetings, idOf);
  const link = (sentence: number, speaker: Parameters<typeof interactionFor>[2]) => interactionFor(ctx, sentence, speaker, assembled, idOf);
  const headline = doc.paragraphs.find((p) => p.kind === "headline");
  const dateOf: DateOfSaying = (sentence, said, speaker) => {
    const s = doc.sentences[sentence];
    return s ? whenSaid(ctx, s, said, speaker, meta.publishedAt ?? null) : null;
  };
  return {
    ...base,
    title: meta.title ?? (headline ? text.slice(headline.start, headline.end) : null),
    actors,
    interactions: assembled.interactions,
    quotes: assembleQuotes(ctx, attributed, idOf, link, statements, dateOf),
    statements: assembleStatements(ctx, statements, attributed.filter((q) => q.tag), idOf, link, dateOf),
    // Site furniture ("Follow us on ...", "Most Popular", credits, time stamps, a repeated headline or caption): no fact comes from it.
    chrome: doc.paragraphs.filter((p) => p.kind === "boilerplate").map((p) => ({ start: p.start, end: p.end })),
  };
}
