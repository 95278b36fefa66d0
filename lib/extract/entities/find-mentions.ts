// Finds names without a trained model: runs of capitalized words split into lexicon phrases
// (organizations, countries, places, titles) and person names, judged by evidence around them.
import { givenNameGender, honorificGender, key, lexicon, publicFigure } from "../lexicon";
import type { Doc, Sentence } from "../text/document";
import { isPossessive, type Token } from "../text/tokenize";
import { ONE_WORD_SOURCE, type Mention, type MentionKind, type TitleSpan } from "./mention";
import {
  ATTRIBUTIVE_NOUNS, NAME_CONNECTORS, NAME_SUFFIXES, honorificAt, isAllCaps, isCapParticle, isCapWord, isCommon, isInitial, lookupPhrase, particlesAt, surnameFirst, titleHeadAt,
} from "./name-parts";
import { countryOf, demonymAt } from "./name-parts";
import { affiliationAt, isPluralTitle, leadingOrganization, properNameEnd } from "./role-parts";
import { titleAfter, titleBefore, titleWithComplement } from "./titles";

type Ctx = { doc: Doc; sentence: Sentence; tokens: Token[]; inQuote: (pos: number) => boolean; caption: boolean; headline: boolean };

const JOINERS = new Set(["of", "for", "and", "&", "on"]);

