// Finds who said each quote: the speaker next to a reporting verb after or before it, "according to",
// "X's statement", the sentence's subject, or the speaker of the quote it continues.
import { isCapWord } from "../entities/name-parts";
import { key, lexicon } from "../lexicon";
import type { Sentence } from "../text/document";
import type { Token } from "../text/tokenize";
import type { ArticleContext, QuoteSpan } from "./context";
import { attributionTail, contentStart } from "../statements/content-span";
import { ORG_NOUNS, classifySpeaker, speakerAfter, speakerBefore, type SpeakerRef } from "./speaker-phrase";
import { ISSUED, isBody, issuerBefore } from "./sources";

export type AttributedQuote = QuoteSpan & { speaker: SpeakerRef | null; direct: boolean; speechCue: boolean };

/** Whether a sentence reports speech at all: a reporting verb or an utterance noun outside quotes. */
function hasSpeechCue(ctx: ArticleContext, sentence: Sentence): boolean {
  // A weak verb counts before "that" ("a document states that ...").
  return sentence.tokens.some((t, i) => (t.text === ":" || t.lower === "according" || (t.word && !t.cap && ((lexicon.verbs.has(t.lower) && (!lexicon.verbs.get(t.lower)?.weak || sentence.tokens[i + 1]?.lower === "that")) || lexicon.utteranceNouns.has(t.lower)))) && !ctx.inQuote(t.start));
}

const DAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "later", "earlier", "afterward", "afterwards", "then", "also", "again", "recently", "previously", "once", "simply", "flatly"]);
const SKIP_AFTER = new Set([",", "\u2014", "\u2013", "\u2015", "-", "(", "\u2019", "'"]);
const isVerb = (t: Token | undefined): boolean => !!t && t.word && !t.cap && lexicon.verbs.has(t.lower);
const strongVerb = (t: Token | undefined): boolean => isVerb(t) && !lexicon.verbs.get(t?.lower ?? "")?.weak;
const verbInfo = (t: Token) => lexicon.verbs.get(t.lower);

