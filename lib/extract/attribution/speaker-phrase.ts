// Reads the noun phrase that names a speaker next to a reporting verb: a name, a pronoun, a role
// noun that refers back, an organization, or an unnamed source ("a senior US official").
import { surnameOf, type ActorRecord } from "../entities/cast";
import type { Mention } from "../entities/mention";
import { isCapWord } from "../entities/name-parts";
import { key, lexicon } from "../lexicon";
import type { Sentence } from "../text/document";
import type { Token } from "../text/tokenize";
import type { ArticleContext } from "./context";
import { PRONOUN_GENDER, resolvePronoun, resolveRoleNoun } from "./coreference";
import { ISSUED, documentPhrase, issuerBefore } from "./sources";

export type SpeakerRef = { actor: ActorRecord | null; label: string; start: number; end: number; how: string };

const DETERMINERS = new Set(["the", "a", "an", "another", "one", "two", "three", "several", "some", "many", "most", "other", "both", "his", "her", "their", "its", "this", "these", "those"]);
const BETWEEN_SUBJECT_AND_VERB = new Set(
  ("also later then previously again repeatedly once still has have had will would could can did does do is was were are has been not never already often " +
    "long recently earlier subsequently further then-also quickly publicly privately reportedly allegedly first last separately similarly likewise too just").split(" "),
);
const TIME_WORDS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "on", "last", "this", "earlier", "late", "night", "morning", "afternoon", "evening", "week", "month", "year"]);
const NP_INNER = new Set(["of", "for", "at", "'s", "'", "&", "-", "and"]);
// Nouns that make "X's office" or "the Clinton campaign" an organization speaking.
export const ORG_NOUNS = new Set(lexicon.organizationNouns);
const COORDINATORS = new Set(["and", "but", "or"]);
const OPENING_CONNECTIVES = new Set(["but", "and", "so", "yet", "or", "still", "now", "meanwhile", "however", "also", "instead", "indeed"]);
const DASHES = new Set(["--", "\u2014", "\u2013", "\u2015"]);
// Common adjectives that describe a group of sources: "top black lawmakers", "many Muslim leaders", "young voters".
const GROUP_ADJECTIVES = new Set(["black", "hispanic", "latino", "latina", "asian", "african", "arab", "jewish", "muslim", "christian", "catholic", "evangelical", "young", "older", "elderly", "ordinary", "prominent", "leading", "influential", "key", "other", "fellow", "rival", "angry", "worried", "undecided", "likely", "registered"]);
const LOCATIVES = new Set(["in", "from", "at"]);
const PERSONAL_PRONOUNS = new Set(["he", "she", "they", "i", "we", "it", "you"]);

const isAdverb = (t: Token): boolean => BETWEEN_SUBJECT_AND_VERB.has(t.lower) || (/ly$/.test(t.lower) && !t.cap && t.lower.length > 4);

/** A speaker-like head noun: "official", "spokesman", "minister", "police", or a relation ("her husband", "his predecessor"). */
function speakerHead(t: Token | undefined): boolean {
  return !!t && (lexicon.speakerNouns.has(t.lower) || lexicon.titleHeads.map.has(t.lower) || ORG_NOUNS.has(t.lower) || lexicon.relations.has(t.lower));
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

/** A person named by the whole of tokens [from, to) (an optional title before the name): an appositive name. */
function appositiveName(ctx: ArticleContext, sentence: Sentence, from: number, to: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last || to <= from) return null;
  const m = mentionsIn(ctx, sentence, first.start, last.end).find((x) => x.end === last.end && x.kind === "person" && !x.possessive);
  const actor = m ? ctx.cast.actorOf(m) : undefined;
  if (!m || !actor || actor.kind !== "person") return null;
  // Only title words may stand before the name: "Tánaiste Aoife Brennan", not "the man who met Brennan".
  const titleStart = m.title && m.title.end <= m.start ? (m.title.prefixStart ?? m.title.start) : m.start;
  if (first.start < Math.min(titleStart, m.start) && !(m.titledSurface && first.start >= m.end - m.titledSurface.length)) return null;
  return { actor, label: actor.name, start: m.start, end: m.end, how: "name in apposition to the speaker's role" };
}

