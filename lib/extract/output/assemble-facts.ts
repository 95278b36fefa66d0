// Interactions and statements in the contract's shape, and the links from words said to the meeting
// they were said at.
import type { AttributedQuote } from "../attribution/attribute-quotes";
import type { ArticleContext } from "../attribution/context";
import type { ActorRecord } from "../entities/cast";
import type { FoundInteraction } from "../interactions/find-interactions";
import type { Interaction, Statement } from "../schema";
import type { FoundStatement } from "../statements/find-statements";
import type { DateOfSaying } from "./assemble-quotes";

/** The article's interactions, one per event, and the sentences that state each (for linking remarks to it). */
export type AssembledInteractions = { interactions: Interaction[]; sentencesOf: Map<string, Set<number>> };

/** Dates that may name the same day: equal, one unknown, or one a coarser form of the other ("2024-03", "2024-03-26"). */
const compatibleDates = (a: string | null, b: string | null): boolean => !a || !b || a.startsWith(b) || b.startsWith(a);
const finer = (a: string | null, b: string | null): string | null => (!a ? b : !b ? a : a.length >= b.length ? a : b);

export function assembleInteractions(ctx: ArticleContext, found: FoundInteraction[], idOf: Map<ActorRecord, string>): AssembledInteractions {
  const out: Interaction[] = [];
  const sentencesOf = new Map<string, Set<number>>();
  const groupKey = new Map<Interaction, string>();
  for (const f of found) {
    const participants = [...new Set(f.participants.map((a) => idOf.get(a)).filter((id): id is string => !!id))];
    if (participants.length < 2) continue;
    const k = `${f.kind}|${[...participants].sort().join(",")}|${f.caption ? "caption" : "body"}`;
    // The same people and kind stated twice ("met with X on Thursday", later "his meeting with X") is one event.
    const same = out.find((i) => groupKey.get(i) === k && compatibleDates(i.date, f.date));
    if (same) {
      same.date = finer(same.date, f.date);
      same.location = same.location ?? f.location;
      sentencesOf.get(same.id)?.add(f.sentence.index);
      continue;
    }
    const { start, end } = f.sentence;
    const interaction: Interaction = {
      id: `i${out.length + 1}`,
      kind: f.kind,
      participants,
      date: f.date,
      location: f.location,
      evidence: { start, end, text: ctx.doc.text.slice(start, end) },
      ...(f.caption ? { caption: true } : {}),
    };
    out.push(interaction);
    groupKey.set(interaction, k);
    sentencesOf.set(interaction.id, new Set([f.sentence.index]));
  }
  return { interactions: out, sentencesOf };
}

const MEETING_NOUNS = new Set(["meeting", "meetings", "talks", "conversation", "call"]);

/** The interaction a remark belongs to: one stated in the same sentence, or "his meeting with X" nearby. */
export function interactionFor(ctx: ArticleContext, sentence: number, speaker: ActorRecord | null, assembled: AssembledInteractions, idOf: Map<ActorRecord, string>): string | null {
  if (!speaker) return null;
  const sid = idOf.get(speaker);
  if (!sid) return null;
  const s = ctx.doc.sentences[sentence];
  if (!s) return null;
  const { interactions, sentencesOf } = assembled;
  const same = interactions.find((i) => sentencesOf.get(i.id)?.has(sentence) && i.participants.includes(sid));
  if (same) return same.id;
  // "his meeting with X": a meeting noun and "with" (a word test before any text is sliced).
  if (!s.tokens.some((t, n) => MEETING_NOUNS.has(t.lower) && s.tokens[n + 1]?.lower === "with")) return null;
  const named = (ctx.mentionsBySentence.get(sentence) ?? []).map((m) => ctx.cast.actorOf(m)).map((a) => (a ? idOf.get(a) : undefined)).filter((id): id is string => !!id && id !== sid);
  return interactions.find((i) => i.participants.includes(sid) && named.some((id) => i.participants.includes(id)))?.id ?? null;
}

export function assembleStatements(ctx: ArticleContext, found: FoundStatement[], turns: AttributedQuote[], idOf: Map<ActorRecord, string>, link: (sentence: number, speaker: ActorRecord | null) => string | null, dateOf: DateOfSaying): Statement[] {
  const { text } = ctx.doc;
  const items = [
    ...found.map((f) => ({ speaker: f.speaker.actor, label: f.speaker.label, cue: f.cue, start: f.start, end: f.end, sentence: f.sentence.index, date: dateOf(f.sentence.index, f, f.speaker) })),
    // Transcript turns ("PENCE: ...") are speech without quotation marks.
    ...turns.map((q) => ({ speaker: q.speaker?.actor ?? null, label: q.speaker?.label ?? q.tag ?? "", cue: ":", start: q.start, end: q.end, sentence: q.sentence, date: null })),
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
    date: s.date,
  }));
}
