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
// else is a one-character symbol. Sticky and tested, not executed, so no match array is made per token.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['\u2019\-.][\p{L}\p{M}\p{N}]+)*/uy;
const SPACE = /\s/;
const UPPER = /^\p{Lu}/u;
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
    WORD.lastIndex = pos;
    const word = WORD.test(text);
    // A symbol is one code point: a surrogate pair is one character.
    const end = word ? WORD.lastIndex : pos + (c >= 0xd800 && c <= 0xdbff && pos + 1 < text.length ? 2 : 1);
    const t = text.slice(pos, end);
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
