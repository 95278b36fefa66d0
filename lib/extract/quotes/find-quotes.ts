// Turns quotation-mark spans into quote candidates: inner text without the marks and without a
// trailing comma or period, titles and links dropped, transcript speaker tags split off.
import type { QuoteSpan } from "../attribution/context";
import type { Doc } from "../text/document";
import { notSpeech } from "./not-speech";

const TAG = /^((?:\p{Lu}[\p{Lu}.'\u2019\-]+)(?: \p{Lu}[\p{Lu}.'\u2019\-]+){0,2}):\s+/u;

function sentenceOf(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (!s) break;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(doc.sentences.length - 1, lo));
}

export type Dropped = { start: number; end: number; reason: string };

export function findQuotes(doc: Doc): { quotes: QuoteSpan[]; dropped: Dropped[] } {
  const { text } = doc;
  const quotes: QuoteSpan[] = [];
  const dropped: Dropped[] = [];
  for (const r of doc.quoteRegions) {
    let start = r.open + 1;
    let end = r.close;
    while (start < end && /\s/.test(text[start] ?? "")) start++;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    if (end > start && /[,.]/.test(text[end - 1] ?? "") && text.slice(end - 3, end) !== "...") end--;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    if (end <= start) continue;
    const inner = text.slice(start, end);
    const para = doc.paragraphs[r.paragraph];
    const before = text.slice(Math.max(para?.start ?? 0, r.open - 40), r.open);
    const after = text.slice(r.close + 1, Math.min(para?.end ?? text.length, r.close + 40));
    const why = notSpeech(inner, before, after);
    if (why) {
      dropped.push({ start, end, reason: why });
      continue;
    }
    let tag: string | null = null;
    const t = TAG.exec(inner);
    if (t && t[1] && t[1].length >= 3 && start + t[0].length < end) {
      tag = t[1];
      start += t[0].length;
    }
    quotes.push({ start, end, open: r.open, close: r.close, closed: r.closed, single: r.single, paragraph: r.paragraph, sentence: sentenceOf(doc, r.open), tag });
  }
  return { quotes, dropped };
}
