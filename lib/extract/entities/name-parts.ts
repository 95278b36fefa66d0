// Small predicates over tokens that the name and title rules share.
import { givenNameGender, key, lexicon, type PhraseTable } from "../lexicon";
import type { Token } from "../text/tokenize";

export const NAME_CONNECTORS = new Set(["de", "da", "van", "von", "bin", "ibn", "al", "el", "la", "le", "du", "dos", "das", "del", "der", "den", "di", "ben", "abu", "bint", "st.", "ter", "ten", "zu", "y", "e", "las", "los"]);
// Particles that can open a surname on their own ("de Vries", "van der Berg"), unlike "y" or "e".
const SURNAME_OPENERS = new Set(["de", "da", "van", "von", "bin", "ibn", "al", "el", "du", "dos", "das", "del", "der", "den", "di", "abu", "ter", "ten", "le", "la"]);
export const NAME_SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);
// Lowercase nouns after a name that make the name a modifier ("the Haddad administration").
export const ATTRIBUTIVE_NOUNS = new Set(
  ("administration administrations campaign campaigns camp team teams officials official aides aide adviser advisers advisor advisors spokesman spokeswoman " +
    "spokesperson supporters supporter allies ally voters government era presidency doctrine family foundation staff staffers loyalists critics base rally " +
    "rallies plan plans policy policies voter years tenure visit trip cabinet coalition appointee appointees nominee nominees presidential-campaign white " +
    "executives executive leaders leadership lawyers lawyer negotiators negotiator representatives employees workers managers engineers members " +
    "shareholders investors board management delegation envoys spokespeople").split(" "),
);

export const isWord = (t: Token | undefined): t is Token => !!t && t.word;

/** How many lowercase particles at i lead straight into a capitalized word ("van der Berg", "de la Cruz"). */
export function particlesAt(tokens: Token[], i: number, opening = false): number {
  let k = i;
  while (k - i < 3) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || t.cap || !NAME_CONNECTORS.has(t.lower) || (k > i && prev && t.start !== prev.end + 1)) break;
    if (k === i && opening && !SURNAME_OPENERS.has(t.lower)) break;
    k++;
  }
  const next = tokens[k];
  const prev = tokens[k - 1];
  return k > i && next && next.word && next.cap && prev && next.start === prev.end + 1 ? k - i : 0;
}

/** A capitalized particle opening a surname ("De Vries said", "Van der Berg"), not a given name like "Ben". */
export const isCapParticle = (tokens: Token[], i: number): boolean => {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !t.cap || !SURNAME_OPENERS.has(t.lower) || givenNameGender(t.lower) || !next || next.start !== t.end + 1) return false;
  return (next.cap && next.word) || particlesAt(tokens, i + 1) > 0;
};
export const isCapWord = (t: Token | undefined): t is Token => !!t && t.word && t.cap;
export const isInitial = (t: Token | undefined): boolean => !!t && /^\p{Lu}$/u.test(t.text);
// A capitalized common word or reporting verb ("Said Ellis:") opens a sentence, not a name.
export const isCommon = (t: Token): boolean => (lexicon.commonWords.has(t.lower) || lexicon.verbs.has(t.lower)) && !givenNameGender(t.lower);
export const isAllCaps = (t: Token): boolean => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);

/** Longest phrase of `tokens` starting at i found in a lexicon table; returns [value, tokens used]. */
export function lookupPhrase(table: PhraseTable, tokens: Token[], i: number, end = tokens.length): [string, number] | null {
  const first = tokens[i];
  // Most words start no phrase at all: one map look-up answers them.
  let node = first ? table.trie.next.get(first.lower) : undefined;
  if (!node) return null;
  // "Kim Jong Un": a title-case word is not the capital abbreviation it spells ("UN").
  const abbreviationOnly = first !== undefined && table.capsOnly.has(first.lower) && first.text !== first.text.toUpperCase();
  let best: [string, number] | null = node.value !== undefined && !abbreviationOnly ? [node.value, 1] : null;
  for (let k = i + 1; k < end; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    // Words of a phrase are separated by one space or joined by a period ("Washington D.C.", "St. Louis").
    if (!(t.start === prev.end + 1 || (t.start === prev.end && t.text === "."))) break;
    node = node.next.get(t.lower);
    if (!node) break;
    if (node.value !== undefined) best = [node.value, k - i + 1];
  }
  return best;
}

/** A title head word or multiword head at i ("minister", "secretary of state", "Sen."); returns tokens used. */
export function titleHeadAt(tokens: Token[], i: number, end = tokens.length): number {
  const hit = lookupPhrase(lexicon.titleHeads, tokens, i, end);
  if (!hit) return 0;
  // "6:15 PM" is a time, not "PM Wong".
  if (tokens[i]?.lower === "pm" && /^\d/.test(tokens[i - 1]?.text ?? "")) return 0;
  // Abbreviated titles carry their period ("Sen.").
  const after = tokens[i + hit[1]];
  return after?.text === "." && after.start === tokens[i + hit[1] - 1]?.end && lexicon.abbreviations.has(tokens[i]?.lower ?? "") ? hit[1] + 1 : hit[1];
}

export function honorificAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t || !lexicon.honorifics.has(t.lower)) return 0;
  // Malaysian honorifics take a second word: "Datuk Seri Anwar".
  if (tokens[i + 1]?.text === "Seri" && t.text.startsWith("Dat")) return 2;
  return tokens[i + 1]?.text === "." && tokens[i + 1]?.start === t.end ? 2 : 1;
}

/** A demonym of one or two words at i ("Kenyan", "South African"): [country, tokens used]. */
export function demonymAt(tokens: Token[], i: number, end = tokens.length): [string, number] | null {
  const a = tokens[i];
  if (!a) return null;
  const b = tokens[i + 1];
  const two = b && i + 1 < end && b.start === a.end + 1 ? lexicon.demonyms.get(`${a.lower} ${b.lower}`) : undefined;
  if (two) return [two, 2];
  const one = lexicon.demonyms.get(a.lower);
  return one ? [one, 1] : null;
}

export function countryOf(phraseOrDemonym: string): string | null {
  const k = key(phraseOrDemonym);
  return lexicon.countries.map.get(k) ?? lexicon.demonyms.get(k) ?? null;
}

// One or two pinyin syllables ("Wenqing", "Yi", "Jinping"); a Korean given name is hyphenated ("Ji-hoon").
const PINYIN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|v)(?:ng|n)?){1,2}$/;
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
// Romanized Japanese: open syllables and syllabic n, three or more letters ("Kenji", "Reiko", "Shigeru").
const JAPANESE_GIVEN = /^(?:(?:ky|gy|sh|ch|ts|ny|hy|my|ry|by|py|[kgsztdnhbpmyrwjf])?[aeiou]|n){2,5}$/;

/** "Liu Wenqing", "Park Ji-hoon", "Kim Jong Un", "Ishida Kenji": a Chinese, Korean or Japanese name written surname first. */
export function surnameFirst(words: Token[]): boolean {
  const first = words[0];
  if (first && words.length === 2 && lexicon.japaneseSurnames.has(first.lower)) return JAPANESE_GIVEN.test(words[1]?.lower ?? "");
  if (!first || words.length < 2 || words.length > 3 || !lexicon.surnameFirst.has(first.lower)) return false;
  const rest = words.slice(1);
  if (rest.length === 1 && KOREAN_GIVEN.test(rest[0]?.text ?? "")) return true;
  return rest.every((w) => PINYIN.test(w.lower) && !givenNameGender(w.lower));
}
