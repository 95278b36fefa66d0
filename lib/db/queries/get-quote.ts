// One statement for its permalink: who, what, the paragraph around it and where it was reported.
import "server-only";
import { db } from "@/lib/db/client";
import { contextAround } from "@/lib/web/article-segments";
import { cached } from "./cached";

export const getQuoteById = cached("getQuoteById", async (id: number) => {
  const statement = await db.statement.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      text: true,
      cue: true,
      speakerLabel: true,
      start: true,
      end: true,
      caption: true,
      saidDate: true,
      saidDatePrecision: true,
      speaker: { select: { slug: true, name: true } },
      meeting: { select: { slug: true, kind: true, date: true, datePrecision: true } },
      article: { select: { slug: true, title: true, outlet: true, url: true, publishedAt: true, body: true } },
    },
  });
  if (!statement) return null;
  const { body, ...article } = statement.article;
  const end = Math.min(statement.end, body.length);
  const start = Math.min(statement.start, end);
  const context = contextAround(body, start, end);
  // Only the context leaves the server, with the quote's offsets made relative to it.
  return { ...statement, article, context: { text: context.text, quoteStart: start - context.start, quoteEnd: Math.min(end, context.end) - context.start } };
});

export type QuoteDetail = NonNullable<Awaited<ReturnType<typeof getQuoteById>>>;
