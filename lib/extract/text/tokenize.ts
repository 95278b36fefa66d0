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

// Acronyms like U.S. first, then words joined by inner apostrophes/hyphens/dots (pic.twitter.com), then any symbol.
// Compiled once; the third group is a lone symbol, so whether a token is a word needs no second regex.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['\u2019\-.][\p{L}\p{M}\p{N}]+)*|(\S)/gu;
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
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  // Tokens never hold white space, so one starting before `to` ends by it (paragraphs end at a line break).
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    const t = m[0];
    const start = m.index;
    const word = m[1] === undefined;
    // Split a possessive 's so "the mayor's office" yields the name and the marker.
    if (word && t.length > 2 && isPossessiveEnd(t)) {
      out.push(make(t.slice(0, -2), start, true));
      out.push(make(t.slice(-2), start + t.length - 2, true));
    } else out.push(make(t, start, word));
  }
  return out;
}

export const isPossessive = (t: Token | undefined): boolean => !!t && (t.lower === "'s" || t.lower === "'");
