// Where reported content starts and ends: after "that", time words and asides; up to the clause end,
// never across a quotation that carries most of it (that is a quote, reported as one).
import type { ArticleContext } from "../attribution/context";
import { lexicon } from "../lexicon";
import type { Sentence } from "../text/document";
import type { Token } from "../text/tokenize";

export const TIME_WORDS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "last", "this", "week", "night", "morning", "afternoon", "evening", "month", "year", "recently", "publicly", "privately", "repeatedly", "again", "also", "strongly", "firmly", "previously", "once", "twice", "then", "now", "still", "already", "often", "afterwards", "afterward"]);
const RELATIVE_VERB = /^(?:was|is|were|are|has|had|have|will|would|could|can|\p{L}+ed)$/u;
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "this", "that", "our", "my", "your"]);
export const PREPOSITIONS = new Set(["in", "on", "at", "to", "during", "after", "before", "with", "from", "via", "by", "through", "over", "outside", "inside", "for", "while", "ahead", "aboard", "near"]);
// Where reported content stops: a new clause about the report itself.
// "said X, but he warned that Y": a second report by a pronoun after the comma ends the first.
const CONTENT_END = /,\s+(?:as|while|whereas|though|although|even though|according to|adding|noting|saying|telling|warning|arguing|insisting|urging|stressing|claiming|announcing|emphasi[sz]ing|expressing|demanding|charging|accusing|citing|reiterating|vowing|pledging|confirming|explaining|acknowledging|who|which|(?:(?:but|and)\s+)?(?:he|she|they)\s+(?:also\s+)?(?:said|says|added|adds|told|noted|wrote|explained|argued|insisted|warned|stressed))\b|;|\s[\u2014\u2013\u2015]\s|\s--\s|\s\(/gu;
const RELATIVE_CUT = /^,\s+(?:who|which)$/;
// Plain present-tense verbs common in reported clauses; the past and third-person forms are caught by their endings.
const PLAIN_VERBS = new Set(["want", "need", "know", "think", "believe", "support", "oppose", "remain", "continue", "plan", "expect", "hope", "agree", "see", "feel", "lack", "face", "deserve", "seem", "appear", "make", "take", "get", "go", "come", "do", "don't", "can't", "won't", "pose", "favor", "prefer", "understand", "recognize", "reject", "accept", "fear", "worry", "care", "matter", "work", "pay", "owe", "play", "stand", "win", "lose", "hold", "keep", "intend", "refuse", "tend"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "that", "there", "what", "who", "here"]);
const CIRCUMSTANCE = new Set(["as", "when", "while", "after", "before", "because", "since", "until", "though", "although"]);
const ASIDE_OPENERS = new Set(["as", "who", "which", "like", "including"]);
const APPOSITION_CUT = /^,\s+(?:who|which|as)$/;

/** Whether a verb stands between two offsets: without one, the words so far are only the subject. */
function verbBetween(tokens: Token[], from: number, to: number): boolean {
  // A long stretch holds a verb in practice; the bound keeps runaway sentences linear.
  if (to - from > 160) return true;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= to) return false;
    if (!t.word || t.cap) continue;
    if (FINITE.has(t.lower) || /ed$/.test(t.lower) || lexicon.verbs.has(t.lower) || (/[^s]s$/.test(t.lower) && t.lower.length > 3)) return true;
  }
  return false;
}
const QUOTE_MARK = /^["\u201c\u201d\u2018']/;
const isAdverb = (t: Token | undefined): boolean => !!t && t.word && !t.cap && (TIME_WORDS.has(t.lower) || (/ly$/.test(t.lower) && t.lower.length > 4));

/** Index after a prepositional aside ("in a statement", "to reporters", "at a news conference"), or i itself. */
function pastAside(tokens: Token[], i: number): number {
  if (!PREPOSITIONS.has(tokens[i]?.lower ?? "")) return i;
  let j = i + 1;
  // After "in a", a verb form is a noun: "in a phone call", "in a statement".
  const nounPhrase = DETERMINERS.has(tokens[j]?.lower ?? "");
  // A short noun phrase ("after the convention", "in a statement", "to the Foreign Affairs Committee on Ynet").
  while (j < tokens.length && j - i <= 14 && (tokens[j]?.word || (tokens[j]?.text === "." && tokens[j + 1]?.word) || /^["\u201c\u201d]$/.test(tokens[j]?.text ?? "")) && !STOP_ASIDE.has(tokens[j]?.lower ?? "") && !(lexicon.verbs.has(tokens[j]?.lower ?? "") && !tokens[j]?.cap && !(nounPhrase && j <= i + 4 && !PREPOSITIONS.has(tokens[j - 1]?.lower ?? "")))) {
    // A show's title in quotation marks belongs to the aside: "in an interview with CNN's "State of the Union"".
    if (/^["\u201c\u201d]$/.test(tokens[j]?.text ?? "")) {
      j++;
      continue;
    }
    if (j - i > 4 && !tokens[j]?.cap && !PREPOSITIONS.has(tokens[j]?.lower ?? "") && tokens[j]?.lower !== "of" && tokens[j - 1]?.lower !== "of" && tokens[j]?.lower !== "'s") break;
    // "on Monday the plan works": a determiner after the aside's noun opens the content.
    if (j > i + 1 && DETERMINERS.has(tokens[j]?.lower ?? "") && tokens[j - 1]?.lower !== "of" && !PREPOSITIONS.has(tokens[j - 1]?.lower ?? "")) break;
    j++;
  }
  return j;
}
const STOP_ASIDE = new Set(["that", "he", "she", "they", "it", "we", "i", "there", "who", "which"]);

/** Skips time words, adverbs and asides from i; returns where the next thing starts. */
export function pastModifiers(tokens: Token[], i: number): number {
  let j = i;
  for (let guard = 0; guard < 6; guard++) {
    while (isAdverb(tokens[j]) || (tokens[j]?.cap && /day$/.test(tokens[j]?.lower ?? "") && TIME_WORDS.has(tokens[j]?.lower ?? ""))) j++;
    const k = pastAside(tokens, j);
    if (k === j) break;
    j = k;
    if (tokens[j]?.text === ",") j++;
  }
  return j;
}

/**
 * "said on Friday that ...", "told reporters in Geneva that ...": the first content token after a verb.
 * Returns -1 when what follows is only an aside (the content was before the verb, or is a quote).
 */
export function contentStart(tokens: Token[], v: number, tell: boolean, particle: string | null): number {
  let i = v + 1;
  if (particle && tokens[i]?.lower === particle) i++;
  let j = i;
  if (tell) {
    // "told a meeting of Pacific Island leaders that few people ...": a longer listener ends at "that".
    for (let k = i + 1; k < Math.min(tokens.length - 1, i + 10); k++) {
      const u = tokens[k] as Token;
      if (!u.word || FINITE.has(u.lower) || (lexicon.verbs.has(u.lower) && !u.cap)) break;
      const next = tokens[k + 1] as Token;
      if (u.lower === "that") {
        if (!FINITE.has(next.lower) && !/ed$/.test(next.lower) && !lexicon.verbs.has(next.lower)) return k + 1;
        break;
      }
    }
    // "told the council (on Monday) that there was ...": skip a short listener phrase.
    if (["the", "a", "an", "his", "her", "their", "its"].includes(tokens[j]?.lower ?? "")) j++;
    while (j < tokens.length && j - i < 5 && tokens[j]?.word && !CLAUSE_OPENERS.has(tokens[j]?.lower ?? "") && !LISTENER_STOPS.has(tokens[j]?.lower ?? "")) j++;
    // "urged ministers to publish": the listener and what they are asked to do are the content.
    if (tokens[j]?.lower === "to" && j > i) return i;
  }
  if (tokens[j]?.text === "," && j === i) {
    // "Obama said, the museum ..." continues; "said, speaking on condition of anonymity" is an aside.
    if (/ing$/.test(tokens[j + 1]?.lower ?? "") || ["but", "and", "or", "so", "yet", "as", "while"].includes(tokens[j + 1]?.lower ?? "")) return -1;
    j++;
  }
  j = pastModifiers(tokens, j);
  if (tokens[j]?.lower === "that") return j + 1;
  // "explained were well paid": a verb with no subject of its own is not reported content.
  if (j === i && FINITE.has(tokens[j]?.lower ?? "") && !["is", "was", "'s", "has"].includes(tokens[j]?.lower ?? "")) return -1;
  // "stated in the recorded meeting of the committee": an aside with nothing after it.
  return j > i && (j >= tokens.length || !tokens[j]?.word) ? -1 : j;
}

// "warned against moving too early", "told of the risk": a preposition after a telling verb is not a listener.
const LISTENER_STOPS = new Set(["against", "of", "about", "on", "in", "at", "for", "over", "during", "after", "before", "with", "aboard", "outside", "inside", "near"]);
const CLAUSE_OPENERS = new Set(["there", "he", "she", "it", "they", "we", "i", "you", "that", "the", "to", "this", "his", "her", "their", "its"]);
const FINITE = new Set(["would", "will", "could", "can", "may", "might", "must", "should", "shall", "is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "'s", "'re", "'ll", "'d", "isn't", "wasn't", "won't", "can't", "didn't", "doesn't", "don't", "wouldn't", "couldn't", "aren't", "weren't", "hasn't", "haven't"]);

/** Whether tokens from c read as a clause ("the plan failed", "he would go"), not a bare object ("the rule in the interview"). */
export function readsAsClause(tokens: Token[], c: number): boolean {
  if (CLAUSE_OPENERS.has(tokens[c]?.lower ?? "") && tokens[c]?.lower !== "the" && tokens[c]?.lower !== "to") return true;
  for (let j = c; j < Math.min(tokens.length, c + 14); j++) {
    const t = tokens[j] as Token;
    // "China and Brazil, as major economies, share ...": a word right after an aside that closes the subject is its verb.
    if (t.text === "," && j > c && ASIDE_OPENERS.has(tokens[j + 1]?.lower ?? "")) {
      let k = j + 2;
      while (k < tokens.length && k - j < 12 && tokens[k]?.text !== ",") k++;
      if (tokens[k]?.text === "," && tokens[k + 1]?.word && !tokens[k + 1]?.cap) return true;
    }
    if (t.cap || !t.word) continue;
    // "the US's commitment": after a name "'s" is a possessive, not "is".
    if ((t.lower === "'s" || t.lower === "\u2019s") && !SUBJECT_PRONOUNS.has(tokens[j - 1]?.lower ?? "")) continue;
    if (FINITE.has(t.lower) || /ed$/.test(t.lower) || (lexicon.verbs.has(t.lower) && !lexicon.verbs.get(t.lower)?.weak)) return true;
    // "parents still want neighborhood schools": a common plain verb after the subject's words.
    if (j > c && PLAIN_VERBS.has(t.lower) && !DETERMINERS.has(tokens[j - 1]?.lower ?? "") && tokens[j - 1]?.lower !== "to") return true;
    // "Clinton beats Trump": a present-tense verb right after a name.
    if (/[^s]s$/.test(t.lower) && j > c && tokens[j - 1]?.cap) return true;
  }
  return false;
}

/** Share of [start, end) inside quotation marks. */
function quotedShare(ctx: ArticleContext, start: number, end: number): number {
  // Quotes are sorted by opening mark: find the first that may overlap, then walk while they start inside.
  const quotes = ctx.quotes;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid]?.close ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  let inside = 0;
  for (let i = lo; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q || q.open > end) break;
    if (q.close >= start) inside += Math.max(0, Math.min(end, q.close + 1) - Math.max(start, q.open));
  }
  return inside / Math.max(1, end - start);
}

/** The content span from `from` to the clause end (or `to`), or null when it is empty or mostly a quotation. */
export function contentSpan(ctx: ArticleContext, sentence: Sentence, from: number, to = sentence.end, bounded = false): { start: number; end: number } | null {
  const text = ctx.doc.text;
  let start = from;
  while (start < to && /[\s,:.]/.test(text[start] ?? "")) start++;
  if (text.startsWith("''", start)) return null; // typewriter quotation marks open a quotation
  // The closing mark of a quotation that ends an aside ("speaking on \"This Morning,\" Biden ...").
  if (ctx.quotes.some((q) => q.close === start)) for (start++; start < to && /[\s,:]/.test(text[start] ?? ""); start++);
  if (QUOTE_MARK.test(text.slice(start, start + 1))) return null; // a direct quote, reported as a quote
  let end = to;
  // The first clause break outside quotation marks ends the content.
  // A report before its attribution ends at the attribution: "X, who ..., met Y, according to Z" keeps its relative clause.
  for (const cut of text.slice(start, to).matchAll(CONTENT_END)) {
    if (bounded && RELATIVE_CUT.test(cut[0])) continue;
    // "said China and Brazil, as major developing countries, share ...": an aside inside the subject, before any verb.
    if (APPOSITION_CUT.test(cut[0]) && !verbBetween(sentence.tokens, start, start + cut.index)) continue;
    if (cut.index > 0 && !ctx.inQuote(start + cut.index)) {
      end = start + cut.index;
      break;
    }
  }
  // "said the price was too high and warned that ...": a second report by the same speaker is its own statement.
  for (const [index, t] of sentence.tokens.entries()) {
    if (t.start <= start || t.start >= end || (t.lower !== "and" && t.lower !== "but") || ctx.inQuote(t.start)) continue;
    // "and has said", "but also warned": auxiliaries may stand before the second verb.
    let n = index + 1;
    while (n < index + 3 && ["has", "have", "had", "also", "later"].includes(sentence.tokens[n]?.lower ?? "")) n++;
    const next = sentence.tokens[n];
    const info = next && !next.cap ? lexicon.verbs.get(next.lower) : undefined;
    if (info && !info.weak && !/ing$/.test(next?.lower ?? "")) {
      end = t.start;
      break;
    }
  }
  while (end > start && /[\s.,;:!?]/.test(text[end - 1] ?? "")) end--;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean);
  if (words.length < 3) return null;
  if (quotedShare(ctx, start, end) > 0.6) {
    // "said Iran remained open to talks, "even if ..."": a quotation after the clause's comma is a quote of its own.
    const q = ctx.quoteAt(end - 1) ?? ctx.quoteAt(end);
    const cut = q && q.open > start ? q.open : -1;
    if (cut < 0 || !/,\s*$/.test(text.slice(start, cut))) return null;
    let e = cut;
    while (e > start && /[\s.,;:!?]/.test(text[e - 1] ?? "")) e--;
    if (text.slice(start, e).split(/\s+/).filter(Boolean).length < 3 || quotedShare(ctx, start, e) > 0.6) return null;
    return { start, end: e };
  }
  return { start, end };
}

/** After the verb only time words, asides and the speaker remain: "..., Reed said on Friday in a statement." */
export function attributionTail(tokens: Token[], i: number, tell = false, quoteContinues = false): boolean {
  let j = i;
  // "..., an official tells The Times." / "told some of the miners": the listener comes first.
  if (tell) {
    const from = j;
    // "told the state broadcaster": after a determiner a verb form is a noun.
    while (j < tokens.length && j - from < 6 && tokens[j]?.word && tokens[j]?.lower !== "that" && !PREPOSITIONS.has(tokens[j]?.lower ?? "") && !(lexicon.verbs.has(tokens[j]?.lower ?? "") && !tokens[j]?.cap && !DETERMINERS.has(tokens[j - 1]?.lower ?? ""))) j++;
    if (j === from && tokens[j]?.word && !PREPOSITIONS.has(tokens[j]?.lower ?? "")) return false;
  }
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    // An appositive or relative clause about the speaker ends the attribution; a quotation after it
    // continues a split quotation (for quotes) or is what was said (for reported speech).
    if (t.text === "," || t.text === "\u2014") return quoteContinues || !/^["\u201c\u2018]/.test(tokens[j + 1]?.text ?? "");
    if (t.lower === "who" || t.lower === "which" || t.lower === "whose") return true;
    if (t.text === ":") return false;
    // "... he wrote on X. "We will meet again."": a sentence end, then another quotation.
    if (t.text === "." && /^["\u201c\u2018]/.test(tokens[j + 1]?.text ?? "")) return true;
    if (!t.word) {
      j++;
      continue;
    }
    // "said as the president welcomed him", "said before boarding": a circumstance, not what was said.
    if (CIRCUMSTANCE.has(t.lower) && (tokens[j + 1]?.cap || SUBJECT_PRONOUNS.has(tokens[j + 1]?.lower ?? "") || DETERMINERS.has(tokens[j + 1]?.lower ?? "") || /ing$/.test(tokens[j + 1]?.lower ?? ""))) return true;
    // "said to the TV", "sings to Clinton" (not "urged them to act": an infinitive is content).
    const listenerTo = t.lower === "to" && !!tokens[j + 1] && (tokens[j + 1]?.cap || DETERMINERS.has(tokens[j + 1]?.lower ?? "") || ["him", "her", "them", "me", "us", "reporters"].includes(tokens[j + 1]?.lower ?? ""));
    if ((PREPOSITIONS.has(t.lower) && t.lower !== "to") || listenerTo || t.lower === "of" || t.lower === "about") {
      j++;
      const from = j;
      // The aside's noun phrase ("after the call", "on CNN's \"State of the Union\"", "with The Huffington Post").
      while (j < tokens.length) {
        const u = tokens[j] as Token;
        // "after the meeting that was held ..." is a relative clause on the aside; "outside the courthouse that the
        // company would ..." is what was said.
        if (u.lower === "who" || u.lower === "which") return true;
        if (u.lower === "that") return RELATIVE_VERB.test(tokens[j + 1]?.lower ?? "") || lexicon.verbs.has(tokens[j + 1]?.lower ?? "");
        if (u.text === "," || u.text === "." || u.text === ";" || u.text === ":") break;
        // "in a Facebook post": after a determiner, or a name inside the aside's noun phrase, a verb form is a noun.
        const nounAfterName = !!tokens[j - 1]?.cap && j - 1 > from && DETERMINERS.has(tokens[j - 2]?.lower ?? "");
        if (u.word && !u.cap && lexicon.verbs.has(u.lower) && !/ing$/.test(u.lower) && !DETERMINERS.has(tokens[j - 1]?.lower ?? "") && !nounAfterName) break;
        j++;
      }
      continue;
    }
    // "posted along on X": a particle of the verb.
    if (TIME_WORDS.has(t.lower) || t.lower === "along" || (/ly$/.test(t.lower) && !t.cap) || (t.cap && /day$/.test(t.lower))) {
      j++;
      continue;
    }
    return false;
  }
  return true;
}
