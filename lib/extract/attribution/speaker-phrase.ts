// Reads the noun phrase that names a speaker next to a reporting verb: a name, a pronoun, a role
// noun that refers back, an organization, or an unnamed source ("a senior US official").
import type { ActorRecord } from "../entities/cast";
import type { Mention } from "../entities/mention";
import { isCapWord } from "../entities/name-parts";
import { key, lexicon } from "../lexicon";
import type { Sentence } from "../text/document";
import type { Token } from "../text/tokenize";
import type { ArticleContext } from "./context";
import { PRONOUN_GENDER, resolvePronoun, resolveRoleNoun } from "./coreference";

export type SpeakerRef = { actor: ActorRecord | null; label: string; start: number; end: number; how: string };

const DETERMINERS = new Set(["the", "a", "an", "another", "one", "two", "three", "several", "some", "many", "most", "other", "both", "his", "her", "their", "its", "this", "these", "those"]);
const BETWEEN_SUBJECT_AND_VERB = new Set(
  ("also later then previously again repeatedly once still has have had will would could can did does do is was were are has been not never already often " +
    "long recently earlier subsequently further then-also quickly publicly privately reportedly allegedly first last separately similarly likewise too").split(" "),
);
const NP_INNER = new Set(["of", "for", "at", "'s", "'", "&", "-", "and"]);
// Nouns that make "X's office" or "the Clinton campaign" an organization speaking.
export const ORG_NOUNS = new Set(["office", "campaign", "government", "administration", "ministry", "department", "team", "spokesperson's office", "embassy", "cabinet", "party", "army", "military", "police", "agency", "committee", "council", "foundation", "company", "firm", "group", "camp"]);
const PERSONAL_PRONOUNS = new Set(["he", "she", "they", "i", "we", "it", "you"]);

const isAdverb = (t: Token): boolean => BETWEEN_SUBJECT_AND_VERB.has(t.lower) || (/ly$/.test(t.lower) && !t.cap && t.lower.length > 4);

/** A speaker-like head noun: "official", "spokesman", "minister", "police". */
function speakerHead(t: Token | undefined): boolean {
  return !!t && (lexicon.speakerNouns.has(t.lower) || lexicon.titleHeads.map.has(t.lower) || ORG_NOUNS.has(t.lower));
}

function mentionsIn(ctx: ArticleContext, sentence: Sentence, from: number, to: number): Mention[] {
  return (ctx.mentionsBySentence.get(sentence.index) ?? []).filter((m) => m.start >= from && m.end <= to && !m.inQuote);
}

function phraseText(ctx: ArticleContext, tokens: Token[], s: number, e: number): string {
  let i = s;
  while (i < e && DETERMINERS.has(tokens[i]?.lower ?? "")) i++;
  const a = tokens[i] ?? tokens[s];
  const b = tokens[e];
  return a && b ? ctx.doc.text.slice(a.start, b.end) : "";
}

/** Makes an organization actor for a phrase like "the mayor's office" so it can be a speaker. */
function organizationFor(ctx: ArticleContext, label: string, pos: number): ActorRecord {
  return ctx.cast.named("organization", label, pos);
}

/** Classifies tokens [s, e] (inclusive) as a speaker. */
export function classifySpeaker(ctx: ArticleContext, sentence: Sentence, s: number, e: number, pos: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  const first = tokens[s];
  const last = tokens[e];
  if (!first || !last || e < s) return null;
  const span = { start: first.start, end: last.end };
  if (s === e && PERSONAL_PRONOUNS.has(first.lower)) {
    const gender = PRONOUN_GENDER[first.lower];
    if (gender === undefined) return { actor: null, label: first.text, ...span, how: "pronoun without a resolvable person" };
    const actor = resolvePronoun(ctx, sentence.index, first.start, gender);
    return { actor, label: actor?.name ?? first.text, ...span, how: "pronoun resolved to the nearest person named before" };
  }
  const inside = mentionsIn(ctx, sentence, first.start, last.end);
  const lastMention = inside[inside.length - 1];
  if (lastMention) {
    const actor = ctx.cast.actorOf(lastMention);
    if (lastMention.kind === "place") return null;
    const endsPhrase = lastMention.end >= last.end - 1;
    if (endsPhrase) {
      if (actor) return { actor, label: actor.name, ...span, how: "named speaker" };
      return { actor: null, label: lastMention.surface, ...span, how: "capitalized speaker name" };
    }
    // "Haddad's office", "a Ruiz spokesman", "the Park campaign".
    if (ORG_NOUNS.has(last.lower)) {
      const label = phraseText(ctx, tokens, s, e);
      return { actor: organizationFor(ctx, label, first.start), label, ...span, how: "organization named by its owner" };
    }
    if (speakerHead(last) && (lastMention.possessive || lastMention.attributive || lastMention.kind !== "person")) {
      return { actor: null, label: phraseText(ctx, tokens, s, e), ...span, how: "unnamed speaker attached to a name" };
    }
    if (actor && lastMention.kind === "person" && !lastMention.possessive) return { actor, label: actor.name, ...span, how: "named speaker with trailing words" };
    return null;
  }
  if (!speakerHead(last)) return null;
  const label = phraseText(ctx, tokens, s, e);
  if (first.lower === "the" || first.lower === "this") {
    const actor = resolveRoleNoun(ctx, label, pos);
    if (actor) return { actor, label: actor.name, ...span, how: "role noun referring back to its holder" };
  }
  return { actor: null, label, ...span, how: "unnamed speaker" };
}

