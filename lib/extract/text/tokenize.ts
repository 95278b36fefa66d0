// A fast regex tokenizer: words (with inner apostrophes, hyphens, dotted acronyms), numbers, single symbols.
import { key } from "../lexicon";

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
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['\u2019\-.][\p{L}\p{M}\p{N}]+)*|\S/gu;
const POSSESSIVE = /['\u2019][sS]$/;
// Surnames that open with a lowercase particle joined to a capital: al-Nuaimi, el-Sisi, d'Estaing.
const PARTICLE_NAME = /^(?:al|el|as|ash|ad|an|ar|at|az|ibn|bin|abu|d|dell|l)[-'\u2019]\p{Lu}/u;

function make(text: string, start: number): Token {
  const cap = /^\p{Lu}/u.test(text) || PARTICLE_NAME.test(text);
  return { text, start, end: start + text.length, lower: key(text), cap, word: /[\p{L}\p{N}]/u.test(text) };
}

/** Tokens of text.slice(from, to), with offsets into the whole text. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN.source, "gu");
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  // Tokens never hold white space, so one starting before `to` ends by it (paragraphs end at a line break).
  while ((m = re.exec(text)) !== null && m.index < to) {
    const t = m[0];
    const start = m.index;
    // Split a possessive 's so "the mayor's office" yields the name and the marker.
    if (t.length > 2 && POSSESSIVE.test(t)) {
      out.push(make(t.slice(0, -2), start));
      out.push(make(t.slice(-2), start + t.length - 2));
    } else out.push(make(t, start));
  }
  return out;
}

export const isPossessive = (t: Token | undefined): boolean => !!t && (t.lower === "'s" || t.lower === "'");
