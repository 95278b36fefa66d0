// Who a meeting's clause is about: its opening names, its first named subjects.
import type { ArticleContext } from "../attribution/context";
import type { ActorRecord } from "../entities/cast";
import { lexicon } from "../lexicon";
import type { Sentence } from "../text/document";
import { listAfter, listBefore } from "./participants";

/** A preposition right before a name: "with Ruiz", "according to Ruiz". */
const governed = (text: string, pos: number): boolean => /\b(?:with|to|by|from|for|of|about|against|between|among|than)\s+(?:\S+\s+){0,3}$/.test(text.slice(Math.max(0, pos - 40), pos)) && !/[,.;:]\s*(?:\S+\s+){0,3}$/.test(text.slice(Math.max(0, pos - 40), pos));

/** The first `n` actors named outside quotes before `pos` that are not mere modifiers. */
export function firstActors(ctx: ArticleContext, sentence: Sentence, pos: number, n: number, subjectsOnly = false): ActorRecord[] {
  const out: ActorRecord[] = [];
  // "Lacroix said the company had held talks with X": the speaker of a reported clause is not its subject.
  const report = [...sentence.tokens].reverse().find((t) => t.start < pos && !t.cap && (t.lower === "that" || (lexicon.verbs.has(t.lower) && !/ing$/.test(t.lower) && !lexicon.verbs.get(t.lower)?.weak && !lexicon.verbs.get(t.lower)?.takesObject)) && !ctx.inQuote(t.start));
  const from = report?.end ?? sentence.start;
  for (const m of ctx.mentionsBySentence.get(sentence.index) ?? []) {
    if (m.start < from) continue;
    if (m.start >= pos || m.inQuote || m.attributive || m.possessive || m.kind !== "person" || (subjectsOnly && governed(ctx.doc.text, Math.min(m.start, m.title && m.title.end <= m.start ? (m.title.prefixStart ?? m.title.start) : m.start)))) continue;
    const a = ctx.cast.actorOf(m);
    if (a && !out.includes(a)) out.push(a);
    if (out.length >= n) break;
  }
  return out;
}

// A dateline ("TOKYO --", "KYIV, March 3 (Reuters) -") or nothing before a sentence's first name.
// "NEW DELHI:" is a dateline too, as Indian papers print it.
const OPENING = /^(?:[\p{Lu}\s,.'()0-9]*\p{Lu}[\p{L}\s,.'()0-9]*\s(?:--|\u2014|\u2013|-)\s*|\p{Lu}[\p{Lu}\s.'-]*:\s*)?$/u;

/** The named people a sentence opens with, when nothing but a dateline stands before them. */
export function openingSubject(ctx: ArticleContext, sentence: Sentence, pos: number): { actors: ActorRecord[] } {
  const first = (ctx.mentionsBySentence.get(sentence.index) ?? []).find((m) => !m.inQuote && m.start < pos && m.kind === "person");
  if (!first || first.possessive || first.attributive) return { actors: [] };
  // "Tom Reed, US special envoy, ...": a title in apposition stands after the name.
  const from = Math.min(first.start, first.title?.prefixStart ?? first.title?.start ?? first.start);
  if (!OPENING.test(ctx.doc.text.slice(sentence.start, Math.min(from, first.start)))) return { actors: [] };
  return { actors: listAfter(ctx, sentence, from, pos).actors };
}

// The verb after an aside: "X, who is based in Doha, on Thursday met", "X, the envoy named by Y, met".
const ASIDE_CLOSE = /,\s*(?:(?:on|last|this|early|late) \p{L}+\s+|\p{L}+ly\s+|later\s+|also\s+|then\s+|again\s+)*(?:(?:has|have|had|was|were|is|are|will|would)\s+(?:also\s+)?)?$/u;
// What opens an aside after a name: a relative pronoun, a determiner or possessive, a title or a proper name.
const ASIDE_OPEN = /^,\s*(?:who|whose|whom|the|a|an|his|her|their|its|now|then|formerly|\p{Lu})/u;

const ASIDE_REACH = 300;

/** The subject named before an aside that ends right before `pos`: "Ruiz, who chairs the party, met". */
export function subjectBeforeAside(ctx: ArticleContext, sentence: Sentence, pos: number): ActorRecord[] {
  const text = ctx.doc.text;
  // An aside is a clause, not a page: looking back a few hundred characters keeps a huge sentence linear.
  const from = Math.max(sentence.start, pos - ASIDE_REACH);
  const before = text.slice(from, pos);
  const close = ASIDE_CLOSE.exec(before);
  if (!close) return [];
  const open = before.lastIndexOf(",", close.index - 1);
  if (open < 0 || !ASIDE_OPEN.test(before.slice(open))) return [];
  const at = from + open;
  // The name (or its title) must end right at the opening comma.
  const head = (ctx.mentionsBySentence.get(sentence.index) ?? []).find((m) => m.kind === "person" && !m.inQuote && !m.possessive && (m.end === at || (m.title !== undefined && m.title !== null && m.title.end === at && m.end < at)));
  if (!head) return [];
  return listBefore(ctx, sentence, at).actors.filter((a) => a.kind === "person");
}