const OPENING_MARK = /^[\u201c"]$/;
const CLOSING_MARK = /^[\u201d"]$/;

/** The quoted nickname inside tokens [s, e) ("Bibi" of "Benjamin "Bibi" Kessler"), as a token index, or -1. */
function quotedNicknameAt(tokens: Token[], s: number, e: number): number {
  for (let k = s + 1; k + 2 < e; k++) if (OPENING_MARK.test(tokens[k]?.text ?? "") && CLOSING_MARK.test(tokens[k + 2]?.text ?? "")) return k + 1;
  return -1;
}

/** One past the last token of the capitalized run starting at i. */
function runEnd(tokens: Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length) {
    const u = tokens[j];
    const prev = tokens[j - 1];
    if (!u || !prev) break;
    // A broadcaster's channel number belongs to its name: "Channel 12", "Channel 4".
    if (prev.lower === "channel" && /^\d{1,3}$/.test(u.text) && u.start === prev.end + 1) {
      j++;
      continue;
    }
    if (isCapWord(u) && u.start <= prev.end + 1) {
      j++;
      continue;
    }
    // "Benjamin "Bibi" Kessler": a nickname in quotation marks between the given name and the surname.
    if (OPENING_MARK.test(u.text) && isCapWord(tokens[j + 1]) && CLOSING_MARK.test(tokens[j + 2]?.text ?? "") && isCapWord(tokens[j + 3]) && givenNameGender(prev.lower)) {
      j += 3;
      continue;
    }
    // Initials and abbreviated titles keep their period: "John F. Kennedy", "Sen. Ted Cruz".
    if (u.text === "." && u.start === prev.end && (isInitial(prev) || lexicon.abbreviations.has(prev.lower) || lexicon.honorifics.has(prev.lower)) && isCapWord(tokens[j + 1])) {
      j++;
      continue;
    }
    const particles = j > i || isCapParticle(tokens, i) ? particlesAt(tokens, j) : 0;
    if (particles > 0) {
      j += particles;
      continue;
    }
    if (JOINERS.has(u.lower) && !personBefore(tokens, i, j) && (isCapWord(tokens[j + 1]) || (tokens[j + 1]?.lower === "the" && isCapWord(tokens[j + 2])))) {
      const ext = joinedPhraseEnd(tokens, i, j);
      if (ext > j) {
        j = ext;
        continue;
      }
    }
    break;
  }
  return j;
}

/** "Paul Lindgren of Harbor Crest Partners": a person's name (after any title) never joins an organization through "of". */
function personBefore(tokens: Token[], i: number, j: number): boolean {
  let n = i;
  for (let step = titleHeadAt(tokens, n, j) || honorificAt(tokens, n); step > 0 && n < j; step = titleHeadAt(tokens, n, j) || honorificAt(tokens, n)) n += step;
  return n < j && j - n <= 3 && !!givenNameGender(tokens[n]?.lower ?? "") && !lookupPhrase(lexicon.organizations, tokens, n, j);
}

/** Whether a lexicon phrase or an organization name carries the run across "of"/"and" at j. */
function joinedPhraseEnd(tokens: Token[], i: number, j: number): number {
  for (let s = Math.max(i, j - 3); s < j; s++) {
    for (const table of [lexicon.organizations, lexicon.countries, lexicon.titleHeads, lexicon.places]) {
      const hit = lookupPhrase(table, tokens, s);
      if (hit && s + hit[1] > j + 1) return s + hit[1];
    }
  }
  let k = j + 1;
  if (tokens[k]?.lower === "the") k++;
  while (isCapWord(tokens[k])) k++;
  const last = tokens[k - 1];
  if (last && lexicon.orgHeads.has(last.lower) && k - i <= 8) return k;
  return j;
}

const GOVERNING = new Set(["for", "of", "at", "from", "with", "by", "to", "in", "on", "about", "against"]);

function speakerPositionAround(tokens: Token[], s: number, e: number): boolean {
  // "a spokesperson for Solvia said": a name a preposition governs is not the subject.
  const after = tokens[e]?.lower === "'s" || GOVERNING.has(tokens[s - 1]?.lower ?? "") ? undefined : tokens[e];
  // "Reed said", "Reed says"; not "states" or "reports", which are as often nouns ("battleground states").
  if (after && lexicon.verbs.has(after.lower) && !lexicon.verbs.get(after.lower)?.weak && (after.lower === "says" || !/(?:s|e)$/.test(after.lower) || /ed$/.test(after.lower))) return true;
  const before = tokens[s - 1];
  if (before && (before.lower === "said" || before.lower === "says" || before.lower === "to" && tokens[s - 2]?.lower === "according")) return true;
  return false;
}

const ORG_NOUNS = new Set(lexicon.organizationNouns);
const TAIL_PREPOSITIONS = new Set(["of", "for", "in", "to", "at"]);

/** A preposition and a capitalized phrase ending at token `end` ("in Washington", "of the Interior"); modifiersOnly for "of Defense". */
function prepositionalTail(tokens: Token[], end: number): { prep: number; modifiersOnly: boolean } | null {
  let k = end;
  let modifiersOnly = true;
  while (k >= 0 && end - k < 5 && isCapWord(tokens[k])) {
    if (!lexicon.titleModifiers.has(tokens[k]?.lower ?? "")) modifiersOnly = false;
    k--;
  }
  if (k === end) return null;
  if (tokens[k]?.lower === "the") k--;
  return TAIL_PREPOSITIONS.has(tokens[k]?.lower ?? "") && k > 0 ? { prep: k, modifiersOnly } : null;
}
const ROLE_OPENERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my"]);

/** "Salim's spokeswoman, NAME", "her Tanzanian counterpart, NAME", "Their son, NAME": a role noun, then a comma. */
function roleBeforeComma(text: string, tokens: Token[], s: number, e: number): TitleSpan | null {
  if (tokens[s - 1]?.text !== ",") return null;
  // "Sudan's ambassador in Washington, NAME", "The Minister of Defense, NAME": a prepositional tail after the role noun.
  const tail = prepositionalTail(tokens, s - 2);
  const from = tail ? tail.prep - 1 : s - 2;
  for (let i = from; i >= 0 && from - i < 5; i--) {
    const t = tokens[i];
    if (!t || !t.word || t.cap && i === from && !lexicon.titleHeads.map.has(t.lower)) return null;
    if (lexicon.relations.has(t.lower) || lexicon.titleHeads.map.has(t.lower) || lexicon.speakerNouns.has(t.lower)) {
      if (lexicon.verbs.has(tokens[i - 1]?.lower ?? "")) return null;
      // "the US officials, Gantz said", "the Israeli government, Biden said": a group or a body is not the person's role.
      if (isPluralTitle(t) || (ORG_NOUNS.has(t.lower) && !lexicon.titleHeads.map.has(t.lower))) return null;
      // The role's modifiers, then its owner ("Egypt's", "the government's") or determiner.
      let r = i;
      const modifier = (u: Token | undefined): boolean => !!u && u.word && !isPossessive(u) && !ROLE_OPENERS.has(u.lower) && !lexicon.verbs.has(u.lower) &&
        (lexicon.titleModifiers.has(u.lower) || (!lexicon.commonWords.has(u.lower) && !/ed$/.test(u.lower)));
      while (r > 0 && s - r < 9 && modifier(tokens[r - 1])) r--;
      // "South African President, NAME": a demonym made of common words ("South", "African") still opens the role.
      if (r > 1 && demonymAt(tokens, r - 2, r)?.[1] === 2) r -= 2;
      else if (r > 0 && demonymAt(tokens, r - 1, r)) r--;
      let prefix = r;
      if (isPossessive(tokens[prefix - 1])) {
        prefix -= 2;
        while (prefix > 0 && tokens[prefix - 1]?.cap && tokens[prefix - 1]?.word) prefix--;
      }
      // "the guerrilla group's chief negotiator": the owner may carry a determiner and modifiers of its own.
      for (let k = 1; k <= 3; k++) {
        const u = tokens[prefix - k];
        if (!u || !u.word) break;
        if (ROLE_OPENERS.has(u.lower)) {
          prefix -= k;
          break;
        }
      }
      // "In talks with the Dutch premier, Rutte said": a phrase a preposition governs ends an opening phrase, unless the name closes it.
      const governor = tokens[Math.max(0, prefix) - 1];
      if (governor && (GOVERNING.has(governor.lower) || governor.lower === "and") && ![",", ".", ";", ")", "\u2014", "\u2013"].includes(tokens[e]?.text ?? ".")) return null;
      const owner = isPossessive(tokens[r - 1]) ? (tokens[r - 2]?.text ?? null) : null;
      let affiliation = owner ? (countryOf(owner) ?? owner) : null;
      // "The French foreign minister, NAME": a demonym opening the role is its affiliation.
      for (let d = demonymAt(tokens, r, s - 2); r < s - 2 && (d || lookupPhrase(lexicon.countries, tokens, r, r + 1)); d = demonymAt(tokens, r, s - 2)) {
        affiliation = affiliation ?? d?.[0] ?? countryOf(tokens[r]?.text ?? "");
        r += d?.[1] ?? 1;
      }
      affiliation = affiliation ?? leadingOrganization(tokens, r, s - 1);
      // "the mayor of Lyon": the place or body owns the office; "in Washington" is where the holder serves, not the office.
      let lastIndex = s - 2;
      if (tail && tail.prep === i + 1 && ["of", "at", "for"].includes(tokens[tail.prep]?.lower ?? "") && !tail.modifiersOnly) {
        affiliation = affiliation ?? affiliationAt(text, tokens, tail.prep + 1, s - 1);
        if (affiliation) lastIndex = i;
      } else if (tail && tokens[tail.prep]?.lower === "in") lastIndex = tail.prep - 1;
      const first = tokens[r] as Token;
      const last = tokens[lastIndex] as Token;
      return { text: text.slice(first.start, last.end), start: first.start, end: last.end, affiliation, prefixStart: tokens[Math.max(0, prefix)]?.start ?? first.start, phraseEnd: tokens[s - 2]?.end ?? last.end };
    }
    if (t.lower !== "for" && t.lower !== "of" && (lexicon.commonWords.has(t.lower) || lexicon.verbs.has(t.lower))) return null;
  }
  return null;
}

const APPOSITIVE_STOPS = new Set(["that", "which", "who", "whose", "in", "of", "for", "with", "on", "at", "from", "to", "and", "based", "owned", "led", "run", "founded"]);

/** What follows a name set off by a comma: ", who", ", 47,", or ", the company". */
function appositiveAfter(tokens: Token[], e: number): "person" | "organization" | null {
  if (tokens[e]?.text !== ",") return null;
  const next = tokens[e + 1];
  if (!next) return null;
  if (next.lower === "who" || next.lower === "whose") return "person";
  if (next.lower === "which") return "organization";
  if (/^\d{1,3}$/.test(next.text) && Number(next.text) >= 14 && Number(next.text) < 110 && [",", ".", ";"].includes(tokens[e + 2]?.text ?? "")) return "person";
  if (!["the", "a", "an", "its"].includes(next.lower)) return null;
  // The head of a short noun phrase is its last word: "the game developer that", "a Madrid-based lender,".
  let head: Token | undefined;
  for (let i = e + 2; i < tokens.length && i - e < 8; i++) {
    const t = tokens[i] as Token;
    if (!t.word || APPOSITIVE_STOPS.has(t.lower) || lexicon.verbs.has(t.lower)) break;
    head = t;
  }
  return head && lexicon.orgAppositives.has(head.lower) ? "organization" : null;
}

/** "the criminal group NAME", "the militia NAME": a name after a group noun names the group. */
function groupNounBefore(tokens: Token[], s: number): boolean {
  const before = tokens[s - 1];
  return !!before && !before.cap && lexicon.groupNouns.has(before.lower);
}

const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** "diplomats", "officials", "analysts": the plural of a speaker noun or a title. */
function isPluralSpeakerNoun(lower: string): boolean {
  if (!lower.endsWith("s") || givenNameGender(lower)) return false;
  const singular = lower.slice(0, -1);
  return lexicon.pluralTitleWords.has(lower) || lexicon.speakerNouns.has(singular) || lexicon.speakerNouns.has(lower) || lexicon.titleHeads.map.has(singular);
}

/** "analysts at NAME", "a portfolio manager at NAME": people work at organizations. */
function workplaceBefore(tokens: Token[], s: number): boolean {
  const before = tokens[s - 2];
  return tokens[s - 1]?.lower === "at" && !!before && (lexicon.speakerNouns.has(before.lower) || lexicon.titleHeads.map.has(before.lower));
}

const firstTok = (words: Token[]): Token => words[0] as Token;

/** The name before token e, or its possessive, modifies a noun of a person's side ("Obama administration", "Biden's officials"). */
function namesHisSide(tokens: Token[], e: number): boolean {
  const next = isPossessive(tokens[e]) ? tokens[e + 1] : tokens[e];
  return !!next && next.word && !next.cap && ATTRIBUTIVE_NOUNS.has(next.lower);
}

function emit(ctx: Ctx, out: Mention[], s: number, e: number, kind: MentionKind, reason: string, extra: Partial<Mention> = {}): void {
  const first = ctx.tokens[s];
  const last = ctx.tokens[e - 1];
  if (!first || !last) return;
  const after = ctx.tokens[e];
  const possessive = after?.lower === "'s" || (after?.lower === "'" && /s$/i.test(last.text));
  const next = possessive ? undefined : after;
  out.push({
    start: first.start,
    end: last.end,
    surface: ctx.doc.text.slice(first.start, last.end),
    kind,
    sentence: ctx.sentence.index,
    paragraph: ctx.sentence.paragraph,
    tokenStart: s,
    tokenEnd: e,
    first: null,
    last: null,
    canonical: null,
    title: null,
    roles: [],
    titledSurface: null,
    gender: null,
    possessive,
    attributive: !!next && next.word && !next.cap && ATTRIBUTIVE_NOUNS.has(next.lower),
    relationAfter: possessive && lexicon.relations.has(ctx.tokens[e + 1]?.lower ?? ""),
    inQuote: ctx.inQuote(first.start),
    caption: ctx.caption,
    headline: ctx.headline,
    speakerPosition: speakerPositionAround(ctx.tokens, s, e),
    reason,
    ...extra,
  });
}

/** "Prime Minister Narendra Modi of India", "Mayor Amina Farouk of Hamtramck": the place or body after the name owns the title. */
function ofAffiliation(text: string, tokens: Token[], e: number, title: TitleSpan | null): TitleSpan | null {
  if (!title || title.affiliation || title.plural || tokens[e]?.lower !== "of" || title.start > (tokens[e - 1]?.start ?? 0)) return title;
  const end = properNameEnd(tokens, e + 1);
  const affiliation = end > e + 1 ? affiliationAt(text, tokens, e + 1, end) : null;
  return affiliation ? { ...title, affiliation } : title;
}

/** "The operators' group met. Its chairman, NAME, said": the organization named just before owns the role. */
function ownedByIts(ctx: Ctx, out: Mention[], tokens: Token[], role: TitleSpan | null): TitleSpan | null {
  if (!role || role.affiliation || role.prefixStart === undefined) return role;
  const opener = tokens.find((t) => t.start === role.prefixStart);
  if (opener?.lower !== "its") return role;
  for (let n = out.length - 1; n >= 0; n--) {
    const m = out[n] as Mention;
    if (m.sentence < ctx.sentence.index - 1) break;
    if (m.kind === "organization" && !m.inQuote && m.canonical) return { ...role, affiliation: m.canonical };
  }
  return role;
}

/** Classifies name tokens [s, e) that matched no lexicon phrase. */
function nameCandidate(ctx: Ctx, out: Mention[], s: number, e: number, titled: boolean): void {
  const tokens = ctx.tokens;
  // "Minister of Foreign Affairs Ayman Safadi": the title's complement is not part of the name.
  const complement = ctx.headline ? null : titleWithComplement(ctx.doc.text, tokens, s, e);
  if (complement) s = complement.nameStart;
  while (s < e && isCommon(tokens[s] as Token) && !titled) s++;
  // "Thanking Reed and Park, she said": a verb form opening the sentence is not the start of a name.
  if (s === 0 && s + 1 < e && /(?:ing|ed)$/.test(tokens[s]?.lower ?? "") && !givenNameGender(tokens[s]?.lower ?? "")) s++;
  // "spoke with Prime Minister Reed Wednesday": a weekday after a surname is the day, not part of the name.
  while (e - 1 > s && WEEKDAYS.has(tokens[e - 1]?.lower ?? "")) e--;
  // "@PresidentAna": a social-media handle names an account, not a person.
  if (ctx.doc.text[(tokens[s]?.start ?? 0) - 1] === "@") return;
  // "President of the Liberal ...": joiners left over from a title are not part of a name.
  while (s < e && !tokens[s]?.cap && (JOINERS.has(tokens[s]?.lower ?? "") || tokens[s]?.lower === "the")) s++;
  while (e > s && !isCapWord(tokens[e - 1])) e--;
  if (s >= e) return;
  const nick = quotedNicknameAt(tokens, s, e);
  const words = tokens.slice(s, e).filter((t, n) => t.word && s + n !== nick && !(NAME_CONNECTORS.has(t.lower) && !t.cap) && !isCapParticle(tokens, s + n) && !isInitial(t) && !NAME_SUFFIXES.has(t.lower));
  if (words.length === 0 || words.length > 4) return;
  const lastTok = tokens[e - 1] as Token;
  // "the Abraham Accords", "the Good Friday Agreement": an agreement or a law is no actor.
  if (words.length > 1 && lexicon.documentHeads.has(lastTok.lower)) return;
  // "Diplomats told reporters": a plural speaker noun opening a sentence names a group, not a person.
  if (words.length === 1 && isPluralSpeakerNoun(lastTok.lower)) return;
  const apposition = appositiveAfter(tokens, e);
  if ((words.length > 1 && lexicon.orgHeads.has(lastTok.lower)) || apposition === "organization" || workplaceBefore(tokens, s) || groupNounBefore(tokens, s)) {
    emit(ctx, out, s, e, "organization", "capitalized phrase ending in an organization word", { canonical: ctx.doc.text.slice(tokens[s]?.start ?? 0, lastTok.end) });
    return;
  }
  // "Egyptian", "the Egyptians told us": a people named by its demonym is no one's name.
  if (words.length === 1 && words.some((w) => lexicon.demonyms.has(w.lower) || (w.lower.endsWith("s") && lexicon.demonyms.has(w.lower.slice(0, -1))))) return;
  // "Joseph Campau Avenue", "Lake Victoria" are places, whatever given name they open with.
  if (words.length > 1 && (lexicon.placeHeads.has(lastTok.lower) || lexicon.placeHeads.has(firstTok(words).lower))) {
    emit(ctx, out, s, e, "place", "capitalized phrase with a place word", { canonical: ctx.doc.text.slice(tokens[s]?.start ?? 0, lastTok.end) });
    return;
  }
  if (ctx.headline) {
    // Headlines capitalize every word: each word may only point at a name the body introduces.
    for (let k = s; k < e; k++) if (tokens[k]?.word && !isCommon(tokens[k] as Token)) emit(ctx, out, k, k + 1, "unknown", "headline word");
    return;
  }
  const reversed = surnameFirst(words);
  const firstWord = (reversed ? words[1] : words[0]) as Token;
  const lastWord = reversed ? (words[0] as Token) : ([...words].reverse().find((w) => !NAME_SUFFIXES.has(w.lower)) ?? lastTok);
  const gender = reversed ? null : givenNameGender(firstWord.lower);
  const appositiveRole = ownedByIts(ctx, out, tokens, roleBeforeComma(ctx.doc.text, tokens, s, e));
  const before = ofAffiliation(ctx.doc.text, tokens, e, complement?.title ?? titleBefore(ctx.doc.text, tokens, s));
  const after = ofAffiliation(ctx.doc.text, tokens, e, titleAfter(ctx.doc.text, tokens, e));
  const title: TitleSpan | null = before ?? after ?? appositiveRole;
  const roles = [before, after, appositiveRole].filter((r, n, all): r is TitleSpan => !!r && !!r.text && all.indexOf(r) === n);
  const hasHonorific = s > 0 && (honorificAt(tokens, s - 1) > 0 || honorificAt(tokens, s - 2) === 2);
  const speaker = speakerPositionAround(tokens, s, e);
  let kind: MentionKind = "unknown";
  let reason = "capitalized word without person evidence";
  // "the Prime Minister's Office": a body's noun after a possessive title is no one's name.
  const ownedBody = words.length === 1 && isPossessive(tokens[s - 1]) && (lexicon.orgHeads.has(firstWord.lower) || lexicon.organizationNouns.includes(firstWord.lower));
  if (ownedBody) reason = "an organization noun owned by the title before it";
  // "the Council, the representative of X,": an organization word alone is no one's name.
  else if (words.length === 1 && !hasHonorific && lexicon.orgHeads.has(firstWord.lower)) reason = "an organization word alone";
  else if (words.length >= 2 && gender) [kind, reason] = ["person", "starts with a known given name"];
  // "Khalil al-Masri", "Faisal bin Turki": an Arabic surname particle after a capitalized given name.
  else if (words.length >= 2 && !isCommon(firstWord) && tokens.slice(s + 1, e).some((t) => ARABIC_PARTICLE.test(t.text))) [kind, reason] = ["person", "an Arabic name with a surname particle"];
  else if (title && title.text) [kind, reason] = ["person", "a title stands next to the name"];
  else if (hasHonorific) [kind, reason] = ["person", "an honorific stands before the name"];
  // "Modi called Obama": a public figure's name alone, where the article never needs to say who that is; not in
  // "the Obama administration" or "Biden's government", which name a government, not the person.
  else if (words.length === 1 && publicFigure(firstWord.lower) && !namesHisSide(tokens, e)) [kind, reason] = ["person", "a public figure's name"];
  else if (speaker && !words.some((w) => isAllCaps(w) && w.text.length <= 5 && words.length === 1)) {
    const source = words.length === 1 && !gender && tokens[s - 1]?.lower === "to" && tokens[s - 2]?.lower === "according";
    [kind, reason] = ["person", source ? ONE_WORD_SOURCE : "subject of a reporting verb"];
  }
  else if (appositiveRole && (words.length >= 2 || givenNameGender(words[0]?.lower ?? ""))) [kind, reason] = ["person", "named in apposition to a role"];
  else if (apposition === "person" && words.length >= 2) [kind, reason] = ["person", "an age or 'who' follows the name"];
  const multi = words.length >= 2;
  const honorific = hasHonorific ? (honorificAt(tokens, s - 1) > 0 ? tokens[s - 1] : tokens[s - 2]) : undefined;
  // "President Haddad", "Mr. Reed": the titled form is how the article names a surname-only person.
  const titleTouches = !!title && !!title.text && title !== appositiveRole && title.end < (tokens[s]?.start ?? 0) && title.end >= (tokens[s]?.start ?? 0) - 2;
  const titledStart = honorific?.start ?? (titleTouches && title ? (title.prefixStart ?? title.start) : null);
  // A party-and-state tag is part of how the article names a politician: "Sen. Claire McCaskill (D-Mo.)".
  const tag = /^ \([DRI](?:-[\p{L}. ]{1,16})?\)/u.exec(ctx.doc.text.slice(lastTok.end, lastTok.end + 20));
  const titledEnd = lastTok.end + (tag ? tag[0].length : 0);
  // The name as the person is known, without the nickname; the nickname is an alias ("Bibi").
  const nickname = nick >= 0 ? tokens[nick] : undefined;
  const plain = nickname ? { canonical: ctx.doc.text.slice(tokens[s]?.start ?? 0, tokens[nick - 1]?.start ?? 0).trimEnd() + " " + ctx.doc.text.slice(tokens[nick + 1]?.end ?? 0, lastTok.end).trimStart(), nickname: nickname.text } : {};
  emit(ctx, out, s, e, kind, reason, {
    ...plain,
    first: multi ? firstWord.text : null,
    last: lastWord.text,
    gender: gender ?? (honorific ? honorificGender(honorific.text) : null),
    title: title && title.text ? title : null,
    roles,
    titledSurface: titledStart !== null ? ctx.doc.text.slice(titledStart, titledEnd) : null,
  });
}

const ARABIC_PARTICLE = /^(?:(?:al|el|bin|ibn|bint|abu)-\p{Lu}|(?:bin|ibn|bint)$)/u;
const PARTY_TAG = /^(?:[DRI]|Ind)-\p{Lu}[\p{L}.]{0,8}$/u;

function scanSentence(ctx: Ctx, out: Mention[]): void {
  const tokens = ctx.tokens;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // A surname may open with lowercase particles: "met with de Vries", "said van der Berg".
    const lowerStart = !isCapWord(t) && !isCapWord(tokens[i - 1]) && particlesAt(tokens, i, true) > 0;
    if (!isCapWord(t) && !lowerStart) {
      i++;
      continue;
    }
    const j = lowerStart ? runEnd(tokens, i + particlesAt(tokens, i, true)) : runEnd(tokens, i);
    // "(R-Ky.)", ", D-Mich.,": a lawmaker's party-and-state tag names no one.
    if (j === i + 1 && PARTY_TAG.test(t?.text ?? "") && (tokens[i - 1]?.text === "(" || tokens[i - 1]?.text === ",")) {
      i = j;
      continue;
    }
    let k = i;
    let titled = false;
    while (k < j) {
      const org = lookupPhrase(lexicon.organizations, tokens, k, j);
      const country = lookupPhrase(lexicon.countries, tokens, k, j);
      const place = lookupPhrase(lexicon.places, tokens, k, j);
      const head = titleHeadAt(tokens, k, j) || honorificAt(tokens, k);
      const best = [org, country, place].reduce<[string, number, MentionKind] | null>((acc, hit, n) => {
        if (!hit) return acc;
        const kind: MentionKind = n === 0 ? "organization" : n === 1 ? "country" : "place";
        return !acc || hit[1] > acc[1] ? [hit[0], hit[1], kind] : acc;
      }, null);
      if (head > 0 && (!best || head >= best[1])) {
        titled = true;
        k += head;
        continue;
      }
      // "Israel Katz", "Jordan Price": a one-word country that is also a given name, before a surname, is a name.
      const givenBefore = !!best && best[1] === 1 && best[2] !== "organization" && !!givenNameGender(tokens[k]?.lower ?? "") && k + 1 < j &&
        isCapWord(tokens[k + 1]) && !lookupPhrase(lexicon.countries, tokens, k + 1, j) && !lookupPhrase(lexicon.organizations, tokens, k + 1, j) && !titleHeadAt(tokens, k + 1, j);
      // "the Saudi Energy Ministry", "the Saudi Press Agency": a demonym opening a body's name is part of it.
      const bodyAfter = !!best && best[2] === "country" && lexicon.demonyms.has(tokens[k]?.lower ?? "") && k + best[1] + 1 < j && lexicon.orgHeads.has(tokens[j - 1]?.lower ?? "") &&
        !tokens.slice(k + best[1], j).some((u, n) => !isCapWord(u) || titleHeadAt(tokens, k + best[1] + n, j) > 0);
      if (bodyAfter) {
        emit(ctx, out, k, j, "organization", "a demonym and a capitalized body ending in an organization word", { canonical: ctx.doc.text.slice(tokens[k]?.start ?? 0, tokens[j - 1]?.end ?? 0) });
        k = j;
        titled = false;
        continue;
      }
      if (best && !givenBefore) {
        // A lexicon phrase that is really a given name + surname ("Jordan Smith") is left to the name rules.
        emit(ctx, out, k, k + best[1], best[2], "listed in the lexicon", { canonical: best[0] });
        k += best[1];
        titled = false;
        continue;
      }
      // Name tokens run until the next title word or lexicon phrase.
      let m = k + 1;
      while (m < j && !titleHeadAt(tokens, m, j) && !lookupPhrase(lexicon.organizations, tokens, m, j) && !lookupPhrase(lexicon.countries, tokens, m, j)) m++;
      if (m < j && titleHeadAt(tokens, m, j) && !isCommon(tokens[k] as Token)) {
        // Capitalized words before a title word belong to the title ("Strategic Affairs Minister").
        titled = true;
        k = m + titleHeadAt(tokens, m, j);
        continue;
      }
      // "Liberal Democratic Party" around a listed "Democratic Party": capitalized words before an organization ending in an organization word.
      const longer = m < j ? longerOrganization(tokens, k, m, j) : 0;
      if (longer > 0) {
        emit(ctx, out, longer, m + (lookupPhrase(lexicon.organizations, tokens, m, j)?.[1] ?? 1), "organization", "capitalized words before a listed organization", {
          canonical: ctx.doc.text.slice(tokens[longer]?.start ?? 0, tokens[m + (lookupPhrase(lexicon.organizations, tokens, m, j)?.[1] ?? 1) - 1]?.end ?? 0),
        });
        k = m + (lookupPhrase(lexicon.organizations, tokens, m, j)?.[1] ?? 1);
        titled = false;
        continue;
      }
      nameCandidate(ctx, out, k, m, titled);
      titled = false;
      k = m;
    }
    i = j;
  }
}

