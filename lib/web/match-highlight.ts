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
