// A fast regex tokenizer: words (with inner apostrophes, hyphens, dotted acronyms), numbers, single symbols.
import { key } from "../lexicon/key";

export type Token = {
  text: string;
  start: number;
  end: number;
  /** Lower case with unified apostrophes, for lexicon look-ups. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  word: boolean;
};

// Acronyms like U.S. first, then words joined by inner apostrophes/hyphens/dots (pic.twitter.com); anything
// else is a one-character symbol. Scanned by character codes: ASCII needs no regex, and the Unicode classes are
// tested once per distinct character (a sticky regex over \p{L} costs much to compile and to run cold).
const SPACE = /\s/;
const UPPER = /^\p{Lu}/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const UPPER_CHAR = /^\p{Lu}$/u;
const wordChars = new Map<number, boolean>();
const upperChars = new Map<number, boolean>();

function cached(map: Map<number, boolean>, re: RegExp, code: number): boolean {
  let v = map.get(code);
  if (v === undefined) {
    v = re.test(String.fromCodePoint(code));
    if (map.size < 10_000) map.set(code, v);
  }
  return v;
}

/** Code units of the letter, mark or digit at i (2 for an astral one), or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (i >= text.length) return 0;
  const code = text.codePointAt(i) ?? 0;
  return cached(wordChars, WORD_CHAR, code) ? (code > 0xffff ? 2 : 1) : 0;
}

function upperAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0;
  if (i >= text.length) return 0;
  const code = text.codePointAt(i) ?? 0;
  return cached(upperChars, UPPER_CHAR, code) ? (code > 0xffff ? 2 : 1) : 0;
}

/** End of the word starting at pos, or -1: "U.S." (two or more capital-and-period pairs), else letters joined by ' ’ - . */
function wordEnd(text: string, pos: number): number {
  let i = pos;
  let pairs = 0;
  for (let u = upperAt(text, i); u > 0 && text.charCodeAt(i + u) === 46; u = upperAt(text, i)) {
    i += u + 1;
    pairs++;
  }
  if (pairs >= 2) return i;
  i = pos;
  let w = wordCharAt(text, i);
  if (w === 0) return -1;
  while (w > 0) {
    i += w;
    w = wordCharAt(text, i);
    if (w === 0) {
      const c = text.charCodeAt(i);
      // An inner joiner counts only when a letter or digit follows it.
      if ((c === 39 || c === 0x2019 || c === 45 || c === 46) && wordCharAt(text, i + 1) > 0) {
        i++;
        w = wordCharAt(text, i);
      }
    }
  }
  return i;
}
// Surnames that open with a lowercase particle joined to a capital: al-Nuaimi, el-Sisi, d'Estaing.
const PARTICLE_NAME = /^(?:al|el|as|ash|ad|an|ar|at|az|ibn|bin|abu|d|dell|l)[-'\u2019]\p{Lu}/u;

function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return code >= 97 && code <= 108 && text.length > 3 && PARTICLE_NAME.test(text);
  return UPPER.test(text);
}

function make(text: string, start: number, word: boolean): Token {
  return { text, start, end: start + text.length, lower: key(text), cap: word && startsUpper(text), word };
}

const isPossessiveEnd = (t: string): boolean => {
  const s = t.charCodeAt(t.length - 1);
  const q = t[t.length - 2];
  return (s === 115 || s === 83) && (q === "'" || q === "\u2019");
};

// "betweenVenezuelan President": a space lost where the page's markup joined two words (a link's text after the word
// before it). Only a function word or a reporting verb run into a capitalized word is split; "iPhone", "eBay" stay.
const LOST_SPACE = /^(?:about|after|against|and|as|at|before|between|by|for|from|in|of|on|said|says|than|that|the|to|told|met|with|without)(?=\p{Lu}\p{Ll})/u;

/** Where a lost space splits word token t (its length before the space), or 0. */
function lostSpaceAt(t: string): number {
  const c = t.charCodeAt(0);
  if (c < 97 || c > 122 || t.length < 5) return 0;
  // The words above are 2 to 7 letters long: a capital must stand right after one of those lengths.
  let upper = false;
  for (let i = 2; i <= 7 && i < t.length && !upper; i++) upper = t.charCodeAt(i) >= 65 && t.charCodeAt(i) <= 90;
  return upper ? (LOST_SPACE.exec(t)?.[0].length ?? 0) : 0;
}

/** Tokens of text.slice(from, to), with offsets into the whole text. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let pos = from;
  // Tokens never hold white space, so one starting before `to` ends by it (paragraphs end at a line break).
  while (pos < to) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || (c > 127 && SPACE.test(text[pos] ?? ""))) {
      pos++;
      continue;
    }
    const found = wordEnd(text, pos);
    const word = found > pos;
    // A symbol is one code point: a surrogate pair is one character.
    const end = word ? found : pos + (c >= 0xd800 && c <= 0xdbff && pos + 1 < text.length ? 2 : 1);
    const t = text.slice(pos, end);
    const lost = word ? lostSpaceAt(t) : 0;
    if (lost > 0) {
      out.push(make(t.slice(0, lost), pos, true));
      pos += lost;
      continue;
    }
    // Split a possessive 's so "the mayor's office" yields the name and the marker.
    if (word && t.length > 2 && isPossessiveEnd(t)) {
      out.push(make(t.slice(0, -2), pos, true));
      out.push(make(t.slice(-2), end - 2, true));
    } else out.push(make(t, pos, word));
    pos = end;
  }
  return out;
}

export const isPossessive = (t: Token | undefined): boolean => !!t && (t.lower === "'s" || t.lower === "'");
