// Quotes in the contract's shape; unattributed short phrases in the body are scare quotes, not speech.
import type { AttributedQuote } from "../attribution/attribute-quotes";
import type { ArticleContext } from "../attribution/context";
import type { ActorRecord } from "../entities/cast";
import { speakerKey } from "../attribution/speaker-phrase";
import type { Quote, Span } from "../schema";

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** When words were said: the date their attribution pins (sentence, what was said, who said it), or null. */
export type DateOfSaying = (sentence: number, said: Span, speaker: Span | null) => string | null;

/** reported: spans of reported speech; a repeated quotation inside one is already on the record with it. */
export function assembleQuotes(ctx: ArticleContext, quotes: AttributedQuote[], idOf: Map<ActorRecord, string>, link: (sentence: number, speaker: ActorRecord | null) => string | null, reported: Span[], dateOf: DateOfSaying): Quote[] {
  const { text, paragraphs } = ctx.doc;
  const bodyTexts = quotes.filter((q) => paragraphs[q.paragraph]?.kind !== "headline").map((q) => norm(text.slice(q.start, q.end)));
  const out: Quote[] = [];
  const said = new Set<string>();
  for (const q of quotes) {
    const inner = text.slice(q.start, q.end);
    const kind = paragraphs[q.paragraph]?.kind;
    if (q.tag) continue; // a transcript turn ("PENCE: ...") is reported as a statement
    const words = norm(inner);
    // A headline repeating a quote the body gives is the same quote; a headline phrase nobody in it says is no quote.
    if (kind === "headline" && (!q.speaker || bodyTexts.some((b) => b.includes(words)))) continue;
    // The same words by the same speaker quoted again inside a later report of theirs are one quotation, recorded once
    // (the report that carries them is on the record).
    const once = `${speakerKey(q.speaker)}|${words}`;
    if (said.has(once) && reported.some((r) => r.start <= q.open && r.end >= q.close)) continue;
    said.add(once);
    // A short phrase in quotes with no speaker and no word of speech around it is a scare quote or a term.
    if (!q.speaker && !q.speechCue && kind !== "headline" && inner.split(/\s+/).length <= 4 && !q.direct) continue;
    const speakerId = q.speaker?.actor ? (idOf.get(q.speaker.actor) ?? null) : null;
    out.push({
      id: `q${out.length + 1}`,
      speaker: speakerId,
      speakerLabel: q.speaker?.label ?? "",
      text: inner,
      kind: q.direct ? "direct" : "partial",
      start: q.start,
      end: q.end,
      interaction: link(q.sentence, q.speaker?.actor ?? null),
      date: dateOf(q.sentence, { start: q.open, end: q.close + 1 }, q.speaker),
      ...(kind === "caption" ? { caption: true } : {}),
    });
  }
  return out;
}