/** Where an organization name starts when capitalized words [k, m) lead into a listed organization at m that ends in an organization word. */
function longerOrganization(tokens: Token[], k: number, m: number, j: number): number {
  const org = lookupPhrase(lexicon.organizations, tokens, m, j);
  const last = org ? tokens[m + org[1] - 1] : undefined;
  if (!org || !last || !lexicon.orgHeads.has(last.lower)) return 0;
  let s = k;
  while (s < m && !tokens[s]?.cap) s++;
  if (s >= m || m - s > 3 || givenNameGender(tokens[s]?.lower ?? "")) return 0;
  for (let i = s; i < m; i++) {
    const t = tokens[i] as Token;
    // Adjectives such as "Liberal" or "National" are common words, but a sentence's first word is capitalized anyway.
    if (!isCapWord(t) || (i === 0 && isCommon(t)) || titleHeadAt(tokens, i, m) || t.end + 1 < (tokens[i + 1]?.start ?? 0)) return 0;
  }
  return s;
}

/** "Mark and Susan Whitfield": a given name joined to a full name shares its surname. */
function shareSurnames(text: string, mentions: Mention[], from: number): void {
  for (let n = from; n + 1 < mentions.length; n++) {
    const a = mentions[n] as Mention;
    const b = mentions[n + 1] as Mention;
    if (a.first || (a.kind !== "unknown" && a.kind !== "person") || (b.kind !== "person" && b.kind !== "unknown") || !b.first || !b.last || a.headline) continue;
    if (text.slice(a.end, b.start) !== " and " || !givenNameGender(key(a.surface))) continue;
    if (b.kind === "unknown") Object.assign(b, { kind: "person", reason: "a full name sharing its surname with a given name before it" });
    Object.assign(a, { kind: "person", first: a.surface, last: b.last, canonical: `${a.surface} ${b.last}`, gender: givenNameGender(key(a.surface)), reason: "a given name sharing the surname that follows" });
  }
}

export function findMentions(doc: Doc, quoteInner: { start: number; end: number }[]): Mention[] {
  const out: Mention[] = [];
  let q = 0;
  const inQuote = (pos: number): boolean => {
    while (q > 0 && (quoteInner[q - 1]?.start ?? 0) > pos) q--;
    while (q < quoteInner.length && (quoteInner[q]?.end ?? 0) <= pos) q++;
    const r = quoteInner[q];
    return !!r && pos >= r.start && pos < r.end;
  };
  for (const sentence of doc.sentences) {
    const p = doc.paragraphs[sentence.paragraph];
    if (!p) continue;
    const from = out.length;
    scanSentence({ doc, sentence, tokens: sentence.tokens, inQuote, caption: p.kind === "caption", headline: p.kind === "headline" }, out);
    shareSurnames(doc.text, out, from);
  }
  return out;
}
