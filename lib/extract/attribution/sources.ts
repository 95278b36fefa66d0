// Documents and the bodies that issue them. Words taken from a readout, a statement or an agency's report
// belong to the body that issued it, and "the statement", "the readout" or "it" later on point back to it.
import { lexicon } from "../lexicon";
import type { Sentence } from "../text/document";
import type { Token } from "../text/tokenize";
import type { ArticleContext } from "./context";
import { speakerAfter, speakerBefore, type SpeakerRef } from "./speaker-phrase";

/** Sentences back that "the statement" or "it" may reach for the body that issued it. */
const REACH = 8;

/** Nouns for what a body issues; "the statement said" speaks for the body that issued it. */
export const ISSUED = new Set(["statement", "readout", "release", "communique", "communiqué", "summary", "notice", "announcement", "report", "declaration", "bulletin"]);

// Heads of an unnamed source that is a body, not a person: "Saudi state media", "state television".
const BODY_HEADS = new Set([...lexicon.organizationNouns, "media", "television", "tv", "radio", "press", "outlet", "outlets", "agency", "daily", "newspaper", "broadcaster"]);
const PRONOUNS = new Set(["it", "they", "he", "she", "we", "i", "you", "this", "that"]);
const CLOSING = /["\u201d\u2019']$/;

/** A speaker that is a body (an organization, a country, an unnamed body such as "state media"), not a person or a pronoun. */
export function isBody(ref: SpeakerRef | null): boolean {
  if (!ref) return false;
  if (ref.actor) return ref.actor.kind !== "person";
  const words = ref.label.toLowerCase().split(/\s+/);
  return !PRONOUNS.has(ref.label.toLowerCase()) && BODY_HEADS.has(words[words.length - 1] ?? "");
}

let resolving = false;

/**
 * The body whose report the article passes on at `pos`: the last body that said, wrote, reported or issued something
 * in this sentence before `pos` or in the sentences before it. "it" inside that search stays unresolved, so the search
 * cannot recurse.
 */
export function issuerBefore(ctx: ArticleContext, sentenceIndex: number, pos: number): SpeakerRef | null {
  if (resolving) return null;
  resolving = true;
  try {
    const here = ctx.doc.sentences[sentenceIndex];
    for (let s = sentenceIndex; s >= 0 && sentenceIndex - s <= REACH; s--) {
      const sentence = ctx.doc.sentences[s];
      if (!sentence || (here && here.paragraph - sentence.paragraph > 4)) break;
      if (ctx.doc.paragraphs[sentence.paragraph]?.kind !== "body") continue;
      const found = lastBodyIn(ctx, sentence, s === sentenceIndex ? pos : sentence.end) ?? (s === sentenceIndex - 1 ? bodyOpening(ctx, sentence) : null);
      if (found) return { ...found, how: `the body that issued what is reported (${found.how})` };
    }
    return null;
  } finally {
    resolving = false;
  }
}

/** The last body in the sentence (before `limit`) that reports: "X said", ", said X", "according to X", "a statement from X", "an X readout". */
function lastBodyIn(ctx: ArticleContext, sentence: Sentence, limit: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  let last: SpeakerRef | null = null;
  // The last reporter before `limit` stands within its last few dozen words: the bound keeps a runaway sentence linear.
  let lo = 0;
  let first = tokens.length;
  while (lo < first) {
    const mid = (lo + first) >> 1;
    if ((tokens[mid]?.start ?? 0) < limit) lo = mid + 1;
    else first = mid;
  }
  for (let v = Math.max(0, first - 60); v < tokens.length; v++) {
    const t = tokens[v] as Token;
    if (t.start >= limit) break;
    if (!t.word || t.cap || ctx.inQuote(t.start)) continue;
    let ref: SpeakerRef | null = null;
    if (t.lower === "according" && tokens[v + 1]?.lower === "to") ref = speakerAfter(ctx, sentence, v + 2);
    else if (ISSUED.has(t.lower) && (tokens[v + 1]?.lower === "from" || tokens[v + 1]?.lower === "by")) ref = speakerAfter(ctx, sentence, v + 2);
    else if (ISSUED.has(t.lower)) ref = ownerBefore(ctx, sentence, v);
    else if (lexicon.verbs.has(t.lower) && !lexicon.verbs.get(t.lower)?.weak && !/ing$/.test(t.lower)) {
      const after = tokens[v - 1]?.text === "," || CLOSING.test(tokens[v - 1]?.text ?? "");
      ref = (after ? speakerAfter(ctx, sentence, v + 1) : null) ?? speakerBefore(ctx, sentence, v);
    }
    if (isBody(ref)) last = ref;
  }
  return last;
}

/** "The cabinet approved the deal. "...," it said.": the body that opens the sentence before. */
function bodyOpening(ctx: ArticleContext, sentence: Sentence): SpeakerRef | null {
  const opener = (ctx.mentionsBySentence.get(sentence.index) ?? []).find((m) => !m.inQuote && !m.possessive && m.tokenStart <= 2);
  const actor = opener && (opener.kind === "organization" || opener.kind === "country") ? ctx.cast.actorOf(opener) : undefined;
  return opener && actor ? { actor, label: actor.name, start: opener.start, end: opener.end, how: "the body the sentence before opens with" } : null;
}

/** "a White House readout", "the ministry's statement": the body named right before an issued document. */
function ownerBefore(ctx: ArticleContext, sentence: Sentence, n: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  const before = tokens[n - 1]?.lower === "'s" || tokens[n - 1]?.lower === "\u2019s" ? n - 2 : n - 1;
  const end = tokens[before]?.end ?? -1;
  const m = (ctx.mentionsBySentence.get(sentence.index) ?? []).find((x) => x.end === end && !x.inQuote && x.kind !== "person" && x.kind !== "place");
  const actor = m ? ctx.cast.actorOf(m) : undefined;
  return m && actor ? { actor, label: actor.name, start: m.start, end: m.end, how: "owner of an issued document" } : null;
}

/** "the statement", "this readout", "the post": an issued document with no owner named in the phrase. */
export function documentPhrase(tokens: Token[], s: number, e: number): boolean {
  const first = tokens[s];
  const last = tokens[e];
  if (!first || !last || !ISSUED.has(last.lower) || last.cap) return false;
  if (!["the", "this", "that", "its"].includes(first.lower)) return false;
  // Only adjectives may stand between: "the joint statement", "the official readout", "the statement on X" is cut before "on".
  return tokens.slice(s + 1, e).every((t) => t.word && !t.cap);
}
