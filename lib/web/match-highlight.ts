// Splits text that Postgres's ts_headline marked with private-use sentinels into plain and matched runs.

/** Sentinels that cannot occur in article text we store as words (Unicode private use area). */
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

export type MatchRun = { text: string; match: boolean };

export function splitMatches(marked: string): MatchRun[] {
  const runs: MatchRun[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += text;
    else runs.push({ text, match });
  };
  let inside = false;
  let buffer = "";
  for (const char of marked) {
    if (char === MATCH_START || char === MATCH_END) {
      push(buffer, inside);
      buffer = "";
      inside = char === MATCH_START;
    } else buffer += char;
  }
  push(buffer, inside);
  return runs;
}

/**
 * How much of a quote a list shows (search results): a quote of a megabyte rendered whole, with a mark per matched
 * word, made a page of 50 MB that took the server's heap. Longer quotes are cut with "…" and shown whole on their
 * own page. Postgres highlights only this much of each text (lib/db/queries/search-quotes.ts).
 */
export const LIST_QUOTE_CHARS = 1_200;
/** Matched words marked per quote; past this the text goes on unmarked. */
export const MAX_MARKS = 60;

/** The runs cut to `maxChars` characters with at most `maxMarks` marked; `cut` says whether text was left out. */
export function boundRuns(runs: MatchRun[], maxChars = LIST_QUOTE_CHARS, maxMarks = MAX_MARKS): { runs: MatchRun[]; cut: boolean } {
  const bounded: MatchRun[] = [];
  let chars = 0;
  let marks = 0;
  for (const run of runs) {
    if (chars >= maxChars) return { runs: bounded, cut: true };
    const text = run.text.slice(0, maxChars - chars);
    const match = run.match && marks < maxMarks;
    if (match) marks++;
    const last = bounded[bounded.length - 1];
    if (last && last.match === match) last.text += text;
    else bounded.push({ text, match });
    chars += text.length;
    if (text.length < run.text.length) return { runs: bounded, cut: true };
  }
  return { runs: bounded, cut: false };
}
/** How much of a quote (and of the paragraph around it) the quote's own page shows before "Show all". */
export const QUOTE_PAGE_CHARS = 10_000;
