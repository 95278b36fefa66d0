// How a title phrase splits into the office and whom it belongs to: "Israel's defense minister",
// "the mayor of Lyon", "National Security Council spokesman", "the French foreign minister".
import { lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import { isCapWord, lookupPhrase } from "./name-parts";

/** A plural title noun ("officials", "aides", "counterparts"): it names a group, never one person's role. */
export function isPluralTitle(t: Token | undefined): boolean {
  if (!t) return false;
  if (lexicon.pluralTitleWords.has(t.lower)) return true;
  if (!t.lower.endsWith("s") || t.lower.endsWith("ss")) return false;
  const singular = t.lower.slice(0, -1);
  return lexicon.relations.has(singular) || lexicon.speakerNouns.has(singular) || lexicon.titleHeads.map.has(singular);
}

const INNER = new Set(["of", "and", "&", "for", "de", "du", "des", "la", "le"]);

/** The country or organization tokens [i, end) name exactly, else the text of a capitalized proper name. */
export function affiliationAt(text: string, tokens: Token[], i: number, end: number): string | null {
  if (tokens[i]?.lower === "the") i++;
  if (i >= end || end - i > 6) return null;
  const country = lookupPhrase(lexicon.countries, tokens, i, end);
  if (country && i + country[1] === end) return country[0];
  const org = lookupPhrase(lexicon.organizations, tokens, i, end);
  if (org && i + org[1] === end) return org[0];
  const one = end - i === 1 ? lexicon.demonyms.get(tokens[i]?.lower ?? "") : undefined;
  if (one) return one;
  const first = tokens[i];
  const last = tokens[end - 1];
  if (!isCapWord(first) || !isCapWord(last)) return null;
  for (let k = i; k < end; k++) {
    const t = tokens[k];
    if (!t || !t.word || (!t.cap && !INNER.has(t.lower))) return null;
  }
  return text.slice(first.start, last.end);
}

/** The end of a capitalized proper name starting at i ("the University of Lagos"), or i when none starts there. */
export function properNameEnd(tokens: Token[], i: number): number {
  let k = tokens[i]?.lower === "the" ? i + 1 : i;
  if (!isCapWord(tokens[k])) return i;
  while (k < tokens.length && k - i < 7) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (isCapWord(t) && (!prev || t.start <= prev.end + 1)) k++;
    else if (t && INNER.has(t.lower) && isCapWord(tokens[k + 1])) k++;
    else break;
  }
  return isCapWord(tokens[k - 1]) ? k : i;
}

/** An organization the title opens with ("National Security Council spokesman"): the office's owner. */
export function leadingOrganization(tokens: Token[], from: number, to: number): string | null {
  const org = lookupPhrase(lexicon.organizations, tokens, from, to);
  return org && from + org[1] < to ? org[0] : null;
}
