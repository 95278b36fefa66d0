// Interactions and statements in the contract's shape, and the links from words said to the meeting
// they were said at.
import type { AttributedQuote } from "../attribution/attribute-quotes";
import type { ArticleContext } from "../attribution/context";
import type { ActorRecord } from "../entities/cast";
import type { FoundInteraction } from "../interactions/find-interactions";
import type { Interaction, Statement } from "../schema";
import type { FoundStatement } from "../statements/find-statements";

export function assembleInteractions(ctx: ArticleContext, found: FoundInteraction[], idOf: Map<ActorRecord, string>): Interaction[] {
  const out: Interaction[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    const participants = [...new Set(f.participants.map((a) => idOf.get(a)).filter((id): id is string => !!id))];
    if (participants.length < 2) continue;
    const k = `${f.kind}|${[...participants].sort().join(",")}|${f.date}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const { start, end } = f.sentence;
    out.push({
      id: `i${out.length + 1}`,
      kind: f.kind,
      participants,
      date: f.date,
      location: f.location,
      evidence: { start, end, text: ctx.doc.text.slice(start, end) },
      ...(f.caption ? { caption: true } : {}),
    });
  }
  return out;
}

/** The interaction a remark belongs to: one stated in the same sentence, or "his meeting with X" nearby. */
export function interactionFor(ctx: ArticleContext, sentence: number, speaker: ActorRecord | null, found: FoundInteraction[], assembled: Interaction[], idOf: Map<ActorRecord, string>): string | null {
  if (!speaker) return null;
  const sid = idOf.get(speaker);
  if (!sid) return null;
  const s = ctx.doc.sentences[sentence];
  if (!s) return null;
  const same = assembled.find((i, n) => found[n]?.sentence.index === sentence && i.participants.includes(sid));
  if (same) return same.id;
  const words = ctx.doc.text.slice(s.start, s.end);
  if (!/\b(?:meeting|meetings|talks|conversation|call)\s+with\b/i.test(words)) return null;
  const named = (ctx.mentionsBySentence.get(sentence) ?? []).map((m) => ctx.cast.actorOf(m)).map((a) => (a ? idOf.get(a) : undefined)).filter((id): id is string => !!id && id !== sid);
  return assembled.find((i) => i.participants.includes(sid) && named.some((id) => i.participants.includes(id)))?.id ?? null;
}

export function assembleStatements(ctx: ArticleContext, found: FoundStatement[], turns: AttributedQuote[], idOf: Map<ActorRecord, string>, link: (sentence: number, speaker: ActorRecord | null) => string | null): Statement[] {
  const { text } = ctx.doc;
  const items = [
    ...found.map((f) => ({ speaker: f.speaker.actor, label: f.speaker.label, cue: f.cue, start: f.start, end: f.end, sentence: f.sentence.index })),
    // Transcript turns ("PENCE: ...") are speech without quotation marks.
    ...turns.map((q) => ({ speaker: q.speaker?.actor ?? null, label: q.speaker?.label ?? q.tag ?? "", cue: ":", start: q.start, end: q.end, sentence: q.sentence })),
  ].sort((a, b) => a.start - b.start);
  return items.map((s, n) => ({
    id: `s${n + 1}`,
    speaker: s.speaker ? (idOf.get(s.speaker) ?? null) : null,
    speakerLabel: s.label,
    cue: s.cue,
    text: text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    interaction: link(s.sentence, s.speaker),
  }));
}