/** The speaker phrase ending right before token `v` (a reporting verb), skipping adverbs and an appositive. */
export function speakerBefore(ctx: ArticleContext, sentence: Sentence, v: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  let x = v - 1;
  while (x >= 0 && tokens[x] && isAdverb(tokens[x] as Token)) x--;
  if (tokens[x]?.text === ")") {
    while (x >= 0 && tokens[x]?.text !== "(" && v - x < 12) x--;
    x--;
  }
  if (tokens[x]?.text === ",") {
    // An appositive between subject and verb: "Ana Ruiz, the Chilean ambassador, said".
    let y = x - 1;
    while (y >= 0 && tokens[y]?.text !== "," && x - y < 25 && !/["\u201c\u201d]/.test(tokens[y]?.text ?? "")) y--;
    if (y < 0 || tokens[y]?.text !== ",") return null;
    x = y - 1;
    if (tokens[x]?.text === ")") {
      while (x >= 0 && tokens[x]?.text !== "(" ) x--;
      x--;
    }
  }
  const end = x;
  if (end < 0 || !tokens[end]?.word) return null;
  // A pronoun right before the verb is the whole subject ("... network RT he blasted").
  if (PERSONAL_PRONOUNS.has(tokens[end]?.lower ?? "")) return classifySpeaker(ctx, sentence, end, end, tokens[v]?.start ?? 0);
  let s = end;
  while (s > 0 && end - s < 9) {
    const u = tokens[s - 1] as Token;
    if (DETERMINERS.has(u.lower)) {
      s--;
      break;
    }
    if (u.word && (u.cap || (!lexicon.commonWords.has(u.lower) && !lexicon.verbs.has(u.lower)) || lexicon.titleModifiers.has(u.lower) || speakerHead(u))) {
      s--;
      continue;
    }
    if (NP_INNER.has(u.lower) && s - 2 >= 0 && tokens[s - 2]?.word) {
      if (u.lower === "and" && !isCapWord(tokens[s - 2])) break;
      s--;
      continue;
    }
    if (u.text === "." && s - 2 >= 0 && (lexicon.abbreviations.has(tokens[s - 2]?.lower ?? "") || lexicon.honorifics.has(tokens[s - 2]?.lower ?? "") || /^\p{Lu}$/u.test(tokens[s - 2]?.text ?? ""))) {
      s--;
      continue;
    }
    break;
  }
  // "and" may only join names inside the phrase; a leading connector is not part of it.
  while (s < end && NP_INNER.has(tokens[s]?.lower ?? "")) s++;
  return classifySpeaker(ctx, sentence, s, end, tokens[v]?.start ?? 0);
}

const FORWARD_STOP = new Set(["that", "who", "which", "in", "on", "at", "during", "after", "before", "when", "while", "because", "to", "about", "as", "adding", "noting", "saying", "told", "and"]);

/** The speaker phrase starting at token `a` ("said Sen. John Smith, a Democrat" / "according to the official"). */
export function speakerAfter(ctx: ArticleContext, sentence: Sentence, a: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  let e = a;
  while (e < tokens.length && e - a < 12) {
    const t = tokens[e] as Token;
    if (!t.word && !NP_INNER.has(t.lower) && !(t.text === "." && lexicon.abbreviations.has(tokens[e - 1]?.lower ?? "")) && !(t.text === "." && /^\p{Lu}$/u.test(tokens[e - 1]?.text ?? ""))) break;
    if (FORWARD_STOP.has(t.lower) && e > a) break;
    if (t.word && !t.cap && e > a && lexicon.verbs.has(t.lower)) break;
    e++;
  }
  e--;
  while (e > a && !tokens[e]?.word) e--;
  if (e < a) return null;
  // The name inside a forward phrase comes first ("said Smith, the mayor").
  const inside = mentionsIn(ctx, sentence, tokens[a]?.start ?? 0, tokens[e]?.end ?? 0);
  const firstMention = inside[0];
  if (firstMention && !firstMention.possessive && !firstMention.attributive) {
    const actor = ctx.cast.actorOf(firstMention);
    const span = { start: tokens[a]?.start ?? 0, end: firstMention.end };
    if (actor) return { actor, label: actor.name, ...span, how: "named speaker after the verb" };
    return { actor: null, label: firstMention.surface, ...span, how: "capitalized speaker name after the verb" };
  }
  return classifySpeaker(ctx, sentence, a, e, tokens[a]?.start ?? 0) ?? sourceLabel(ctx, sentence, a, e);
}

/** A non-person source after "according to" ("a civil complaint filed by ..."): named by its words. */
function sourceLabel(ctx: ArticleContext, sentence: Sentence, a: number, e: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  if (tokens[a - 1]?.lower !== "to" || tokens[a - 2]?.lower !== "according") return null;
  const first = tokens[a];
  const last = tokens[e];
  if (!first || !last) return null;
  return { actor: null, label: phraseText(ctx, tokens, a, e), start: first.start, end: last.end, how: "source named after 'according to'" };
}

export const speakerKey = (ref: SpeakerRef | null): string => (ref ? (ref.actor ? `#${ref.actor.order}` : key(ref.label)) : "");