/** "His office", "her campaign": the organization of the person the pronoun refers to. */
function pronounOrganization(ctx: ArticleContext, sentence: Sentence, s: number, e: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  const first = tokens[s];
  const last = tokens[e];
  const gender = PRONOUN_GENDER[first?.lower ?? ""];
  if (!first || !last || e !== s + 1 || !gender || !ORG_NOUNS.has(last.lower)) return null;
  const owner = resolvePronoun(ctx, sentence.index, first.start, gender);
  if (!owner) return null;
  // A prime minister's office is an institution with its own name: "the Prime Minister's Office".
  const premier = last.lower === "office" && owner.roles.some((r) => /(?:^|\s)prime minister$/.test(key(r.title)));
  const label = premier ? "Prime Minister's Office" : `${owner.last ? surnameOf(owner.name, owner.last) : owner.name}'s ${last.text}`;
  return { actor: organizationFor(ctx, label, first.start), label, start: first.start, end: last.end, how: "office of the person a possessive pronoun refers to" };
}

/** The one person in the article whose title ends in `head` ("judge"), if exactly one. */
function soleHolder(ctx: ArticleContext, head: string): ActorRecord | null {
  const holders = ctx.cast.persons().filter((a) => a.roles.some((r) => key(r.title).split(" ").pop() === head));
  return holders.length === 1 ? (holders[0] ?? null) : null;
}

// Words that make "the ... father" another person ("the event brought back memories of her father"), not the one just named.
const RELATING_WORDS = new Set(["her", "his", "their", "its", "my", "our", "your", "of", "to", "for", "with", "by", "from", "and", "or"]);

/** Tokens [s, e) are adjectives an epithet may carry ("the former", "the veteran British"), not a clause or a relation. */
function plainModifiers(tokens: Token[], s: number, e: number): boolean {
  return tokens.slice(s, e).every((t) => t.word && !RELATING_WORDS.has(t.lower) && !lexicon.verbs.has(t.lower));
}

/**
 * "US defense secretary says ..." in a headline: the person the article names with that role, when exactly one holds it
 * and every word of the phrase is in the role or its affiliation.
 */
function headlineHolder(ctx: ArticleContext, sentence: Sentence, label: string, span: { start: number; end: number }): SpeakerRef | null {
  if (ctx.doc.paragraphs[sentence.paragraph]?.kind !== "headline") return null;
  const words = key(label).replace(/^(?:the|a|an)\s+/, "").split(/\s+/);
  const head = words[words.length - 1] ?? "";
  const holders = ctx.cast.persons().filter((a) =>
    a.roles.some((r) => {
      const role = `${key(r.title)} ${key(r.affiliation ?? "")}`.split(/\s+/);
      const country = (w: string) => lexicon.demonyms.get(w) ?? lexicon.countries.map.get(w);
      return role.includes(head) && words.every((w) => role.includes(w) || (!!r.affiliation && country(w) === r.affiliation));
    }),
  );
  const holder = holders.length === 1 ? holders[0] : undefined;
  return holder ? { actor: holder, label: holder.name, ...span, how: "a headline's role, held by one person in the article" } : null;
}

/** "the Ministry of External Affairs", "the Office of the President": a body named by its head word and an "of" phrase. */
function bodyOfPhrase(ctx: ArticleContext, tokens: Token[], s: number, e: number): SpeakerRef | null {
  let i = s;
  while (i < e && DETERMINERS.has(tokens[i]?.lower ?? "")) i++;
  const head = tokens[i];
  if (!head?.cap || !lexicon.orgHeads.has(head.lower) || tokens[i + 1]?.lower !== "of") return null;
  let last = -1;
  for (let j = i + 2; j <= e && (tokens[j]?.cap || OF_PHRASE.has(tokens[j]?.lower ?? "")); j++) if (tokens[j]?.cap) last = j;
  const end = tokens[last];
  if (!end) return null;
  const label = ctx.doc.text.slice(head.start, end.end);
  return { actor: organizationFor(ctx, label, head.start), label, start: tokens[s]?.start ?? head.start, end: end.end, how: "a body named by its head word and an 'of' phrase" };
}
const OF_PHRASE = new Set(["of", "and", "the", "for", "on"]);

