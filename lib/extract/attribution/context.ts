// What attribution rules look at: the segmented document, name mentions per sentence and the cast.
import type { ActorRecord, Cast } from "../entities/cast";
import type { Mention } from "../entities/mention";
import type { Doc, Sentence } from "../text/document";

export type QuoteSpan = {
  /** Inner text span (marks, a trailing comma or period excluded). */
  start: number;
  end: number;
  open: number;
  close: number;
  closed: boolean;
  single: boolean;
  paragraph: number;
  sentence: number;
  /** A speaker tag at the start of a transcript line ("PENCE: ..."). */
  tag: string | null;
};

export type ArticleContext = {
  doc: Doc;
  cast: Cast;
  mentionsBySentence: Map<number, Mention[]>;
  quotes: QuoteSpan[];
  inQuote: (pos: number) => boolean;
  /** The quotation whose marks cover `pos`, if any. */
  quoteAt: (pos: number) => QuoteSpan | undefined;
  /** The person a question-and-answer interview is with: the "I" of its unquoted answers. */
  interviewee: ActorRecord | null;
};

export function buildContext(doc: Doc, cast: Cast, mentions: Mention[], quotes: QuoteSpan[]): ArticleContext {
  const mentionsBySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = mentionsBySentence.get(m.sentence) ?? [];
    list.push(m);
    mentionsBySentence.set(m.sentence, list);
  }
  const sorted = [...quotes].sort((a, b) => a.open - b.open);
  const quoteAt = (pos: number): QuoteSpan | undefined => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = sorted[mid];
      if (!q) break;
      if (pos < q.open) hi = mid - 1;
      else if (pos > q.close) lo = mid + 1;
      else return q;
    }
    return undefined;
  };
  const inQuote = (pos: number): boolean => quoteAt(pos) !== undefined;
  return { doc, cast, mentionsBySentence, quotes: sorted, inQuote, quoteAt, interviewee: intervieweeOf(doc, cast, mentionsBySentence, inQuote) };
}

/**
 * "In an interview with The Guardian, the minister, Ingrid Haugen, discusses ..." above unquoted questions and answers:
 * the person named in the sentence that introduces the interview near the top, when the article asks questions.
 */
function intervieweeOf(doc: Doc, cast: Cast, mentionsBySentence: Map<number, Mention[]>, inQuote: (pos: number) => boolean): ActorRecord | null {
  const { text, paragraphs } = doc;
  const asks = paragraphs.some((p) => p.kind === "body" && text[p.end - 1] === "?" && !inQuote(p.end - 1));
  if (!asks) return null;
  for (const sentence of doc.sentences) {
    if (sentence.paragraph > 4) break;
    if (!sentence.tokens.some((t) => (t.lower === "interview" || t.lower === "interviewed") && !inQuote(t.start))) continue;
    for (const m of mentionsBySentence.get(sentence.index) ?? []) {
      const actor = m.kind === "person" && !m.possessive && !m.inQuote ? cast.actorOf(m) : undefined;
      if (actor) return actor;
    }
  }
  return null;
}

/** The mention covering character `pos` in a sentence, if any. */
export function mentionAt(ctx: ArticleContext, sentence: Sentence, pos: number): Mention | undefined {
  return ctx.mentionsBySentence.get(sentence.index)?.find((m) => pos >= m.start && pos < m.end);
}
