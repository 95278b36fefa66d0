// The segmented article every later stage reads: paragraphs, quotations, sentences and tokens.
import { findQuoteMarks, type QuoteMarkSpan } from "../quotes/quote-marks";
import { splitParagraphs, type Paragraph } from "./paragraphs";
import { splitSentences } from "./sentences";
import { tokenize, type Token } from "./tokenize";

export type Sentence = { index: number; start: number; end: number; paragraph: number; tokens: Token[] };
export type QuoteRegion = QuoteMarkSpan & { paragraph: number };

export type Doc = {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Quotation-mark spans, in text order. */
  quoteRegions: QuoteRegion[];
};

/** Paragraphs whose words can state facts (site furniture and bylines cannot). */
export const factual = (p: Paragraph): boolean => p.kind === "body" || p.kind === "headline" || p.kind === "caption";

export function buildDocument(text: string): Doc {
  const paragraphs = splitParagraphs(text);
  // Outlets that quote with single marks use no double marks in the body.
  const bodyHasDouble = paragraphs.some((p) => p.kind === "body" && /["\u201c\u201d]|''/.test(text.slice(p.start, p.end)));
  const sentences: Sentence[] = [];
  const quoteRegions: QuoteRegion[] = [];
  for (const p of paragraphs) {
    if (!factual(p)) continue;
    const marks = findQuoteMarks(text, p.start, p.end, p.kind === "headline" || !bodyHasDouble);
    for (const m of marks) quoteRegions.push({ ...m, paragraph: p.index });
    const ranges = splitSentences(text, p.start, p.end, marks.map((m) => ({ start: m.open, end: m.closed ? m.close + 1 : m.close })));
    for (const r of ranges) {
      sentences.push({ index: sentences.length, start: r.start, end: r.end, paragraph: p.index, tokens: tokenize(text, r.start, r.end) });
    }
  }
  return { text, paragraphs, sentences, quoteRegions };
}