/** Classifies tokens [s, e] (inclusive) as a speaker. */
export function classifySpeaker(ctx: ArticleContext, sentence: Sentence, s: number, e: number, pos: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  const first = tokens[s];
  const last = tokens[e];
  if (!first || !last || e < s) return null;
  const span = { start: first.start, end: last.end };
  if (s === e && PERSONAL_PRONOUNS.has(first.lower)) {
    // An interview's unquoted "I" is the person interviewed.
    if (first.lower === "i" && ctx.interviewee && !ctx.inQuote(first.start)) return { actor: ctx.interviewee, label: ctx.interviewee.name, ...span, how: "the interviewee's first person" };
    // "it said", "it added": the body whose statement the article is passing on.
    const issuer = first.lower === "it" ? issuerBefore(ctx, sentence.index, first.start) : null;
    if (issuer) return { ...issuer, ...span };
    const gender = PRONOUN_GENDER[first.lower];
    if (gender === undefined) return { actor: null, label: first.text, ...span, how: "pronoun without a resolvable person" };
    const actor = resolvePronoun(ctx, sentence.index, first.start, gender);
    return { actor, label: actor?.name ?? first.text, ...span, how: "pronoun resolved to the nearest person named before" };
  }
  // "the statement said", "according to the readout": the body that issued it.
  if (documentPhrase(tokens, s, e)) {
    const issuer = issuerBefore(ctx, sentence.index, first.start);
    if (issuer) return { ...issuer, ...span };
  }
  // "the Prime Minister's Office statement", "a Chilean foreign ministry readout": the body that issued the document speaks.
  if (e > s + 1 && ISSUED.has(last.lower) && !last.cap) {
    const body = classifySpeaker(ctx, sentence, s, e - 1, pos);
    if (body && (body.actor ? body.actor.kind !== "person" : ORG_NOUNS.has(tokens[e - 1]?.lower ?? ""))) return { ...body, ...span };
  }
  const body = bodyOfPhrase(ctx, tokens, s, e);
  if (body) return body;
  const inside = mentionsIn(ctx, sentence, first.start, last.end);
  // "Mayor Amina Farouk of Hamtramck": the person, not the place that follows "of".
  const person = inside.find((m) => m.kind === "person" && !m.possessive && tokens.find((t) => t.start >= m.end)?.lower === "of");
  const personActor = person ? ctx.cast.actorOf(person) : undefined;
  if (person && personActor) return { actor: personActor, label: personActor.name, ...span, how: "named speaker of a place or body" };
  const lastMention = inside[inside.length - 1];
  // "a senior official in Jerusalem", "a diplomat from Brussels": the place says where the source is, not who it is.
  const placeAt = lastMention && lastMention.end >= last.end - 1 && lastMention.kind !== "person" ? tokens.findIndex((t) => t.start === lastMention.start) : -1;
  if (placeAt - 2 >= s && LOCATIVES.has(tokens[placeAt - 1]?.lower ?? "") && speakerHead(tokens[placeAt - 2])) {
    const ref = classifySpeaker(ctx, sentence, s, placeAt - 2, pos);
    if (ref) return ref.actor ? ref : { ...ref, label: phraseText(ctx, tokens, s, e), end: last.end };
  }
  if (lastMention) {
    const actor = ctx.cast.actorOf(lastMention);
    if (lastMention.kind === "place") {
      // "Tehran warned", "Cairo says": a capital right before the verb speaks as its country's government.
      const country = lastMention.tokenStart === s && lastMention.end >= last.end - 1 ? lexicon.capitals.get(key(lastMention.surface)) : undefined;
      if (!country) return null;
      const state = ctx.cast.named("country", country, lastMention.start);
      return { actor: state, label: state.name, ...span, how: "a capital speaking for its country" };
    }
    // "the Prime Minister's Office": a capitalized body noun owned by a title speaks as that body.
    if (lastMention.kind === "unknown" && ORG_NOUNS.has(last.lower) && lastMention.tokenStart > s && tokens[lastMention.tokenStart - 1]?.lower === "'s") {
      const label = phraseText(ctx, tokens, s, e);
      return { actor: organizationFor(ctx, label, first.start), label, ...span, how: "office named by its owner's title" };
    }
    const endsPhrase = lastMention.end >= last.end - 1;
    if (endsPhrase) {
      if (actor) return { actor, label: actor.name, ...span, how: "named speaker" };
      return { actor: null, label: lastMention.surface, ...span, how: "capitalized speaker name" };
    }
    // "Haddad's office", "a Ruiz spokesman", "the Park campaign"; "a statement from Levin's office" is the office's.
    if (ORG_NOUNS.has(last.lower)) {
      const from = tokens.findIndex((t, k) => k > s && k < e && (t.lower === "from" || t.lower === "by") && lexicon.utteranceNouns.has(tokens[k - 1]?.lower ?? ""));
      const label = phraseText(ctx, tokens, from > 0 ? from + 1 : s, e);
      return { actor: organizationFor(ctx, label, first.start), label, ...span, how: "organization named by its owner" };
    }
    if (speakerHead(last) && (lastMention.possessive || lastMention.attributive || lastMention.kind !== "person")) {
      const label = phraseText(ctx, tokens, s, e);
      return headlineHolder(ctx, sentence, label, span) ?? { actor: null, label, ...span, how: "unnamed speaker attached to a name" };
    }
    if (actor && lastMention.kind === "person" && !lastMention.possessive) return { actor, label: actor.name, ...span, how: "named speaker with trailing words" };
    return null;
  }
  // "the defender", "the 47-year-old", "the Swede": a description, not an office.
  const epithet = first.lower === "the" && e > s && e - s <= 3 && plainModifiers(tokens, s + 1, e) && (lexicon.epithets.has(last.lower) || /^\d+-year-old$/.test(last.lower) || lexicon.demonyms.has(last.lower));
  if (!speakerHead(last) && !epithet) return null;
  const office = pronounOrganization(ctx, sentence, s, e);
  if (office) return office;
  const label = phraseText(ctx, tokens, s, e);
  if (first.lower === "the" || first.lower === "this") {
    const actor = resolveRoleNoun(ctx, label, pos);
    if (actor) return { actor, label: actor.name, ...span, how: "role noun referring back to its holder" };
    // "the defender", "the 47-year-old": a description of the person just named.
    if (epithet) {
      const named = resolvePronoun(ctx, sentence.index, first.start, null);
      if (named) return { actor: named, label: named.name, ...span, how: "description of the person just named" };
    }
  }
  // "A federal judge ..." in a lede, named later as "Judge Margaret X": the only holder of that office.
  if ((first.lower === "a" || first.lower === "an") && !lexicon.speakerNouns.has(last.lower) && lexicon.titleHeads.map.has(last.lower)) {
    const holder = soleHolder(ctx, last.lower);
    if (holder) return { actor: holder, label: holder.name, ...span, how: "office named before its only holder" };
  }
  return headlineHolder(ctx, sentence, label, span) ?? { actor: null, label, ...span, how: "unnamed speaker" };
}

