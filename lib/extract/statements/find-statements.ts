// Reported speech without quotation marks: "X said (that) ...", "..., X said.", "According to X, ...",
// "..., according to X.", "X told Y (that) ...", "X warned/urged/stressed ...", "X described Y as Z".
// The content runs to the clause end; a speaker nested inside reported content never replaces the outer one.
import type { ArticleContext } from "../attribution/context";
import { speakerAfter, speakerBefore, type SpeakerRef } from "../attribution/speaker-phrase";
import { key, lexicon, type VerbInfo } from "../lexicon";
import type { Sentence } from "../text/document";
import { isPossessive, type Token } from "../text/tokenize";
import { attributionTail, contentSpan, contentStart, readsAsClause } from "./content-span";

export type FoundStatement = { speaker: SpeakerRef; cue: string; start: number; end: number; sentence: Sentence; reason: string };

const CLOSING_MARK = /["\u201d\u2019']$/;
// Words that make what follows a verb a clause ("acknowledged borrowing would rise") rather than a noun phrase.
const FINITE = new Set(["would", "will", "could", "can", "may", "might", "must", "should", "shall", "is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "'s", "'re", "wants", "needs"]);
const NOUN_BEFORE = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these", "those", "that", "any", "no", "some", "every", "each", "all", "much", "many", "of", "such"]);
const UNATTRIBUTABLE = new Set(["they", "it", "we", "you", "i", "this", "that", "which", "who", "and"]);
const DETERMINER = new Set(["the", "a", "an", "this", "that", "these", "those", "some", "many", "several"]);
const NEGATION = /(?:\bnot|n['\u2019]t|\bnever|\bdeclined to|\brefused to|\bwould not|\bdid not)\s+(?:\w+\s+)?$/i;
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "who", "which", "that"]);
/** A present-tense or base form that is also a noun ("states", "reports", "tweets", "comment"). */
const nounLike = (t: Token): boolean => t.lower !== "says" && t.lower !== "say" && !lexicon.verbs.get(t.lower)?.past && !/ing$/.test(t.lower);
/** What may end a subject right before its verb: a name, a pronoun, a speaker noun, an adverb, a comma. */
function subjectEnd(t: Token | undefined, named: boolean): boolean {
  if (!t) return false;
  if (named || PRONOUNS.has(t.lower) || t.text === "," || /["\u201d\u2019']$/.test(t.text) || /ly$/.test(t.lower) || ["also", "still", "now", "then", "often", "always", "has", "have", "had", "did", "does", "will", "would", "may", "might", "can", "could"].includes(t.lower)) return true;
  return lexicon.speakerNouns.has(t.lower) || lexicon.titleHeads.map.has(t.lower) || lexicon.organizationNouns.includes(t.lower);
}
// After "said," these open a clause about the circumstances, not the rest of what was said.
const SUBORDINATE = new Set(["as", "while", "because", "after", "before", "when", "amid", "despite", "though", "although", "since", "but", "and", "who", "which", "adding", "noting", "saying"]);
const SPEAK_OF = new Set(["spoke", "speaks", "speak", "speaking", "talked", "talks", "talk", "talking", "wrote", "writes"]);

/** "reaffirmed his backing" reports no content; "stressed the importance of ..." and a clause do. */
function carriesContent(tokens: Token[], c: number, info: VerbInfo): boolean {
  if (!info.takesObject || info.tell || info.reportsObject) return true;
  // "denied receiving contributions", "admitted taking the money": a gerund opens an act that was reported.
  const first = tokens[c];
  if (first && first.word && !first.cap && /[a-z]{3}ing$/.test(first.lower) && tokens[c + 1]?.word) return true;
  for (let j = c; j < Math.min(tokens.length, c + 7); j++) {
    const t = tokens[j] as Token;
    if (FINITE.has(t.lower) || lexicon.contentNouns.has(t.lower)) return true;
    if (t.lower === "of" || t.lower === "for" || t.lower === "to" || t.text === ",") return false;
  }
  return false;
}

/** The clause start for a report that comes before its attribution: after a dateline or an opening quote's end. */
function reportStart(ctx: ArticleContext, sentence: Sentence, before: number): number {
  const text = ctx.doc.text.slice(sentence.start, before);
  const dateline = /^[\p{Lu}][\p{Lu}\s.'\u2019-]*(?:,\s*[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)*(?:\s\d{1,2})?)*\s*(?:\([^)]*\))?\s*(?:[\u2014\u2013\u2015]|--?)\s*/u.exec(text);
  // "NEW DELHI: ...": Indian papers end the dateline with a colon.
  const colon = dateline ? null : /^\p{Lu}[\p{Lu}\s.'\u2019-]{2,30}:\s+/u.exec(text);
  const from = sentence.start + (dateline?.[0].length ?? colon?.[0].length ?? 0);
  // "And Mrs. Clinton now holds ..., according to a poll": the connective joins the sentence to the one before, it is not reported.
  const connective = /^(?:And|But|So|Yet|Still)\s+(?=\S)/.exec(ctx.doc.text.slice(from, before));
  return from + (connective?.[0].length ?? 0);
}

/** A speaker label when no speaker phrase was recognized: the words right before the verb ("an architect who"). */
const COORDINATED_AUX = new Set(["has", "have", "had", "also", "later", "then", "will", "would", "again"]);

function fallbackSpeaker(ctx: ArticleContext, sentence: Sentence, v: number, previous: FoundStatement | undefined): SpeakerRef | null {
  const tokens = sentence.tokens;
  // "... but has said she will ...": auxiliaries between the conjunction and the verb.
  let aux = v;
  while (aux > 1 && COORDINATED_AUX.has(tokens[aux - 1]?.lower ?? "") && v - aux < 3) aux--;
  if (aux < v && (tokens[aux - 1]?.lower === "and" || tokens[aux - 1]?.lower === "but")) v = aux;
  // "... and said she would ...": the same speaker as the clause before, or the sentence's subject.
  if (tokens[v - 1]?.lower === "and" || tokens[v - 1]?.lower === "but") {
    if (previous?.sentence === sentence) return previous.speaker;
    const firstVerb = tokens.findIndex((x, k) => k < v - 1 && !x.cap && lexicon.verbs.has(x.lower));
    const subject = firstVerb > 0 ? speakerBefore(ctx, sentence, firstVerb) : null;
    if (subject) return subject;
    const m = (ctx.mentionsBySentence.get(sentence.index) ?? []).find((x) => x.kind === "person" && !x.possessive && x.start < (tokens[v]?.start ?? 0));
    const actor = m && m.tokenStart <= 2 ? ctx.cast.actorOf(m) : undefined;
    return m && actor ? { actor, label: actor.name, start: m.start, end: m.end, how: "subject of the coordinated clause" } : null;
  }
  const mentions = ctx.mentionsBySentence.get(sentence.index) ?? [];
  const verbStart = tokens[v]?.start ?? 0;
  // "Tom Okafor, the councilwoman's husband, who urged": the person the relative clause is about.
  if (tokens[v - 1]?.lower === "who") {
    const m = [...mentions].reverse().find((x) => x.end <= verbStart && !x.possessive && x.kind === "person" && x.tokenEnd >= v - 16);
    const actor = m ? ctx.cast.actorOf(m) : undefined;
    if (m && actor) return { actor, label: actor.name, start: m.start, end: m.end, how: "the person 'who' refers to" };
  }
  // "Maria Lindgren, a retired teacher who has lived here for 30 years, warned": the name that opens the sentence.
  const opener = mentions.find((x) => x.tokenStart <= 3 && !x.possessive && (x.kind === "person" || x.kind === "organization"));
  const commaBefore = tokens[v - 1]?.text === "," || (CLOSING_MARK.test(tokens[v - 1]?.text ?? "") && tokens[v - 2]?.text === ",");
  if (opener && tokens[opener.tokenEnd]?.text === "," && commaBefore) {
    const actor = ctx.cast.actorOf(opener);
    if (actor) return { actor, label: actor.name, start: opener.start, end: opener.end, how: "the name the sentence opens with, before an aside" };
  }
  let e = v - 1;
  // "the ministry of external affairs (MEA) said": a short acronym in parentheses closes the phrase.
  if (tokens[e]?.text === ")" && tokens[e - 2]?.text === "(") e -= 3;
  if (tokens[e]?.lower === "who" || tokens[e]?.lower === "which" || tokens[e]?.lower === "that") e--;
  // "the victims' families, many of whom say ...": the group before the comma speaks.
  else if (tokens[e]?.lower === "whom" && tokens[e - 1]?.lower === "of" && QUANTIFIERS.has(tokens[e - 2]?.lower ?? "")) e -= 3;
  if (tokens[e]?.text === ",") e--;
  // Back to a verb or punctuation: "Experts on North Korea and nuclear nonproliferation", "Two people familiar with the matter".
  let s = e;
  const speakerLike = (x: Token | undefined) => !!x && (lexicon.speakerNouns.has(x.lower) || lexicon.utteranceNouns.has(x.lower) || lexicon.documentNouns.has(x.lower) || lexicon.titleHeads.map.has(x.lower) || lexicon.organizationNouns.includes(x.lower));
  // A preposition belongs to the phrase after a speaker-like noun or a source's participle ("relatives of the victims",
  // "people familiar with", "a poll released in"), not after other words ("gone over well with").
  const joins = (x: Token | undefined) => !!x && (speakerLike(x) || SOURCE_MODIFIERS.has(x.lower) || /[a-z]ed$/.test(x.lower) || /^\p{Lu}/u.test(x.text));
  while (s > 0 && e - s < 8 && tokens[s - 1]?.word && !lexicon.verbs.has(tokens[s - 1]?.lower ?? "") && !(PHRASE_PREPOSITIONS.has(tokens[s - 1]?.lower ?? "") && !joins(tokens[s - 2]))) s--;
  while (s < e && DETERMINER.has(tokens[s]?.lower ?? "")) s++;
  const first = tokens[s];
  const last = tokens[e];
  if (!first || !last || e < s || !last.word) return null;
  // Only a phrase with a speaker-like noun names a source: "Experts on North Korea", not "11 conspiracy theories".
  // ("Those close to him", "people familiar with the talks": a source's participle names a source too.)
  if (!tokens.slice(s, e + 1).some((x, k) => speakerLike(x) || (SOURCE_MODIFIERS.has(x.lower) && PHRASE_PREPOSITIONS.has(tokens[s + k + 1]?.lower ?? "")))) return null;
  return { actor: null, label: ctx.doc.text.slice(first.start, last.end), start: first.start, end: last.end, how: "words before the verb" };
}

const SOURCE_MODIFIERS = new Set(["familiar", "close", "knowledgeable", "loyal", "opposed", "sympathetic", "critical", "responsible"]);
const PHRASE_PREPOSITIONS = new Set(["of", "on", "with", "for", "from", "at", "in", "over", "to", "about", "by", "into", "after", "before"]);
const QUANTIFIERS = new Set(["many", "most", "some", "several", "all", "both", "few", "one", "two", "three", "half", "each"]);

const TURN = /^((?:\p{Lu}[\p{Lu}.'\u2019-]+)(?: \p{Lu}[\p{Lu}.'\u2019-]+){0,2}):\s+/u;

/** A paragraph that opens with a speaker's name in capitals and a colon, as transcripts print them. */
function transcriptTurn(ctx: ArticleContext, sentence: Sentence): FoundStatement | null {
  const para = ctx.doc.paragraphs[sentence.paragraph];
  if (!para || sentence.start !== para.start) return null;
  const tag = TURN.exec(ctx.doc.text.slice(para.start, Math.min(para.end, para.start + 60)));
  if (!tag?.[1] || tag[1].length < 3) return null;
  const k = key(tag[1]);
  const actor = ctx.cast.persons().find((a) => key(a.name) === k || key(a.last ?? "") === k || k.endsWith(" " + key(a.last ?? "-"))) ?? null;
  // "NEW DELHI: Prime Minister X ...": a place in capitals before a colon is a dateline, not a speaker.
  if (!actor && (lexicon.places.map.has(k) || lexicon.countries.map.has(k))) return null;
  // "JEDDAH: ..." opening the story is a dateline whether or not the place is listed.
  if (!actor && ctx.doc.paragraphs.find((p) => p.kind === "body") === para) return null;
  const start = para.start + tag[0].length;
  let end = para.end;
  while (end > start && /\s/.test(ctx.doc.text[end - 1] ?? "")) end--;
  if (end - start < 3) return null;
  const speaker: SpeakerRef = { actor, label: actor?.name ?? tag[1], start: para.start, end: para.start + tag[1].length, how: "transcript speaker tag" };
  return { speaker, cue: ":", start, end, sentence, reason: "NAME: words of a transcript" };
}

/** Headline conventions: "Pence: Flowers Won't Be at Debate", "Obama Says Museum Will Tell ...", "..., Graham Says". */
function headlineStatement(ctx: ArticleContext, sentence: Sentence): FoundStatement | null {
  const tokens = sentence.tokens;
  const mentions = (ctx.mentionsBySentence.get(sentence.index) ?? []).filter((m) => !m.inQuote);
  const says = tokens.findIndex((t) => /^(?:says|said)$/i.test(t.text) && !ctx.inQuote(t.start));
  const colon = tokens.findIndex((t) => t.text === ":");
  const before = (to: number) => mentions.find((m) => m.tokenStart === 0 && m.tokenEnd === to);
  const named = (m: (typeof mentions)[number]): SpeakerRef => {
    const actor = ctx.cast.actorOf(m) ?? null;
    return { actor, label: actor?.name ?? m.surface, start: m.start, end: m.end, how: "named in a headline" };
  };
  const subject = colon > 0 ? before(colon) : says > 0 ? before(says) : undefined;
  if (subject) {
    const from = (tokens[(colon > 0 ? colon : says) + 1] ?? tokens[tokens.length - 1])?.start ?? sentence.end;
    const span = contentSpan(ctx, sentence, from);
    return span ? { speaker: named(subject), cue: colon > 0 ? ":" : tokens[says]?.text ?? "says", ...span, sentence, reason: "headline: X says / X: content" } : null;
  }
  // "..., Graham Says": the speaker closes the headline.
  const last = tokens[tokens.length - 1]?.text === "." ? tokens.length - 2 : tokens.length - 1;
  if (says !== last || says < 2) return null;
  // Title case splits "Lindsey Graham" into two names: the speaker runs back over capitalized words to the comma.
  let from = says - 1;
  while (from > 0 && says - from < 6 && tokens[from - 1]?.text !== "," && /^\p{Lu}/u.test(tokens[from - 1]?.text ?? "")) from--;
  const comma = tokens[from - 1];
  if (comma?.text !== ",") return null;
  const closing = mentions.find((m) => m.tokenEnd === says && m.tokenStart >= from && m.kind === "person") ?? mentions.find((m) => m.tokenEnd === says && m.tokenStart === from);
  const head = tokens[says - 1] as Token;
  // "..., Former White House Doctor Says": an unnamed source in title case.
  const unnamed: SpeakerRef | null = !closing && (lexicon.speakerNouns.has(head.lower) || lexicon.titleHeads.map.has(head.lower))
    ? { actor: null, label: ctx.doc.text.slice(tokens[from]?.start ?? head.start, head.end), start: tokens[from]?.start ?? head.start, end: head.end, how: "source named in a headline" }
    : null;
  const speaker = closing ? named(closing) : unnamed;
  if (!speaker) return null;
  const span = contentSpan(ctx, sentence, sentence.start, comma.start);
  return span ? { speaker, cue: tokens[says]?.text ?? "says", ...span, sentence, reason: "headline: content, X says" } : null;
}

/** Pushes the report that ends at the comma `comma`, attributed after it. */
function reportFirst(ctx: ArticleContext, sentence: Sentence, comma: number, speaker: SpeakerRef, cue: string, push: (f: FoundStatement) => void): boolean {
  const commaTok = sentence.tokens[comma] as Token;
  const from = reportStart(ctx, sentence, commaTok.start);
  // "Sudan's ambassador in Washington, Khalid Idris, told Axios": the words before the name are its role, not a report.
  const named = (ctx.mentionsBySentence.get(sentence.index) ?? []).find((m) => m.start === speaker.start);
  const opens = sentence.tokens.find((t) => t.start >= from)?.start ?? from;
  const role = named?.roles.find((r) => r.end <= commaTok.start && (r.phraseEnd ?? r.end) >= commaTok.start - 2 && (r.prefixStart ?? r.start) >= from);
  if (role && (role.prefixStart ?? role.start) <= opens) return false;
  // "The deal is off, the president, Ana Ruiz, said": the report ends before the role in apposition to the name.
  let to = role ? (role.prefixStart ?? role.start) : commaTok.start;
  while (to > from && /[\s,]/.test(ctx.doc.text[to - 1] ?? "")) to--;
  const span = contentSpan(ctx, sentence, from, to, true);
  if (span) push({ speaker, cue, ...span, sentence, reason: "report, then X said" });
  return !!span;
}

export function findStatements(ctx: ArticleContext): FoundStatement[] {
  const out: FoundStatement[] = [];
  const { paragraphs } = ctx.doc;
  const taken: [number, number][] = [];
  // The first (outer) report of a stretch of text wins: "An official said X had told Y that ...".
  const push = (f: FoundStatement) => {
    if (taken.some(([a, b]) => f.start < b && f.end > a)) return;
    taken.push([f.start, f.end]);
    out.push(f);
  };
  let turnParagraph = -1;
  for (const sentence of ctx.doc.sentences) {
    // "RUTH CALDER: Nobody can promise that.": a transcript turn is speech without quotation marks.
    if (sentence.paragraph !== turnParagraph && paragraphs[sentence.paragraph]?.kind === "body") {
      const turn = transcriptTurn(ctx, sentence);
      if (turn) {
        push(turn);
        turnParagraph = sentence.paragraph;
      }
    }
    if (sentence.paragraph === turnParagraph) continue;
    if (paragraphs[sentence.paragraph]?.kind === "headline") {
      const said = headlineStatement(ctx, sentence);
      if (said) push(said);
      continue;
    }
    if (paragraphs[sentence.paragraph]?.kind !== "body") continue;
    const tokens = sentence.tokens;
    for (let v = 0; v < tokens.length; v++) {
      const t = tokens[v] as Token;
      // Most words are neither "according" nor a reporting verb: test that before the quotation search.
      if ((t.lower !== "according" && !lexicon.verbs.has(t.lower)) || ctx.inQuote(t.start)) continue;
      reportAt(ctx, sentence, v, out, push);
    }
  }
  return out;
}

/** The report a reporting verb or "according to" at token v states, if any (a function of its own keeps the sentence loop small to compile). */
function reportAt(ctx: ArticleContext, sentence: Sentence, v: number, out: FoundStatement[], push: (f: FoundStatement) => void): void {
  const tokens = sentence.tokens;
  const { text } = ctx.doc;
  const t = tokens[v] as Token;
  if (t.lower === "according" && tokens[v + 1]?.lower === "to" && v + 2 < tokens.length) {
    const speaker = speakerAfter(ctx, sentence, v + 2);
    if (!speaker) return;
    const afterSource = tokens.findIndex((x) => x.start >= speaker.end);
    // "..., according to the ministry."
    // "..., according to a database tracking such deaths.": with no comma after the source, nothing after it can be the report.
    // (Not when a capitalized word follows the source: "according to Virginia AFL-CIO President X" was cut inside a name.)
    const lastClause = !tokens.slice(v + 2).some((x) => x.text === "," || x.text === ";" || x.text === ":") && !tokens[afterSource]?.cap;
    if (tokens[v - 1]?.text === "," && (lastClause || attributionTail(tokens, afterSource < 0 ? tokens.length : afterSource)) && reportFirst(ctx, sentence, v - 1, speaker, "according to", push)) return;
    let c = v + 2;
    while (c < tokens.length && tokens[c]?.text !== ",") c++;
    // "According to X, speaking on Y, ...": skip a participle aside.
    if (/ing$/.test(tokens[c + 1]?.lower ?? "")) for (c++; c < tokens.length && tokens[c]?.text !== ","; c++);
    // 'speaking on "CNN This Morning," President X ...': the aside's comma sits inside a show's closing mark.
    if (CLOSING_MARK.test(tokens[c + 1]?.text ?? "") && tokens[c + 1]?.start === tokens[c]?.end) c++;
    const span = c + 1 < tokens.length ? contentSpan(ctx, sentence, tokens[c + 1]?.start ?? sentence.end) : null;
    if (span) push({ speaker, cue: "according to", ...span, sentence, reason: "According to X, ..." });
    return;
  }
  const found = t.cap ? undefined : lexicon.verbs.get(t.lower);
  // "go on", "point out": a phrasal verb needs its particle ("went over well" is not speech).
  const info = found && found.particle && tokens[v + 1]?.lower !== found.particle ? undefined : found;
  // "Gallant's remarks", "the report": after a possessive or determiner the word is a noun.
  if (!info || isPossessive(tokens[v - 1]) || NOUN_BEFORE.has(tokens[v - 1]?.lower ?? "")) return;
  // "battleground states", "a series of tweets": a form that is also a noun needs a subject-like word before it.
  const named = (ctx.mentionsBySentence.get(sentence.index) ?? []).some((m) => m.end === tokens[v - 1]?.end && m.kind !== "unknown" && m.kind !== "place");
  // "Video shows that ...", "the poll found that ...": a document reports too.
  // "Video of the incident shows that ...": the document may head a phrase that ends right before the verb.
  const documentHead = (k: number) => { const x = tokens[k]; return !!x && (!x.cap || k === 0) && lexicon.documentNouns.has(x.lower) && (k === v - 1 || ["of", "from", "by"].includes(tokens[k + 1]?.lower ?? "")); };
  const documentThat = tokens[v + 1]?.lower === "that" && [v - 1, v - 2, v - 3, v - 4, v - 5].some((k) => k >= 0 && documentHead(k));
  // "member states", "swing states": "states" after anything but a name or pronoun is the noun.
  const stateNoun = (t.lower === "states" || t.lower === "state") && !named && !PRONOUNS.has(tokens[v - 1]?.lower ?? "") && tokens[v - 1]?.text !== ",";
  // "AROS argues that ...": after a capitalized word, a verb form followed by "that" is the verb.
  const namedThat = !!tokens[v - 1]?.cap && tokens[v - 1]?.word === true && tokens[v + 1]?.lower === "that";
  if ((nounLike(t) && !subjectEnd(tokens[v - 1], named) && !documentThat && !namedThat) || stateNoun) return;
  // "declined to say", "wouldn't tell": a report that did not happen.
  if (NEGATION.test(ctx.doc.text.slice(Math.max(sentence.start, t.start - 24), t.start))) return;
  // "spoke of the need for ...": a weak verb reports content only through "of"/"about" and a content noun.
  const speakOf = SPEAK_OF.has(t.lower) && (tokens[v + 1]?.lower === "of" || tokens[v + 1]?.lower === "about") && tokens.slice(v + 2, v + 6).some((x) => lexicon.contentNouns.has(x.lower));
  // A weak verb followed by "that" reports a proposition: "the poll found that", "officials believe that".
  const weakThat = info.weak && tokens[v + 1]?.lower === "that";
  // "Instant polls showed Clinton was the winner": a document's finding may drop the "that".
  // ("an arbitration panel in 2001 found the United States was in breach": a body's finding too.)
  const finder = tokens.slice(Math.max(0, v - 4), v).some((x) => !x.cap && (lexicon.documentNouns.has(x.lower) || FINDING_BODIES.has(x.lower)));
  // The clause needs a finite verb: "found an enhanced interest in ..." is an object.
  const documentClause = info.weak && FINDINGS.has(info.lemma) && finder && tokens.slice(v + 2, v + 14).some((x) => AUXILIARIES.has(x.lower)) && readsAsClause(tokens, v + 1);
  if (info.weak && !speakOf && !weakThat && !documentClause) return;
  // "described the situation as precarious": a labelling verb reports a characterization, not a target.
  const labelAs = info.labels && tokens.slice(v + 1, v + 9).some((x) => x.lower === "as");
  // "called for a ceasefire", "called on ministers to resign": a demand is reported speech.
  // "called on Sunday for a ceasefire": a day may stand between the verb and its preposition.
  const w = tokens[v + 1]?.lower === "on" && WEEKDAYS.has(tokens[v + 2]?.lower ?? "") ? v + 3 : WEEKDAYS.has(tokens[v + 1]?.lower ?? "") ? v + 2 : v + 1;
  // "called on ministers to resign" is a demand; "called on the prime minister at his residence" a visit.
  const callFor = info.lemma === "call" && (tokens[w]?.lower === "for" || (tokens[w]?.lower === "on" && w === v + 1 && tokens.slice(v + 2, v + 12).some((x) => x.lower === "to")));
  // "accused the government of trading principles": the charge is what was said.
  const accuseOf = info.lemma === "accuse" && tokens.slice(v + 1, v + 8).some((x) => x.lower === "of");
  // "has called climate change a hoax": a name given to something is a characterization too.
  const callA = info.lemma === "call" && !callFor && calledSomethingA(tokens, v);
  // "praised Israel for its restraint", "condemned the attack on the convoy": the object is what was said.
  // ("welcomed the president to Nairobi" is a visit: an object that opens with a person needs "for" after the name.)
  const objectPerson = info.reportsObject ? (ctx.mentionsBySentence.get(sentence.index) ?? []).find((m) => m.kind === "person" && m.tokenStart > v && m.tokenStart <= v + 5 && tokens.slice(v + 1, m.tokenStart).every((x) => x.cap)) : undefined;
  const objectReport = info.reportsObject && !labelAs && !callFor && !accuseOf && !callA && (!objectPerson || tokens[objectPerson.tokenEnd]?.lower === "for");
  if (info.labels && !labelAs && !callFor && !accuseOf && !callA && !objectReport) return;
  if (tokens[v - 1]?.lower === "to") return;
  // "her allies have been charged with", "was told that": a passive names no speaker.
  if (PASSIVE_AUX.has(tokens[v - 1]?.lower ?? "") && !/ing$/.test(t.lower)) return;
  // "X defended the deal, telling MPs it would ...": a reporting participle after a comma reports for the clause subject.
  // "Clinton is stressing that ...": after a form of "be" the -ing form is the clause's verb.
  const progressive = /ing$/.test(t.lower) && PROGRESSIVE.has(tokens[v - 1]?.lower ?? "");
  if (/ing$/.test(t.lower) && !progressive) {
    if (tokens[v - 1]?.text === "," && PARTICIPLE_REPORTS.has(info.lemma)) participleReport(ctx, sentence, v, info, push);
    return;
  }
  // "..., said one official": after a comma the speaker follows the verb.
  if ((tokens[v - 1]?.text === "," || CLOSING_MARK.test(tokens[v - 1]?.text ?? "")) && !info.takesObject && !info.tell) {
    const after = speakerAfter(ctx, sentence, v + 1);
    const next = after ? tokens.findIndex((x) => x.start >= after.end) : -1;
    if (after && attributionTail(tokens, next < 0 ? tokens.length : next) && reportFirst(ctx, sentence, v - 1, after, t.text, push)) return;
  }
  const subject = speakerBefore(ctx, sentence, progressive ? v - 1 : v) ?? fallbackSpeaker(ctx, sentence, progressive ? v - 1 : v, out[out.length - 1]);
  const bare = subject && !subject.actor ? subject.label.toLowerCase() : "";
  const speaker = bare === "they" ? (groupBefore(sentence, out[out.length - 1]) ?? pluralSubject(ctx, sentence, v) ?? subject) : bare === "it" ? (bodyBefore(ctx, sentence) ?? subject) : subject;
  // A bare "they" or "it" nobody can be named for says nothing a reader can attribute.
  if (!speaker || (!speaker.actor && UNATTRIBUTABLE.has(speaker.label.toLowerCase()))) return;
  // "..., Reed said." / "..., a person briefed on the plans said on Friday.": the report comes first.
  let at = tokens.findIndex((x) => x.start >= speaker.start);
  // "..., a government statement said": the phrase's determiner stands between the comma and the source.
  while (at > 0 && DETERMINER.has(tokens[at - 1]?.lower ?? "")) at--;
  // "..., state news agency SPA reported.": lowercase words that describe the source may stand after the comma.
  let described = at;
  const describes = (x: Token | undefined) => !!x && x.word && !x.cap && (!lexicon.verbs.has(x.lower) || !!lexicon.verbs.get(x.lower)?.weak) && !PRONOUNS.has(x.lower) && !SUBORDINATE.has(x.lower) && !DETERMINER.has(x.lower);
  while (described > 0 && at - described < 4 && describes(tokens[described - 1])) described--;
  const sourceNoun = tokens.slice(described, at + 1).some((x) => lexicon.speakerNouns.has(x.lower) || lexicon.organizationNouns.includes(x.lower));
  if (described < at && sourceNoun && tokens[described - 1]?.text === ",") at = described;
  // "During his years in office, Obama said, the nation changed": the attribution interrupts; the content follows.
  // ("..., the people said, asking not to be identified": a participle after the comma is an aside, not content.)
  const interrupted = tokens[v + 1]?.text === "," && tokens.length - v > 6 && !/["\u201c\u2018]/.test(tokens[v + 2]?.text ?? "") && !SUBORDINATE.has(tokens[v + 2]?.lower ?? "") && !/ing$/.test(tokens[v + 2]?.lower ?? "");
  if (at > 0 && !interrupted && !speakOf && (tokens[at - 1]?.text === "," || CLOSING_MARK.test(tokens[at - 1]?.text ?? "")) && attributionTail(tokens, v + 1, info.tell) && reportFirst(ctx, sentence, at - 1, speaker, t.text, push)) return;
  // '"...," Ruiz said during a visit that ...', '"...," he said, without elaborating': the verb attributes the quotation
  // before it; what follows is a circumstance unless "that" opens a second report.
  if (!info.tell && tokens[v + 1]?.lower !== "that" && attributesOpeningQuote(ctx, sentence, at) && !/ing$/.test(tokens[contentStart(tokens, v, false, info.particle)]?.lower ?? "")) return;
  const c = speakOf ? v + 2 : callFor ? w + 1 : labelAs || accuseOf || callA || (objectReport && tokens[v + 1]?.lower !== "that") ? v + 1 : contentStart(tokens, v, info.tell, info.particle);
  const first = c >= 0 ? tokens[c] : undefined;
  const viaThat = tokens[c - 1]?.lower === "that";
  const direct = speakOf || labelAs || callFor || accuseOf || callA || objectReport;
  if (!first || (!direct && !viaThat && !carriesContent(tokens, c, info))) return;
  // "noted the rule in the interview": a say-verb without "that" reports a clause, not a bare object.
  // "say" takes a clause or one of a few objects ("said nothing", "said yes"); other verbs need the clause to show.
  const sayClause = info.lemma === "say" && !SAY_OBJECTS.has(first.lower) && tokens.length - c >= 4;
  if (!direct && !viaThat && !info.takesObject && !info.tell && !sayClause && !readsAsClause(tokens, c)) return;
  // "boasted of his decision", "warned of the dangers of ...": through "of" only a content noun is content.
  // ("said about 20 people have ...": "about" before a number is an estimate, not a topic.)
  if (!speakOf && (first.lower === "of" || (first.lower === "about" && !/^\d/.test(tokens[c + 1]?.text ?? ""))) && !tokens.slice(c + 1, c + 5).some((x) => lexicon.contentNouns.has(x.lower))) return;
  const span = contentSpan(ctx, sentence, first.start);
  if (!span) return;
  const cueEnd = tokens[v + 1]?.lower === info.particle || speakOf ? (tokens[v + 1] ?? t) : callFor ? (tokens[w] ?? t) : t;
  push({ speaker, cue: text.slice(t.start, cueEnd.end), ...span, sentence, reason: speakOf ? "X spoke of the content" : labelAs || callA ? "X described Y as Z" : accuseOf ? "X accused Y of Z" : info.takesObject ? "X VERB the content" : "X said (that) content" });
}

/** Whether the speaker phrase at token `at` follows a quotation that opens the sentence ('"...," Ruiz said'). */
function attributesOpeningQuote(ctx: ArticleContext, sentence: Sentence, at: number): boolean {
  const tokens = sentence.tokens;
  const mark = CLOSING_MARK.test(tokens[at - 1]?.text ?? "") ? tokens[at - 1] : tokens[at - 1]?.text === "," && CLOSING_MARK.test(tokens[at - 2]?.text ?? "") ? tokens[at - 2] : undefined;
  const quote = mark ? ctx.quoteAt(mark.start) : undefined;
  return !!quote && quote.close === mark?.start && !/\p{L}/u.test(ctx.doc.text.slice(sentence.start, quote.open));
}

// After "called ... a", words that make the phrase a time or an amount ("called him a day later", "called a few times").
const NOT_A_NAME = new Set(["day", "week", "month", "year", "few", "couple", "number", "lot", "second", "minute", "hour", "time", "total", "meeting", "press", "news", "vote", "halt", "truce", "ceasefire", "strike", "election", "referendum", "session", "summit", "conference"]);

const PARTICLES = new Set(["off", "up", "out", "back", "in", "on", "for", "upon", "over", "together", "around", "down", "away", "a", "an"]);

/** "called [the plan] a disaster": an object of up to eleven words, then "a"/"an" and a noun phrase. */
function calledSomethingA(tokens: Token[], v: number): boolean {
  // "called off a planned visit", "called up a reservist": a particle makes it another verb.
  if (!tokens[v + 1]?.word || PARTICLES.has(tokens[v + 1]?.lower ?? "")) return false;
  for (let j = v + 2; j <= Math.min(tokens.length - 2, v + 12); j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.lower === "to" || t.lower === "for" || t.lower === "on" || t.lower === "in" || t.lower === "at" || (t.lower === "and" && j === v + 2)) return false;
    if (t.lower === "a" || t.lower === "an") return !NOT_A_NAME.has(tokens[j + 1]?.lower ?? "") && !!tokens[j + 1]?.word;
  }
  return false;
}

/** "Acme Corp. filed suit on Monday. It said ...": "it" is the organization that opens the sentence before. */
function bodyBefore(ctx: ArticleContext, sentence: Sentence): SpeakerRef | null {
  const previous = ctx.doc.sentences[sentence.index - 1];
  if (!previous || previous.paragraph !== sentence.paragraph) return null;
  const opener = (ctx.mentionsBySentence.get(previous.index) ?? []).find((m) => !m.inQuote && !m.possessive && m.tokenStart <= 1);
  const actor = opener?.kind === "organization" ? ctx.cast.actorOf(opener) : undefined;
  return opener && actor ? { actor, label: actor.name, start: opener.start, end: opener.end, how: "'it': the organization the sentence before opens with" } : null;
}

/** "Proponents urged Congress ..., although they say ...": "they" is a plural source that opens this sentence or the one before. */
function pluralSubject(ctx: ArticleContext, sentence: Sentence, v: number): SpeakerRef | null {
  const previous = ctx.doc.sentences[sentence.index - 1];
  for (const s of [sentence, previous]) {
    if (!s || s.paragraph !== sentence.paragraph) continue;
    const tokens = s.tokens;
    let i = 0;
    while (i < 3 && (DETERMINER.has(tokens[i]?.lower ?? "") || OPENING_WORDS.has(tokens[i]?.lower ?? ""))) i++;
    // The head of a short subject: "Proponents", "Many environmentalists", "Local officials".
    for (let k = i; k < i + 3 && (s !== sentence || k < v); k++) {
      const t = tokens[k];
      if (!t?.word) break;
      if (/s$/.test(t.lower) && lexicon.speakerNouns.has(t.lower)) {
        const from = tokens[i] as Token;
        return { actor: null, label: ctx.doc.text.slice(from.start, t.end), start: from.start, end: t.end, how: "'they': the plural source the sentence opens with" };
      }
    }
  }
  return null;
}
const OPENING_WORDS = new Set(["but", "and", "still", "yet", "while", "although", "though", "as", "when", "if", "many", "most", "some", "several", "other"]);

/** "..., according to show insiders. They said ...": "they" is the group whose report ends the sentence before. */
function groupBefore(sentence: Sentence, previous: FoundStatement | undefined): SpeakerRef | null {
  if (!previous || previous.sentence.index !== sentence.index - 1 || previous.speaker.actor) return null;
  const head = previous.speaker.label.toLowerCase().split(/\s+/).pop() ?? "";
  if (!/s$/.test(head) || !lexicon.speakerNouns.has(head)) return null;
  return { ...previous.speaker, how: "'they': the group whose report came just before" };
}

const PASSIVE_AUX = new Set(["been", "be", "being", "is", "are", "was", "were", "get", "got", "gets"]);
// Finite verbs that cannot be a possessive's "'s": "the court found an interest in her husband's actions" has none.
const AUXILIARIES = new Set(["would", "will", "could", "can", "may", "might", "must", "should", "is", "are", "was", "were", "has", "have", "had", "did", "does", "do"]);
const FINDING_BODIES = new Set(["panel", "court", "judge", "jury", "commission", "committee", "inquiry", "investigation", "investigators", "auditors", "researchers", "scientists", "inspector", "watchdog", "tribunal"]);
const FINDINGS = new Set(["show", "find", "suggest", "indicate", "reveal", "confirm"]);
const SAY_OBJECTS = new Set(["nothing", "something", "anything", "little", "much", "so", "yes", "no", "goodbye", "hello", "thanks", "a", "an", "what", "whether", "if", "how", "when", "why", "where", "who", "more", "less", "otherwise", "grace", "it", "to", "of", "about", "on", "in", "at", "for", "with", "by", "from", "after", "before", "during"]);
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"]);
const PROGRESSIVE = new Set(["is", "are", "was", "were", "been", "'s", "\u2019s", "'re", "\u2019re"]);
// Participles that report what the clause subject said: "..., saying that", "..., telling reporters", "..., warning that".
const PARTICIPLE_REPORTS = new Set(["say", "tell", "add", "warn", "argue", "insist", "claim", "note", "stress", "urge", "explain", "vow", "predict", "acknowledge", "admit", "announce", "emphasize", "emphasise", "declare", "assert", "contend", "maintain", "suggest", "promise", "pledge", "reiterate", "caution", "charge", "demand", "confirm", "express", "complain", "underscore", "underline"]);

// Irregular past forms that end a clause subject ("held", "met", "gave").
const CLAUSE_VERBS = new Set(["held", "met", "made", "gave", "took", "sent", "spent", "went", "came", "left", "led", "began", "kept", "brought", "paid", "won", "lost", "stood", "sat", "spoke", "told", "wrote", "said"]);

/** The person, body or pronoun that opens a sentence (after an opening phrase's comma), before token `v`. */
function openingSubject(ctx: ArticleContext, sentence: Sentence, v: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  let comma = -1;
  for (let k = 0; k < 8 && comma < 0; k++) if (tokens[k]?.text === ",") comma = k;
  const from = comma >= 0 && PREPOSITIONAL_OPENERS.has(tokens[0]?.lower ?? "") ? comma + 1 : 0;
  const first = tokens[from];
  if (!first || from >= v) return null;
  if (first.lower === "he" || first.lower === "she") return speakerBefore(ctx, sentence, from + 1);
  const m = (ctx.mentionsBySentence.get(sentence.index) ?? []).find((x) => x.tokenStart === from && !x.possessive && !x.inQuote && (x.kind === "person" || x.kind === "organization" || x.kind === "country"));
  const actor = m ? ctx.cast.actorOf(m) : undefined;
  return m && actor ? { actor, label: actor.name, start: m.start, end: m.end, how: "the subject that opens the sentence" } : null;
}
const PREPOSITIONAL_OPENERS = new Set(["in", "on", "at", "after", "before", "during", "earlier", "later", "speaking", "following", "meanwhile"]);

/** The subject of the clause a participle hangs from: the speaker before its first verb. */
function participleReport(ctx: ArticleContext, sentence: Sentence, v: number, info: VerbInfo, push: (f: FoundStatement) => void): void {
  const tokens = sentence.tokens;
  let speaker: SpeakerRef | null = null;
  // The clause's verb is near its start; the bound keeps a runaway sentence of participles linear.
  let clauseVerb = false;
  for (let k = Math.max(1, v - 40); k < v - 1 && !speaker; k++) {
    const u = tokens[k] as Token;
    if (!u.word || u.cap || ctx.inQuote(u.start)) continue;
    const verb = FINITE.has(u.lower) || /ed$/.test(u.lower) || lexicon.verbs.has(u.lower) || CLAUSE_VERBS.has(u.lower);
    // '"...," said Leyen, adding that ...': an inverted attribution names the speaker after its verb.
    const inverted = lexicon.verbs.has(u.lower) && (tokens[k - 1]?.text === "," || CLOSING_MARK.test(tokens[k - 1]?.text ?? ""));
    if (verb) speaker = (inverted ? speakerAfter(ctx, sentence, k + 1) : null) ?? speakerBefore(ctx, sentence, k);
    if (!speaker && (FINITE.has(u.lower) || /ed$/.test(u.lower) || CLAUSE_VERBS.has(u.lower))) {
      clauseVerb = true;
      break;
    }
  }
  // "He then held a press conference, emphasizing that ...": the person or pronoun that opens the sentence.
  if (!speaker && clauseVerb) speaker = openingSubject(ctx, sentence, v);
  if (!speaker || (!speaker.actor && UNATTRIBUTABLE.has(speaker.label.toLowerCase()))) return;
  const c = contentStart(tokens, v, info.tell, info.particle);
  const first = c >= 0 ? tokens[c] : undefined;
  // "noting the risk of escalation" names a topic; only a clause is content.
  if (!first || (tokens[c - 1]?.lower !== "that" && !readsAsClause(tokens, c))) return;
  const span = contentSpan(ctx, sentence, first.start);
  if (span) push({ speaker, cue: tokens[v]?.text ?? "", ...span, sentence, reason: "X did Y, saying content" });
}