function tokenRange(sentence: Sentence, from: number, to: number): [number, number] {
  const tokens = sentence.tokens;
  // Binary searches: a sentence with thousands of quotations (a runaway paragraph) stays linear overall.
  const firstAt = (pos: number, edge: (t: Token) => number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edge(tokens[mid] as Token) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const a = firstAt(from, (t) => t.start);
  const b = Math.max(a, firstAt(to + 1, (t) => t.end));
  return [a, b];
}

/** "..., Erdogan told Haniyeh, the statement on X read.": a body's document whose verb closes the sentence passes on all of it. */
function closingBody(ctx: ArticleContext, sentence: Sentence, a: number, b: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  let v = b - 1;
  while (v > a && !tokens[v]?.word) v--;
  if (v <= a || !isVerb(tokens[v])) return null;
  // The common '"...," Smith said.' and '"...," she said.' name a person: no body to look for.
  const before = tokens[v - 1];
  if (!before || PERSON_PRONOUNS.has(before.lower) || (ctx.mentionsBySentence.get(sentence.index) ?? []).some((m) => m.end === before.end && m.kind === "person")) return null;
  // "the statement on X read": the document may carry a short aside before its verb.
  let doc = -1;
  for (let k = Math.max(a + 1, v - 5); k < v; k++) if (ISSUED.has(tokens[k]?.lower ?? "") && ["the", "its", "this"].includes(tokens[k - 1]?.lower ?? "")) doc = k;
  const ref = doc > 0 ? classifySpeaker(ctx, sentence, doc - 1, doc, tokens[doc]?.start ?? 0) : speakerBefore(ctx, sentence, v);
  if (!ref || !isBody(ref)) return null;
  // Searched back from the verb: a sentence may hold thousands of quotations.
  let at = v;
  while (at > a && (tokens[at - 1]?.start ?? -1) >= ref.start) at--;
  let comma = at - 1;
  while (comma > a && ["the", "a", "an", "its", "their"].includes(tokens[comma]?.lower ?? "")) comma--;
  return at > a && tokens[comma]?.text === "," && tokens.slice(comma + 1, v).some((t) => t.start >= ref.start) ? ref : null;
}

/** "..." said Smith / "..." Smith said / "...", according to Smith. */
function speakerAfterQuote(ctx: ArticleContext, sentence: Sentence, a: number, b: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  const closing = closingBody(ctx, sentence, a, b);
  if (closing) return closing;
  let i = a;
  while (i < b && SKIP_AFTER.has(tokens[i]?.text ?? "")) i++;
  const t = tokens[i];
  if (!t) return null;
  // A dash and a name after the quote signs it: "..." ― Jane Doe.
  if (i > a && /^[\u2015\u2014\u2013-]$/.test(tokens[i - 1]?.text ?? "") && isCapWord(t)) {
    const ref = speakerAfter(ctx, sentence, i);
    if (ref) return ref;
  }
  if (t.lower === "according" && tokens[i + 1]?.lower === "to") return speakerAfter(ctx, sentence, i + 2);
  // Inversion ("...," said Smith) follows a comma or a question/exclamation, never a bare quote. A participle is no
  // inversion: in "..." — implying acceptance of Ukraine's losses, what follows it is what is implied.
  const inverted = i > a || /[,?!\u2014-]["\u201d\u2019']*$/.test(ctx.doc.text.slice(Math.max(0, t.start - 4), t.start).trim());
  if (isVerb(t) && !verbInfo(t)?.tell && inverted && tokens[i + 1]?.lower !== "that" && !t.lower.endsWith("ing")) {
    let j = i + 1;
    if (verbInfo(t)?.particle && tokens[j]?.lower === verbInfo(t)?.particle) j++;
    while (j < b && (DAYS.has(tokens[j]?.lower ?? "") || tokens[j]?.lower === "on")) j++;
    return speakerAfter(ctx, sentence, j);
  }
  for (let v = i + 1; v < b && v - i <= 14; v++) {
    const u = tokens[v];
    if (!u) break;
    if (u.text === "(") {
      // A party-and-state tag or an aside: "Sen. Claire McCaskill (D-Mo.) said".
      let close = v + 1;
      while (close < b && tokens[close]?.text !== ")" && close - v < 10) close++;
      if (tokens[close]?.text === ")") {
        v = close;
        continue;
      }
    }
    // "Sen. Rachel Ortiz, D-Mich., wrote": the period of a party-and-state tag ends no sentence.
    const abbreviation = u.text === "." && (lexicon.honorifics.has(tokens[v - 1]?.lower ?? "") || lexicon.abbreviations.has(tokens[v - 1]?.lower ?? "") || /^(?:\p{Lu}|(?:[DRI]|Ind)-\p{Lu}\p{L}*)$/u.test(tokens[v - 1]?.text ?? ""));
    // "..., when Clinton blasted him": a subordinate clause after a quotation does not attribute it.
    if (/["\u201c\u201d]/.test(u.text) || (u.text === "." && !abbreviation) || u.text === ";" || SUBORDINATORS.has(u.lower)) break;
    // "a declaration on "a partnership of equals" covering trade, according to a joint communique": the source of the whole sentence.
    if (u.lower === "according" && tokens[v + 1]?.lower === "to" && tokens[v - 1]?.text === ",") return speakerAfter(ctx, sentence, v + 2);
    // A weak verb right after the quote may attribute it ("Blige sings"), unless an infinitive follows ("continued to target").
    const infinitive = tokens[v + 1]?.lower === "to" && !!tokens[v + 2] && !tokens[v + 2]?.cap && !["the", "a", "an", "his", "her", "their", "reporters"].includes(tokens[v + 2]?.lower ?? "");
    // ("the talks", "state media": after a determiner or before a noun a weak verb form is a noun.)
    if (strongVerb(u) || (isVerb(u) && v - i <= 3 && !infinitive && !["the", "a", "an"].includes(tokens[v - 1]?.lower ?? ""))) {
      // '"..." on coming to the talks, said Tom Reyes': after a comma the speaker follows the verb.
      const inverted = tokens[v - 1]?.text === "," && !verbInfo(u)?.tell ? speakerAfter(ctx, sentence, v + 1) : null;
      let past = -1;
      for (let k = v + 1; inverted && k < tokens.length && k - v < 16; k++) {
        if ((tokens[k]?.start ?? 0) >= inverted.end) {
          past = k;
          break;
        }
      }
      if (inverted && attributionTail(tokens, past < 0 ? tokens.length : past, false, true)) return inverted;
      // "..., Melanie said yes": a verb with content of its own reports that content, not the quotation.
      if (!attributionTail(tokens, v + 1, verbInfo(u)?.tell ?? false, true) && !/["\u201c\u2018]/.test(tokens[v + 1]?.text ?? "")) {
        if (strongVerb(u)) break;
        continue;
      }
      const ref = speakerBefore(ctx, sentence, v);
      if (ref && ref.start >= t.start) return ref;
      break;
    }
  }
  return null;
}

/** Speaker from the words before a quote in its sentence. */
function speakerBeforeQuote(ctx: ArticleContext, sentence: Sentence, a: number, b: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  for (let i = a; i + 1 < b; i++) {
    if (tokens[i]?.lower === "according" && tokens[i + 1]?.lower === "to" && !ctx.inQuote(tokens[i]?.start ?? 0)) {
      // "Vance, according to Hutchins, promised to "look into it"": the aside passes on the subject's words.
      // "Lanz spoke by phone with Zielak, according to a spokesperson, and urged him to "..."": so does a verb after it.
      const subject = tokens[i - 1]?.text === "," ? (ctx.mentionsBySentence.get(sentence.index) ?? []).find((m) => m.tokenStart <= 3 && m.kind === "person" && !m.possessive) : undefined;
      const resumed = tokens.findIndex((t, k) => k > i + 2 && k < b && t.text === ",");
      const verbAt = tokens[resumed + 1]?.lower === "and" ? resumed + 2 : resumed + 1;
      const subjectActor = subject ? ctx.cast.actorOf(subject) : undefined;
      if (subject && subjectActor && resumed > 0 && isVerb(tokens[verbAt])) return { actor: subjectActor, label: subjectActor.name, start: subject.start, end: subject.end, how: "subject of the clause around an 'according to' aside" };
      const ref = speakerAfter(ctx, sentence, i + 2);
      if (ref) return ref;
    }
  }
  // "Bemoaning the "phony system," Trump accused ...": an opening participle belongs to the main clause's subject.
  if (a === 0 && /ing$/.test(tokens[0]?.lower ?? "") && !tokens.slice(0, b).some((t) => t.text === ",")) {
    // The comma that closes the phrase: outside the quotation, or just inside its closing mark ("system,").
    const comma = tokens.findIndex((t, k) => k > b && t.text === "," && (!ctx.inQuote(t.start) || /["\u201d\u2019']/.test(tokens[k + 1]?.text ?? "")));
    const next = /["\u201d\u2019']/.test(tokens[comma + 1]?.text ?? "") ? comma + 2 : comma + 1;
    const m = (ctx.mentionsBySentence.get(sentence.index) ?? []).find((x) => x.tokenStart === next && (x.kind === "person" || x.kind === "organization"));
    const actor = m ? ctx.cast.actorOf(m) : undefined;
    if (m && actor) return { actor, label: actor.name, start: m.start, end: m.end, how: "subject of the clause after an opening participle" };
  }
  for (let v = b - 1; v >= a && b - v <= 30; v--) {
    const u = tokens[v];
    if (!u || ctx.inQuote(u.start)) continue;
    if (u.lower === "said" && v === 0 && u.cap === true) return speakerAfter(ctx, sentence, v + 1);
    if (isVerb(u) && (strongVerb(u) || b - v <= 3)) {
      if (/ing$/.test(u.lower) && tokens[v - 1]?.text === ",") return subjectOf(ctx, sentence, b);
      // A participle ("took office promising ...") has no subject of its own before it, unless a name stands there.
      // "..., including Rain Okoro, who said afterwards that ...": the person the relative clause is about.
      const who = tokens[v - 1]?.lower === "who" ? relativeSubject(ctx, sentence, v - 1) : null;
      if (who) return who;
      const participle = /ing$/.test(u.lower) && !(ctx.mentionsBySentence.get(sentence.index) ?? []).some((m) => m.end === tokens[v - 1]?.end);
      // "He was said to have emphasized that "..."": the words come from the document or body reported before.
      if (tokens[v - 1]?.lower === "have" && tokens[v - 2]?.lower === "to" && tokens[v - 3]?.lower === "said" && PASSIVE_BE.has(tokens[v - 4]?.lower ?? "")) {
        const issuer = issuerBefore(ctx, sentence.index, tokens[v - 3]?.start ?? u.start);
        if (issuer) return issuer;
      }
      const ref = participle ? null : (speakerBefore(ctx, sentence, v) ?? (strongVerb(u) ? looseSubject(ctx, sentence, v) : null));
      if (ref) return outerSpeaker(ctx, sentence, ref) ?? ref;
      // A participle after an utterance ("a statement saying") speaks for the clause subject.
      if (lexicon.utteranceNouns.has(tokens[v - 1]?.lower ?? "")) {
        const owner = ownerOfUtterance(ctx, sentence, v - 1);
        if (owner) return owner;
      }
      if (/ing$/.test(u.lower) || lexicon.utteranceNouns.has(tokens[v - 1]?.lower ?? "")) return subjectOf(ctx, sentence, b);
    }
    if (lexicon.utteranceNouns.has(u.lower)) {
      const owner = ownerOfUtterance(ctx, sentence, v);
      if (owner) return owner;
    }
  }
  return null;
}

/**
 * "Lee said the two countries "share the values ...", spokesperson Kang told reporters": the words quoted are those of the
 * person whose report they sit in; the attribution at the end says who passed the report on.
 */
function innerOrOuter(ctx: ArticleContext, sentence: Sentence, outer: SpeakerRef | null, a: number, b: number): SpeakerRef | null {
  if (!outer) return null;
  const tokens = sentence.tokens;
  // From the sentence start: "X told Y that Beijing "A" but was willing to "B", according to Z" reports both in X's words.
  for (let v = b - 1; v >= a && b - v <= 25; v--) {
    const u = tokens[v] as Token;
    if (ctx.inQuote(u.start) || !strongVerb(u) || /ing$/.test(u.lower) || verbInfo(u)?.labels) continue;
    // "Lee congratulated Ishikawa and said ...": a coordinated verb shares the clause subject.
    const inner = speakerBefore(ctx, sentence, v) ?? (tokens[v - 1]?.lower === "and" ? subjectOf(ctx, sentence, v) : null);
    return inner?.actor?.kind === "person" && inner.actor !== outer.actor ? inner : outer;
  }
  return outer;
}

const PERSON_PRONOUNS = new Set(["he", "she", "i", "we", "they"]);
const PASSIVE_BE = new Set(["was", "is", "were", "are", "been"]);
const SUBORDINATORS = new Set(["when", "while", "because", "after", "before", "if", "until", "since", "although", "though", "whereas", "as"]);

/** "Trump said that Clinton once described the deal as "the gold standard"": the outer reporter is the source. */
function outerSpeaker(ctx: ArticleContext, sentence: Sentence, inner: SpeakerRef): SpeakerRef | null {
  const tokens = sentence.tokens;
  const at = tokens.findIndex((t) => t.start >= inner.start);
  for (let v = at - 1; v >= 0 && at - v <= 16; v--) {
    const u = tokens[v] as Token;
    // "X told reporters ..., adding that Y had agreed to "...": a reporting participle passes on its clause subject's words.
    const participle = /ing$/.test(u.lower) && (tokens[v - 1]?.text === "," || (/^["\u201d\u2019']$/.test(tokens[v - 1]?.text ?? "") && /,$/.test(ctx.doc.text.slice(0, tokens[v - 1]?.start ?? 0).trimEnd())));
    // "A White House readout described Biden condemning "..."": a body's document describing what someone said.
    if (!ctx.inQuote(u.start) && verbInfo(u)?.labels && !/ing$/.test(u.lower)) {
      const body = speakerBefore(ctx, sentence, v);
      if (body && isBody(body) && body.actor !== inner.actor) return body;
    }
    if (ctx.inQuote(u.start) || !strongVerb(u) || verbInfo(u)?.takesObject || verbInfo(u)?.labels || (/ing$/.test(u.lower) && !participle)) continue;
    // The inner clause must be what the outer verb reports: right after it, "that" or an aside ("that Russia and the US
    // agreed": the inner subject may be the end of a coordinated subject).
    const c = contentStart(tokens, v, verbInfo(u)?.tell ?? false, verbInfo(u)?.particle ?? null);
    if (c < 0 || c > at || at - c > 4 || tokens.slice(c, at).some((x) => !x.word || isVerb(x))) return null;
    const outer = participle ? subjectOf(ctx, sentence, v) : speakerBefore(ctx, sentence, v);
    return outer && outer.actor !== inner.actor ? outer : null;
  }
  return null;
}

/** "Protesters marching through the streets chanted": a subject phrase that opens with a speaker noun. */
function looseSubject(ctx: ArticleContext, sentence: Sentence, v: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  let s = v - 1;
  while (s > 0 && v - s < 8 && tokens[s - 1]?.word && !lexicon.verbs.has(tokens[s - 1]?.lower ?? "")) s--;
  while (s < v - 1 && ["the", "a", "an", "some", "many"].includes(tokens[s]?.lower ?? "")) s++;
  const head = tokens[s];
  if (!head || (s > 0 && tokens[s - 1]?.word) || !lexicon.speakerNouns.has(head.lower)) return null;
  return classifySpeaker(ctx, sentence, s, s, head.start);
}

/** "The premier "emphasized Israel's commitment ..."": a quoted verb phrase is said by the subject before it. */
function predicateSubject(ctx: ArticleContext, sentence: Sentence, q: QuoteSpan, a: number, b: number): SpeakerRef | null {
  const first = /^\p{Ll}[\p{L}'\u2019-]*/u.exec(ctx.doc.text.slice(q.start, q.start + 30))?.[0];
  if (!first || !(lexicon.verbs.has(first) || /ed$/.test(first)) || b <= a || b - a > 8) return null;
  const tokens = sentence.tokens;
  // Only a noun phrase may stand before it: no verb of its own.
  for (let i = a; i < b; i++) if (!tokens[i]?.cap && (lexicon.verbs.has(tokens[i]?.lower ?? "") || /ed$/.test(tokens[i]?.lower ?? ""))) return null;
  return classifySpeaker(ctx, sentence, a, b - 1, tokens[a]?.start ?? q.open);
}

/** The speaker the sentence before reports for: "The deal is close, Ruiz said. "We need a week."" */
function previousReporter(ctx: ArticleContext, sentenceIndex: number): SpeakerRef | null {
  const sentence = ctx.doc.sentences[sentenceIndex - 1];
  const here = ctx.doc.sentences[sentenceIndex];
  if (!sentence || !here || sentence.paragraph !== here.paragraph) return null;
  const tokens = sentence.tokens;
  for (let v = tokens.length - 1; v >= 0; v--) {
    const u = tokens[v] as Token;
    if (ctx.inQuote(u.start) || !strongVerb(u) || /ing$/.test(u.lower) || !attributionTail(tokens, v + 1, verbInfo(u)?.tell ?? false)) continue;
    return tokens[v - 1]?.text === "," ? speakerAfter(ctx, sentence, v + 1) : speakerBefore(ctx, sentence, v);
  }
  return null;
}

/** "the envoy's public statement", "a statement from the ministry". */
function ownerOfUtterance(ctx: ArticleContext, sentence: Sentence, v: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  for (let i = v - 1; i >= 0 && v - i <= 5; i--) {
    const t = tokens[i];
    if (!t) break;
    if (t.lower === "'s" || t.lower === "'") {
      const m = (ctx.mentionsBySentence.get(sentence.index) ?? []).find((x) => x.end === t.start);
      const actor = m ? ctx.cast.actorOf(m) : undefined;
      if (m && actor) return { actor, label: actor.name, start: m.start, end: m.end, how: "owner of the statement" };
      break;
    }
    if (!t.word || lexicon.commonWords.has(t.lower) && !/ly$/.test(t.lower) && t.lower !== "public") break;
  }
  const next = tokens[v + 1];
  if (next && (next.lower === "from" || next.lower === "by")) return speakerAfter(ctx, sentence, v + 2);
  return null;
}

const PREPOSITIONS = new Set(["in", "with", "of", "on", "at", "for", "from", "by", "to", "about", "against", "after", "before", "during", "like", "than", "into", "over", "under", "between", "among", "toward", "towards", "via", "as"]);

const COMPLEMENTIZERS = new Set(["whether", "that", "if"]);

const DATELINE_OPEN = /^\p{Lu}{2,}[\p{Lu}\s.,'\u2019-]*(?:,[^()\n]{0,30})?(?:\([^)\n]{1,30}\))?\s*(?:--?|[\u2014\u2013\u2015])\s/u;

/** The person named right before a relative "who" (at token w), past a comma. */
function relativeSubject(ctx: ArticleContext, sentence: Sentence, w: number): SpeakerRef | null {
  const at = sentence.tokens[w - 1]?.text === "," ? w - 1 : w;
  const m = (ctx.mentionsBySentence.get(sentence.index) ?? []).find((x) => x.tokenEnd === at && x.kind === "person" && !x.possessive && !x.inQuote);
  const actor = m ? ctx.cast.actorOf(m) : undefined;
  return m && actor ? { actor, label: actor.name, start: m.start, end: m.end, how: "the person 'who' refers to" } : null;
}

/** The clause subject: the first actor named outside quotes before `b` that no preposition governs. */
function subjectOf(ctx: ArticleContext, sentence: Sentence, b: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  const limit = tokens[b - 1]?.end ?? sentence.end;
  // An opening prepositional phrase ("In a White House statement, ...") holds no subject.
  const introComma = PREPOSITIONS.has(tokens[0]?.lower ?? "") ? tokens.findIndex((t) => t.text === ",") : -1;
  // "ADDIS ABABA, Feb 16 (Reuters) - ...": the dateline's agency is not the clause subject.
  const dateline = DATELINE_OPEN.exec(ctx.doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)));
  const from = Math.max(introComma >= 0 ? (tokens[introComma]?.end ?? 0) : 0, dateline ? sentence.start + dateline[0].length : 0);
  // A name after "whether" or a reporting verb is inside what was said, not the one saying it.
  let clauseEnd = limit;
  for (const t of tokens) {
    if (t.start >= limit) break;
    if (t.start >= from && !ctx.inQuote(t.start) && (COMPLEMENTIZERS.has(t.lower) || (t.word && !t.cap && lexicon.verbs.has(t.lower) && !lexicon.verbs.get(t.lower)?.weak))) {
      clauseEnd = t.start;
      break;
    }
  }
  const all = ctx.mentionsBySentence.get(sentence.index) ?? [];
  // "African Union Commission chairperson X": a body inside a person's title is part of the title.
  const inTitle = (m: (typeof all)[number]) => all.some((o) => o !== m && o.title && m.start >= (o.title.prefixStart ?? o.title.start) && m.end <= (o.title.phraseEnd ?? o.title.end));
  const mentions = all.filter((m) => m.start >= from && m.end <= clauseEnd && !m.inQuote && !m.attributive && !inTitle(m));
  for (const m of mentions) {
    if (m.possessive) {
      // "The premier's office releases a statement": the owner's office is the subject.
      const noun = tokens[m.tokenEnd + 1];
      if (noun && ORG_NOUNS.has(noun.lower)) return classifySpeaker(ctx, sentence, m.tokenStart, m.tokenEnd + 1, m.start);
      continue;
    }
    const actor = ctx.cast.actorOf(m);
    if (!actor) continue;
    const before = tokens[m.tokenStart - 1];
    const title = m.title && m.title.start < m.start ? tokens.find((t) => t.start === m.title?.start) : undefined;
    const governing = title ? tokens[tokens.indexOf(title) - 1] : before;
    if (governing && PREPOSITIONS.has(governing.lower)) continue;
    return { actor, label: actor.name, start: m.start, end: m.end, how: "subject of the sentence" };
  }
  // No name: a he/she subject before the quote ("He released a letter that says he has '...'").
  for (let i = 0; i < b; i++) {
    const t = tokens[i];
    if (t && (t.lower === "he" || t.lower === "she") && !ctx.inQuote(t.start)) return classifySpeaker(ctx, sentence, i, i, t.start);
  }
  return null;
}

const SIGN_OFF = /^[\u2014\u2013\u2015-]{1,2}\s*\S/;

/** A paragraph that only signs the quotation before it: "— Principal Denise Carter". */
function signOffAfter(ctx: ArticleContext, paragraph: number): SpeakerRef | null {
  const next = ctx.doc.paragraphs[paragraph + 1];
  if (!next || next.end - next.start > 90 || !SIGN_OFF.test(ctx.doc.text.slice(next.start, next.end))) return null;
  const sentence = ctx.doc.sentences.find((s) => s.start >= next.start && s.end <= next.end);
  const m = sentence ? (ctx.mentionsBySentence.get(sentence.index) ?? []).find((x) => x.kind === "person" || x.kind === "organization") : undefined;
  const actor = m ? ctx.cast.actorOf(m) : undefined;
  if (!m || !actor) return null;
  return { actor, label: actor.name, start: m.start, end: m.end, how: "signed after the quotation" };
}

/** A quotation that opens a paragraph after "In a letter, the principal wrote:" is what was introduced. */
function introducedBefore(ctx: ArticleContext, paragraph: number): SpeakerRef | null {
  const prev = ctx.doc.paragraphs[paragraph - 1];
  if (!prev || !/:\s*$/.test(ctx.doc.text.slice(prev.start, prev.end))) return null;
  const sentence = [...ctx.doc.sentences].reverse().find((s) => s.paragraph === prev.index);
  return sentence ? speakerBeforeQuote(ctx, sentence, 0, sentence.tokens.length) : null;
}

function speakerForTag(ctx: ArticleContext, tag: string, q: QuoteSpan): SpeakerRef {
  const k = key(tag);
  const actor = ctx.cast.persons().find((a) => key(a.last ?? "") === k || key(a.name) === k) ?? null;
  return { actor, label: actor?.name ?? tag, start: q.open + 1, end: q.open + 1 + tag.length, how: "transcript speaker tag" };
}

const ACCORDING = /^[\s,\u2014\u2013-]*according to\b/i;

/**
 * "According to a statement from the palace, Ruiz "stressed ..." and called for "...": a sentence that opens with its
 * source gives every quotation in it to that source (FORMAT: "According to X, Y told Z that ...": the speaker is X).
 */
function openingSource(ctx: ArticleContext, sentence: Sentence, firstQuoteOpen: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  if (tokens[0]?.lower !== "according" || tokens[1]?.lower !== "to") return null;
  const source = speakerAfter(ctx, sentence, 2);
  if (!source) return null;
  // The source phrase ends at a comma before the first quotation: "According to X, ...".
  const comma = tokens.findIndex((t) => t.start >= source.end && t.text === ",");
  return comma > 0 && (tokens[comma]?.start ?? Infinity) < firstQuoteOpen ? source : null;
}

/**
 * The attribution that closes a sentence after its last quotation ("..., Erdogan's office wrote on X."), computed once
 * per sentence: it speaks for the sentence's quotations that have no attribution of their own.
 */
function sentenceTail(ctx: ArticleContext, q: QuoteSpan, tails: Map<number, SpeakerRef | null>): SpeakerRef | null {
  const known = tails.get(q.sentence);
  if (known !== undefined) return known;
  const sentence = ctx.doc.sentences[q.sentence];
  let lastClose = q.close;
  // Quotes are sorted: the last one of the sentence is found by a binary search.
  let lo = 0;
  let hi = ctx.quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = ctx.quotes[mid] as QuoteSpan;
    if (x.sentence <= q.sentence) {
      if (x.sentence === q.sentence) lastClose = Math.max(lastClose, x.close);
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let found: SpeakerRef | null = null;
  if (sentence) {
    const [a, b] = tokenRange(sentence, lastClose + 1, sentence.end);
    found = speakerAfterQuote(ctx, sentence, a, b);
  }
  tails.set(q.sentence, found);
  return found;
}

// Role nouns that point back to the person being quoted when the article introduced no unnamed one ("the official").
const POINTING_BACK = new Set(["official", "diplomat", "envoy", "aide", "spokesman", "spokeswoman", "spokesperson", "negotiator", "adviser", "advisor"]);

/** "the official" for a person named and quoted before, when "official" appears nowhere earlier in the article. */
function pointsBack(ctx: ArticleContext, speaker: SpeakerRef, previous: SpeakerRef): SpeakerRef | null {
  const words = speaker.label.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? "";
  if (words.length !== 1 || !POINTING_BACK.has(head)) return null;
  const opening = ctx.doc.text.slice(Math.max(0, speaker.start - 4000), speaker.start);
  if (new RegExp(`\\b${head}s?\\b`, "i").test(opening.slice(0, Math.max(0, opening.length - 4)))) return null;
  return { ...previous, start: speaker.start, end: speaker.end, how: `'the ${head}' pointing back to the person quoted before` };
}

export function attributeQuotes(ctx: ArticleContext): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  const tails = new Map<number, SpeakerRef | null>();
  const { text } = ctx.doc;
  let previous: AttributedQuote | null = null;
  // Whether a sentence reports speech is asked once per sentence: one sentence may hold thousands of quotations.
  const speechCues = new Map<number, boolean>();
  const openingSources = new Map<number, SpeakerRef | null>();
  for (let n = 0; n < ctx.quotes.length; n++) {
    const q = ctx.quotes[n] as QuoteSpan;
    const sentence = ctx.doc.sentences[q.sentence];
    const para = ctx.doc.paragraphs[q.paragraph];
    if (!sentence || !para) continue;
    const prevInSentence = ctx.quotes[n - 1]?.sentence === q.sentence ? ctx.quotes[n - 1] : undefined;
    const nextInSentence = ctx.quotes[n + 1]?.sentence === q.sentence ? ctx.quotes[n + 1] : undefined;
    const beforeFrom = prevInSentence ? prevInSentence.close + 1 : sentence.start;
    const afterTo = nextInSentence ? nextInSentence.open : sentence.end;
    const [ba, bb] = tokenRange(sentence, beforeFrom, q.open);
    const [aa, ab] = tokenRange(sentence, q.close + 1, afterTo);
    let speaker: SpeakerRef | null = q.tag ? speakerForTag(ctx, q.tag, q) : null;
    const after = speaker ? null : speakerAfterQuote(ctx, sentence, aa, ab);
    // "..., the White House said", "..., according to the readout": an issuing body or a named outer source
    // speaks for every quotation of the sentence, whoever the sentence's subject is.
    const tail = speaker || after ? null : sentenceTail(ctx, q, tails);
    const outer = isBody(after) || (after?.actor && ACCORDING.test(text.slice(q.close + 1, afterTo))) ? after : isBody(tail) ? tail : null;
    let opening = openingSources.get(q.sentence);
    // Asked at the sentence's first quotation, whose opening mark the source phrase must stand before.
    if (opening === undefined) openingSources.set(q.sentence, (opening = openingSource(ctx, sentence, q.open)));
    speaker = speaker ?? outer ?? opening ?? predicateSubject(ctx, sentence, q, ba, bb) ?? innerOrOuter(ctx, sentence, after, 0, bb) ?? speakerBeforeQuote(ctx, sentence, ba, bb) ?? tail;
    if (!speaker && q.close >= para.end - 2) speaker = signOffAfter(ctx, q.paragraph);
    if (!speaker && q.open === para.start) speaker = introducedBefore(ctx, q.paragraph);
    const beforeText = text.slice(beforeFrom, q.open).trim();
    // Quotes joined by a conjunction share a speaker: "called it 'X' and a 'Y'", "used for 'X' and only 'Y'".
    const prevSpeaker = prevInSentence ? out[out.length - 1]?.speaker : null;
    if (!speaker && prevSpeaker && /^(?:,?\s*(?:and|or|but|as well as)?\s*(?:only|also|even|not|\p{L}+ly)?\s*(?:a|an|the)?)$/iu.test(beforeText)) speaker = prevSpeaker;
    // A paragraph that is only a quotation continues the last speaker quoted, across one paragraph of narration at most.
    const wholeParagraph = q.open === para.start && q.close >= para.end - 2;
    const continues = previous && previous.speaker && (previous.paragraph === q.paragraph || (previous.paragraph === q.paragraph - 1 && q.open === para.start) || (wholeParagraph && previous.paragraph === q.paragraph - 2));
    if (!speaker && continues && beforeText === "") speaker = previous?.speaker ?? null;
    const speechCue = speechCues.get(q.sentence) ?? hasSpeechCue(ctx, sentence);
    speechCues.set(q.sentence, speechCue);
    // The sentence subject speaks only where the sentence reports speech (or in a headline).
    if (!speaker && (para.kind === "headline" || (speechCue && /\S/.test(beforeText)))) speaker = subjectOf(ctx, sentence, bb);
    // "Mayor Vows 'No Retreat'": title case capitalizes the headline's reporting verb.
    if (!speaker && para.kind === "headline") {
      const verb = sentence.tokens.findIndex((t, k) => k < bb && k > 0 && t.word && lexicon.verbs.has(t.lower) && !lexicon.verbs.get(t.lower)?.weak);
      if (verb > 0) speaker = speakerBefore(ctx, sentence, verb);
    }
    if (!speaker && continues) speaker = previous?.speaker ?? null;
    // "has gone after Trump as a "human leech"": a characterization belongs to the clause subject.
    if (!speaker && /\bas(?:\s+(?:a|an|the))?$/i.test(beforeText)) speaker = subjectOf(ctx, sentence, bb);
    // A quotation that opens its sentence continues the report of the sentence before it.
    if (!speaker && beforeText === "" && q.open <= sentence.start + 1) speaker = previousReporter(ctx, q.sentence);
    const inner = text.slice(q.start, q.end);
    const afterText = text.slice(q.close + 1, afterTo).trim();
    const opensClause = beforeText === "" || /[:,\u2014]$/.test(beforeText);
    const direct = opensClause && (/^[\p{Lu}\p{N}"'\u2018\u201c(\u2026[]/u.test(inner) || afterText === "" || /^[,\u2014]/.test(afterText));
    // "the official said" in an article that introduced no unnamed official: the person quoted just before.
    if (speaker && !speaker.actor && previous?.speaker?.actor?.kind === "person" && previous.paragraph >= q.paragraph - 2) speaker = pointsBack(ctx, speaker, previous.speaker) ?? speaker;
    const attributed: AttributedQuote = { ...q, speaker, direct, speechCue };
    out.push(attributed);
    if (speaker) previous = attributed;
    else if (previous && previous.paragraph < q.paragraph - 1) previous = null;
  }
  return out;
}
