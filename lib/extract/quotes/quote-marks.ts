// Finds quoted spans in one paragraph: straight, curly and single marks, with news conventions
// (an opening mark with no closing mark runs to the end of the paragraph).
export type QuoteMarkSpan = {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  closed: boolean;
  single: boolean;
};

const isLetter = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-\/:;,]/;
const FUNCTION_WORD_AHEAD = /^ (?:and|or|but|to|in|on|at|as|for|with|after|before|because|while|when|if|than|over|by|from|is|was|were|are|had|has)\b/;

const straightCloseAhead = (text: string, i: number, to: number): boolean => {
  const j = text.indexOf('"', i + 1);
  return j >= 0 && j < to;
};

/** Double-quoted spans; inner single quotes belong to them. */
function doubleQuotes(text: string, from: number, to: number): QuoteMarkSpan[] {
  const out: QuoteMarkSpan[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== '"' && c !== "\u201c" && c !== "\u201d" && c !== "\u201e" && c !== "\u00ab" && c !== "\u00bb") continue;
    // Inside a straight-quoted passage, curly marks are quotes within the quote.
    if (open >= 0 && text[open] === '"' && c !== '"' && straightCloseAhead(text, i, to)) continue;
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;
    const opening = c === "\u201c" || c === "\u201e" || c === "\u00ab" || (c === '"' && (prev === undefined || OPEN_CONTEXT.test(prev)) && !isSpace(next));
    if (open < 0) {
      // A stray closing mark with nothing open is ignored; a curly closer used as an opener is accepted.
      if (opening || (c === "\u201d" && (prev === undefined || isSpace(prev)) && isLetter(next))) open = i;
    } else if (c === "\u201c" && isSpace(next) && /[,.!?]\s*$/.test(text.slice(Math.max(from, i - 3), i))) {
      // "... in the border areas, \u201c a statement said": an opening mark typed for the closing one after the last comma.
      out.push({ open, close: i, closed: true, single: false });
      open = -1;
    } else if (c === "\u201c" && i > open + 1 && (prev === undefined || isSpace(prev))) {
      // A new opening mark while one is open: the earlier quote was never closed.
      out.push({ open, close: i, closed: false, single: false });
      open = i;
    } else {
      out.push({ open, close: i, closed: true, single: false });
      open = -1;
    }
  }
  if (open >= 0) out.push({ open, close: to, closed: false, single: false });
  return out;
}

/** Single-quoted spans outside double quotes (headline style, or outlets that quote with single marks). */
function singleQuotes(text: string, from: number, to: number, blocked: QuoteMarkSpan[]): QuoteMarkSpan[] {
  const out: QuoteMarkSpan[] = [];
  const inside = (i: number) => blocked.some((q) => i >= q.open && i <= q.close);
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== "'" && c !== "\u2018") continue;
    const prev = i > from ? text[i - 1] : undefined;
    const next = text[i + 1];
    if (isLetter(prev) || !isLetter(next) || inside(i)) continue;
    // Doubled apostrophes ('') are a typewriter stand-in, not a single-quote quotation.
    if (prev === "'" || prev === "\u2019") continue;
    // Elisions like 'em, '90s, 'n' are not quotes.
    // ("the U.S.'s commitment": a possessive after a period is no opening mark either.)
    if (/^(?:(?:em|n|til|cause|bout|tis|twas|s)(?!\p{L})|\d)/iu.test(text.slice(i + 1, i + 7))) continue;
    const limit = Math.min(to, i + 300);
    for (let j = i + 2; j < limit; j++) {
      const d = text[j];
      if (d !== "'" && d !== "\u2019") continue;
      const after = text[j + 1];
      if (isLetter(after)) continue; // an apostrophe inside a word
      if (after === "'" || text[j - 1] === "'") break;
      // A plural possessive ("officials' views") is not a closing mark when a word follows.
      // A function word after it makes the mark a closing one: "had 'wasted two years' and urged".
      if (text[j - 1] === "s" && after === " " && /^ \p{Ll}/u.test(text.slice(j + 1, j + 3)) && !FUNCTION_WORD_AHEAD.test(text.slice(j + 1, j + 12)) && j + 1 < limit) continue;
      out.push({ open: i, close: j, closed: true, single: true });
      i = j;
      break;
    }
  }
  return out;
}

export function findQuoteMarks(text: string, from: number, to: number, allowSingle: boolean): QuoteMarkSpan[] {
  const doubles = doubleQuotes(text, from, to);
  if (!allowSingle) return doubles;
  return [...doubles, ...singleQuotes(text, from, to, doubles)].sort((a, b) => a.open - b.open);
}
