// Quotes in the contract's shape; unattributed short phrases in the body are scare quotes, not speech.
import type { AttributedQuote } from "../attribution/attribute-quotes";
import type { ArticleContext } from "../attribution/context";
import type { ActorRecord } from "../entities/cast";
import type { Quote } from "../schema";

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export function assembleQuotes(ctx: ArticleContext, quotes: AttributedQuote[], idOf: Map<ActorRecord, string>, link: (sentence: number, speaker: ActorRecord | null) => string | null): Quote[] {
  const { text, paragraphs } = ctx.doc;
  const bodyTexts = quotes.filter((q) => paragraphs[q.paragraph]?.kind !== "headline").map((q) => norm(text.slice(q.start, q.end)));
  const out: Quote[] = [];
  for (const q of quotes) {
    const inner = text.slice(q.start, q.end);
    const kind = paragraphs[q.paragraph]?.kind;
    if (q.tag) continue; // a transcript turn ("PENCE: ...") is reported as a statement
    // A headline repeating a quote the body gives is the same quote.
    if (kind === "headline" && bodyTexts.some((b) => b.includes(norm(inner)))) continue;
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
      ...(kind === "caption" ? { caption: true } : {}),
    });
  }
  return out;
}
