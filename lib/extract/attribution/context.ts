// What attribution rules look at: the segmented document, name mentions per sentence and the cast.
import type { Cast } from "../entities/cast";
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
};

export function buildContext(doc: Doc, cast: Cast, mentions: Mention[], quotes: QuoteSpan[]): ArticleContext {
  const mentionsBySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = mentionsBySentence.get(m.sentence) ?? [];
    list.push(m);
    mentionsBySentence.set(m.sentence, list);
  }
  const sorted = [...quotes].sort((a, b) => a.open - b.open);
  const inQuote = (pos: number): boolean => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = sorted[mid];
      if (!q) break;
      if (pos < q.open) hi = mid - 1;
      else if (pos > q.close) lo = mid + 1;
      else return true;
    }
    return false;
  };
  return { doc, cast, mentionsBySentence, quotes: sorted, inQuote };
}

/** The mention covering character `pos` in a sentence, if any. */
export function mentionAt(ctx: ArticleContext, sentence: Sentence, pos: number): Mention | undefined {
  return ctx.mentionsBySentence.get(sentence.index)?.find((m) => pos >= m.start && pos < m.end);
}
