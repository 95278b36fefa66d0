// Splits a paragraph into sentences. Abbreviations (U.S., Feb., Sen., Jr.) and initials do not end
// a sentence; a closing quote after the period does; boundaries inside a quotation are ignored so a
// quote stays in one sentence with its attribution.
import { lexicon } from "../lexicon";

export type Range = { start: number; end: number };

const ATTRIBUTION_WORDS = new Set(["he", "she", "they", "i", "we", "it", "the", "a", "an", "his", "her", "their"]);

/** After a quotation that ends with ? or !, the attribution continues the sentence: "Why?" she asked. */
function attributionFollows(text: string, from: number): boolean {
  const words = text.slice(from, from + 80).match(/[\p{L}'\u2019-]+/gu) ?? [];
  for (let i = 0; i < Math.min(words.length, 7); i++) {
    const w = words[i] ?? "";
    const info = lexicon.verbs.get(w.toLowerCase());
    if (info && !info.weak && w === w.toLowerCase()) return true;
    if (!/^\p{Lu}/u.test(w) && !ATTRIBUTION_WORDS.has(w.toLowerCase())) return false;
  }
  return false;
}

const ABBREVIATIONS = new Set(
  ("mr mrs ms dr prof sr jr st mt ft sen sens rep reps gov gen lt col maj capt sgt adm cmdr cpl pvt pres atty supt del amb insp det sec brig asst dep " +
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vs v inc corp co ltd llc dept univ est approx fig al etc e.g i.e").split(" "),
);
// Words that open a new sentence after an acronym such as "U.S." or "Inc.".
const SENTENCE_STARTERS = new Set(
  "the a an he she it they we i this that these those there his her their its but and in on at for as after before when while if however meanwhile still yet".split(" "),
);

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? "")) i--;
  return text.slice(i, dot);
}

function endsSentence(text: string, dot: number, nextWordStart: number): boolean {
  if (text[dot] !== ".") return true; // ! and ? always end
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  const nextWord = /^[\p{L}]+/u.exec(text.slice(nextWordStart, nextWordStart + 20))?.[0]?.toLowerCase() ?? "";
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  if (/\./.test(word) || lower === "inc" || lower === "jr" || lower === "sr" || lower === "co" || lower === "corp") {
    return SENTENCE_STARTERS.has(nextWord); // "U.S." ends a sentence only before a typical sentence opener
  }
  // "No. 10" is an abbreviation; "said no." ends a sentence.
  if (lower === "no" || lower === "nos") return !/^\d/.test(text.slice(nextWordStart, nextWordStart + 1));
  return !ABBREVIATIONS.has(lower);
}

/** Sentence ranges in [from, to), never splitting inside the given quotation ranges. */
export function splitSentences(text: string, from: number, to: number, quotes: Range[]): Range[] {
  const out: Range[] = [];
  // A match starts only where a run of end marks starts: tried from every dot of a long run, the greedy run
  // would be rescanned from each (time growing with the square of the run's length).
  const re = /(?<![.!?\u2026])[.!?\u2026]+["\u201d\u2019')\]]*(\s+)(?=["\u201c\u2018'(\[]?[\p{Lu}\p{N}])/gu;
  re.lastIndex = from;
  let start = from;
  let q = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const boundary = m.index + m[0].length - (m[1]?.length ?? 0);
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= m.index) q++;
    const quote = quotes[q];
    if (quote && m.index > quote.start && m.index < quote.end - 1 && boundary < quote.end) continue;
    if (!endsSentence(text, m.index, m.index + m[0].length)) continue;
    if (/[?!]["\u201d\u2019']+$/.test(m[0].slice(0, m[0].length - (m[1]?.length ?? 0))) && attributionFollows(text, m.index + m[0].length)) continue;
    out.push({ start, end: boundary });
    start = m.index + m[0].length;
  }
  if (start < to) out.push({ start, end: to });
  return out;
}