/** The speaker phrase ending right before token `v` (a reporting verb), skipping adverbs and an appositive. */
export function speakerBefore(ctx: ArticleContext, sentence: Sentence, v: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  let x = v - 1;
  // Adverbs and time phrases stand between a subject and its verb: "A judge on Thursday questioned".
  while (x >= 0 && tokens[x] && (isAdverb(tokens[x] as Token) || TIME_WORDS.has(tokens[x]?.lower ?? ""))) x--;
  if (tokens[x]?.text === ")") {
    while (x >= 0 && tokens[x]?.text !== "(" && v - x < 12) x--;
    x--;
  }
  // "Kall -- co-editor of a book on the debates -- said": an appositive between dashes.
  // ("--" is two "-" tokens.)
  const dashAt = (k: number): number => (DASHES.has(tokens[k]?.text ?? "") ? 1 : tokens[k]?.text === "-" && tokens[k - 1]?.text === "-" ? 2 : 0);
  if (dashAt(x)) {
    let y = x - dashAt(x);
    while (y >= 0 && !dashAt(y) && x - y < 30 && !/["\u201c\u201d]/.test(tokens[y]?.text ?? "")) y--;
    if (y < 1 || !dashAt(y)) return null;
    x = y - dashAt(y);
  }
  if (tokens[x]?.text === ",") {
    // An appositive between subject and verb: "Ana Ruiz, the Chilean ambassador, said".
    let y = x - 1;
    while (y >= 0 && tokens[y]?.text !== "," && x - y < 25 && !/["\u201c\u201d]/.test(tokens[y]?.text ?? "")) y--;
    if (y < 0 || tokens[y]?.text !== ",") return null;
    // "..., and the meeting deteriorated from there, said one source": a clause between commas is no appositive.
    if (COORDINATORS.has(tokens[y + 1]?.lower ?? "")) return null;
    // "Salim's spokeswoman, Zuhura Mbwana, said": when the appositive is the name, the name speaks.
    const named = appositiveName(ctx, sentence, y + 1, x);
    if (named) return named;
    x = y - 1;
    if (tokens[x]?.text === ")") {
      while (x >= 0 && tokens[x]?.text !== "(" ) x--;
      x--;
    }
  }
  const end = x;
  // "congratulated Ruiz and said": a coordinated verb's subject is the clause's, not the word before "and".
  if (end < 0 || !tokens[end]?.word || COORDINATORS.has(tokens[end]?.lower ?? "")) return null;
  // A pronoun right before the verb is the whole subject ("... network RT he blasted").
  if (PERSONAL_PRONOUNS.has(tokens[end]?.lower ?? "")) return classifySpeaker(ctx, sentence, end, end, tokens[v]?.start ?? 0);
  let s = end;
  while (s > 0 && end - s < 9) {
    const u = tokens[s - 1] as Token;
    if (DETERMINERS.has(u.lower)) {
      s--;
      // "Dirk Notz of the University of Hamburg": a determiner after "of" is inside the phrase.
      if (tokens[s - 1]?.lower === "of" && s - 2 >= 0 && tokens[s - 2]?.word) continue;
      // "the US and its allies": a possessive determiner after "and" and a name joins two sources.
      if (tokens[s - 1]?.lower === "and" && (u.lower === "its" || u.lower === "their" || u.lower === "his" || u.lower === "her") && isCapWord(tokens[s - 2])) {
        s--;
        continue;
      }
      break;
    }
    if (u.word && (u.cap || (!lexicon.commonWords.has(u.lower) && !lexicon.verbs.has(u.lower)) || lexicon.titleModifiers.has(u.lower) || GROUP_ADJECTIVES.has(u.lower) || speakerHead(u))) {
      s--;
      continue;
    }
    // "a senior official in Jerusalem said": a speaker noun, then where the source is.
    if (LOCATIVES.has(u.lower) && speakerHead(tokens[s - 2]) && isCapWord(tokens[s])) {
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
  // "But environmentalists worry": a sentence's opening connective is not part of its subject.
  if (s === 0 && s < end && OPENING_CONNECTIVES.has(tokens[s]?.lower ?? "")) s++;
  return classifySpeaker(ctx, sentence, s, end, tokens[v]?.start ?? 0);
}

const FORWARD_STOP = new Set(["that", "who", "which", "in", "on", "at", "during", "after", "before", "when", "while", "because", "to", "about", "as", "adding", "noting", "saying", "told", "and"]);

// A finite verb ends a noun phrase: "said the event brought back memories of her father" names no speaker.
const CLAUSE_VERBS = new Set(["is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do", "brought", "took", "made", "gave", "went", "came", "got", "kept", "became", "began", "felt", "held", "knew", "meant", "paid", "put", "ran", "saw", "sent", "showed", "stood", "thought", "won", "helped", "needed", "seemed", "remained", "happened"]);

/** The speaker phrase starting at token `a` ("said Sen. John Smith, a Democrat" / "according to the official"). */
export function speakerAfter(ctx: ArticleContext, sentence: Sentence, a: number): SpeakerRef | null {
  const tokens = sentence.tokens;
  let e = a;
  while (e < tokens.length && e - a < 12) {
    const t = tokens[e] as Token;
    if (!t.word && !NP_INNER.has(t.lower) && !(t.text === "." && (lexicon.abbreviations.has(tokens[e - 1]?.lower ?? "") || lexicon.honorifics.has(tokens[e - 1]?.lower ?? ""))) && !(t.text === "." && /^\p{Lu}$/u.test(tokens[e - 1]?.text ?? ""))) break;
    if ((FORWARD_STOP.has(t.lower) || CLAUSE_VERBS.has(t.lower)) && e > a) break;
    // "familiar with the talks": after a determiner a verb form is a noun.
    if (t.word && !t.cap && e > a && lexicon.verbs.has(t.lower) && !DETERMINERS.has(tokens[e - 1]?.lower ?? "")) break;
    e++;
  }
  e--;
  while (e > a && !tokens[e]?.word) e--;
  if (e < a) return null;
  // "said the company's attorney, Naomi Adeyemi": a role, then its holder's name.
  if (tokens[e + 1]?.text === ",") {
    let z = e + 2;
    while (z < tokens.length && z - e < 9 && tokens[z]?.text !== "," && tokens[z]?.text !== ".") z++;
    const named = appositiveName(ctx, sentence, e + 2, z);
    if (named && !mentionsIn(ctx, sentence, tokens[a]?.start ?? 0, tokens[e]?.end ?? 0).some((m) => m.kind === "person" && !m.possessive)) return named;
  }
  // "according to a readout from his office", "a statement by the ministry": the body the document comes from.
  let from = -1;
  for (let k = a + 1; k < e && from < 0; k++) if ((tokens[k]?.lower === "from" || tokens[k]?.lower === "by") && ISSUED.has(tokens[k - 1]?.lower ?? "")) from = k;
  if (from > 0) {
    const issuer = speakerAfter(ctx, sentence, from + 1);
    if (issuer) return { ...issuer, start: tokens[a]?.start ?? issuer.start };
  }
  const body = bodyOfPhrase(ctx, tokens, a, e);
  if (body) return body;
  // The name inside a forward phrase comes first ("said Smith, the mayor").
  const inside = mentionsIn(ctx, sentence, tokens[a]?.start ?? 0, tokens[e]?.end ?? 0);
  const firstMention = inside[0];
  // "the Prime Minister's Office": an office named by its owner's title is read as a whole phrase.
  const titledOffice = firstMention?.kind === "unknown" && ORG_NOUNS.has(firstMention.surface.toLowerCase()) && /^['\u2019]s$/.test(tokens[firstMention.tokenStart - 1]?.text ?? "");
  if (firstMention && !firstMention.possessive && !firstMention.attributive && !titledOffice) {
    const actor = ctx.cast.actorOf(firstMention);
    // "according to a State Department readout": the body's own document speaks for it; the phrase ends after the noun.
    // "a Washington Post-ABC News national poll": adjectives may stand between the body and its document.
    let n = firstMention.tokenEnd;
    while (n < firstMention.tokenEnd + 3 && tokens[n]?.word && !tokens[n]?.cap && !lexicon.utteranceNouns.has(tokens[n]?.lower ?? "") && !lexicon.documentNouns.has(tokens[n]?.lower ?? "")) n++;
    const noun = tokens[n];
    const owned = !!noun && !noun.cap && (lexicon.utteranceNouns.has(noun.lower) || lexicon.documentNouns.has(noun.lower)) && firstMention.kind !== "person";
    // "said one GOP source in the room": a body's name before a speaker noun describes an unnamed member of it.
    const member = tokens[firstMention.tokenEnd];
    if (firstMention.kind !== "person" && member && !member.cap && lexicon.speakerNouns.has(member.lower) && !lexicon.organizationNouns.includes(member.lower)) {
      const first = tokens[a] as Token;
      const from = DETERMINERS.has(first.lower) && first.lower !== "one" ? a + 1 : a;
      return { actor: null, label: phraseText(ctx, tokens, from, firstMention.tokenEnd), start: first.start, end: member.end, how: "unnamed member of a named body" };
    }
    const span = { start: tokens[a]?.start ?? 0, end: owned ? noun.end : firstMention.end };
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
