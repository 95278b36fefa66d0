// Reads what someone typed into the search box: a date or month in any common writing ("June 2024", "20 June
// 2024", "2024-06"), and the words left over (names, places, words said).
import { z } from "zod";
import { partialDateRange } from "./dates";
import { freeText, normalizeSearchParams, parseWith, single, type Parsed, type SearchParamsRecord } from "./search-params";

export type SearchQuery = { text: string; words: string; dates: { raw: string; first: string; last: string } | null };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** Date writings, most specific first; each gives the ISO form ("2024-06-20", "2024-06", "2024"). */
const DATE_PATTERNS: { pattern: RegExp; iso: (match: RegExpExecArray) => string }[] = [
  { pattern: /(?<![\d-])(\d{4}-\d{2}-\d{2}|\d{4}-\d{2})(?![\d-])/, iso: (m) => m[1] ?? "" },
  { pattern: new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\s+(\d{4})\b`, "i"), iso: (m) => day(m[3], m[2], m[1]) },
  { pattern: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),?\s+(\d{4})\b`, "i"), iso: (m) => day(m[3], m[1], m[2]) },
  { pattern: new RegExp(String.raw`\b${MONTH}\s+(\d{4})\b`, "i"), iso: (m) => `${m[2]}-${monthNumber(m[1])}` },
  // A year alone only between 1900 and 2099: other four-digit numbers are more likely counts.
  { pattern: /(?<![\d-])((?:19|20)\d{2})(?![\d-])/, iso: (m) => m[1] ?? "" },
];

function monthNumber(name: string | undefined): string {
  return String(MONTHS.indexOf((name ?? "").slice(0, 3).toLowerCase()) + 1).padStart(2, "0");
}

function day(year: string | undefined, month: string | undefined, date: string | undefined): string {
  return `${year}-${monthNumber(month)}-${(date ?? "").padStart(2, "0")}`;
}

/** The date the text names (the first one found) and the rest of its words. */
export function parseSearchQuery(typed: string): SearchQuery {
  const text = typed.replace(/\s+/g, " ").trim();
  for (const { pattern, iso } of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const raw = iso(match);
    const range = partialDateRange(raw);
    if (!range) continue;
    const words = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.replace(/\s+/g, " ").replace(/^[\s,]+|[\s,]+$/g, "");
    return { text, words, dates: { raw, ...range } };
  }
  return { text, words: text, dates: null };
}

const searchSchema = z.object({ q: freeText(200).optional() });

/** The parameters of /search and /api/search: the words typed (`q`). */
export function parseSearchParams(input: SearchParamsRecord | URLSearchParams): Parsed<{ q?: string }> {
  return parseWith(searchSchema, { q: single(normalizeSearchParams(input), "q") });
}
