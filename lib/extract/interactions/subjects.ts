// Who a meeting's clause is about: its opening names, its first named subjects.
import type { ArticleContext } from "../attribution/context";
import type { ActorRecord } from "../entities/cast";
import { lexicon } from "../lexicon";
import type { Sentence } from "../text/document";
import { resolvePronoun, resolveRoleNoun } from "../attribution/coreference";
import type { Mention } from "../entities/mention";
import { listAfter, listBefore } from "./participants";
import { PHRASE_STARTS, VERB_TRIGGERS } from "./triggers";

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

const BEFORE_VERB = new Set(["will", "would", "also", "later", "then", "is", "was", "are", "were", "to", "expected", "due", "set", "scheduled", "has", "had", "have", "been", "again", "could", "may", "might", "plans", "planned"]);

/** "she will also meet X": he or she shortly before the meeting verb, resolved to the person meant. */
export function pronounSubject(ctx: ArticleContext, sentence: Sentence, index: number): ActorRecord[] {
  const tokens = sentence.tokens;
  let i = index - 1;
  while (i >= 0 && index - i <= 6 && BEFORE_VERB.has(tokens[i]?.lower ?? "")) i--;
  const t = tokens[i];
  const gender = t && (t.lower === "he" ? "m" : t.lower === "she" ? "f" : null);
  if (!t || !gender) return [];
  const actor = resolvePronoun(ctx, sentence.index, t.start, gender);
  return actor ? [actor] : [];
}

// "In a meeting with", "During talks with", "On the sidelines of his meeting with": a phrase opening the sentence.
export const OPENING_PHRASE = /^(?:[\p{Lu}\s,.'()]*(?:--|\u2014|-|:)\s*)?(?:In|During|At|After|Following|Before|Ahead of)\s(?:(?:a|an|the|his|her|their|its)\s)?(?:[\p{L}-]+\s){0,3}$/u;

/** The person the clause after an opening phrase begins with ("In a meeting with X, Y raised ..."). */
export function subjectAfterOpening(ctx: ArticleContext, sentence: Sentence, from: number): ActorRecord[] {
  const text = ctx.doc.text;
  const comma = text.indexOf(",", from);
  if (comma < 0 || comma >= sentence.end) return [];
  const first = (ctx.mentionsBySentence.get(sentence.index) ?? []).find((m) => m.start > comma && !m.inQuote);
  if (!first || first.kind !== "person" || first.possessive) return [];
  const start = Math.min(first.start, first.title?.prefixStart ?? first.title?.start ?? first.start);
  if (!/^,\s*(?:(?:on|last) \p{L}+,?\s*)?$/u.test(text.slice(comma, start))) return [];
  return listAfter(ctx, sentence, start, sentence.end).actors.filter((a) => a.kind === "person");
}

/** The person whose possessive opens the meeting noun's phrase ("Ruiz's first meetings with"), past up to three adjectives. */
export function possessiveOwner(ctx: ArticleContext, sentence: Sentence, index: number): ActorRecord[] {
  const tokens = sentence.tokens;
  let k = index - 1;
  while (k >= 0 && index - k <= 3 && tokens[k]?.word && !tokens[k]?.cap && tokens[k]?.lower !== "'s") k--;
  const mark = tokens[k];
  if (!mark || (mark.lower !== "'s" && mark.text !== "'" && mark.text !== "\u2019")) return [];
  const owner = (ctx.mentionsBySentence.get(sentence.index) ?? []).find((m) => m.possessive && m.kind === "person" && !m.inQuote && m.tokenEnd >= k - 1 && m.tokenEnd <= k + 1);
  const actor = owner ? ctx.cast.actorOf(owner) : undefined;
  return actor && actor.kind === "person" ? [actor] : [];
}

/** Everyone named in a sentence ("..., Kang said": the one reporting is not one of "the two leaders"). */
export function sentenceActors(ctx: ArticleContext, sentence: Sentence): ActorRecord[] {
  const out: ActorRecord[] = [];
  for (const m of ctx.mentionsBySentence.get(sentence.index) ?? []) {
    const a = ctx.cast.actorOf(m);
    if (a) out.push(a);
  }
  return out;
}

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2 };

/** "the two ministers", "the three leaders": the people named last before this sentence, as many as counted. */
export function countedPeople(ctx: ArticleContext, sentence: Sentence, at: number, exclude: ActorRecord[] = []): ActorRecord[] {
  const tokens = sentence.tokens;
  const n = COUNTS[tokens[at]?.lower === "the" ? (tokens[at + 1]?.lower ?? "") : ""] ?? 0;
  if (!n) return [];
  const out: ActorRecord[] = [];
  for (let s = sentence.index - 1; s >= 0 && sentence.index - s <= 4 && out.length < n; s--) {
    const mentions = ctx.mentionsBySentence.get(s) ?? [];
    for (let i = mentions.length - 1; i >= 0 && out.length < n; i--) {
      const a = ctx.cast.actorOf(mentions[i] as Mention);
      if (a && a.kind === "person" && !out.includes(a) && !exclude.includes(a) && !(mentions[i] as Mention).inQuote) out.unshift(a);
    }
  }
  return out.length === n ? out : [];
}

const OPENING_TIME_NOUNS = new Set(["morning", "afternoon", "evening", "week"]);

/** "The Dutch leader spoke by phone with X": a role noun subject resolved to its holder. */
export function roleSubject(ctx: ArticleContext, sentence: Sentence, index: number): ActorRecord[] {
  const tokens = sentence.tokens;
  // The clause opens after a transcript tag ("MS BRYCE:") and an opening adverb ("Second,", "Meanwhile,").
  let b = 0;
  const colon = tokens.findIndex((t, n) => n < 5 && t.text === ":");
  if (colon > 0 && colon < index) b = colon + 1;
  if (tokens[b + 1]?.text === "," && tokens[b]?.word && b + 2 < index && !(ctx.mentionsBySentence.get(sentence.index) ?? []).some((m) => m.tokenStart === b)) b += 2;
  // An opening time phrase ("This morning the Secretary spoke ...") stands before the subject.
  if (tokens[b]?.lower === "this" && OPENING_TIME_NOUNS.has(tokens[b + 1]?.lower ?? "")) b += tokens[b + 2]?.text === "," ? 3 : 2;
  if (tokens[b]?.lower !== "the") return [];
  const counted = countedPeople(ctx, sentence, b);
  if (counted.length > 0) return counted;
  let e = b + 1;
  while (e < index && e < b + 6 && tokens[e]?.word && !lexicon.verbs.has(tokens[e]?.lower ?? "") && !VERB_TRIGGERS.has(tokens[e]?.lower ?? "") && !PHRASE_STARTS.has(tokens[e]?.lower ?? "")) e++;
  while (e > b + 1 && /^(?:also|then|later|again|\p{L}+ly)$/u.test(tokens[e - 1]?.lower ?? "")) e--;
  const head = tokens[e - 1];
  if (!head || e < b + 2) return [];
  const holder = resolveRoleNoun(ctx, ctx.doc.text.slice(tokens[b]?.start ?? 0, head.end), head.start, true);
  return holder ? [holder] : [];
}
