// The search benchmark's queries: a fixed mix of the shapes people use (words, phrases, exclusions, speakers,
// date ranges, both orders, stop words only), drawn from the record's own vocabulary with a seeded random source.
import type { QuoteFilters } from "@/lib/web/quote-filters";
import { parseQuoteFilters } from "@/lib/web/quote-filters";
import { createRandom } from "@/lib/corpus/random";
import { SEARCH_VOCABULARY } from "./search-database";

export type SearchCase = { shape: string; filters: QuoteFilters };

const SHAPES: Array<{ shape: string; weight: number; params: (pick: Picker) => Record<string, string | string[]> }> = [
  { shape: "words, by date", weight: 25, params: (p) => ({ q: p.words(), sort: "date" }) },
  { shape: "words, by relevance", weight: 15, params: (p) => ({ q: p.words() }) },
  { shape: "speaker + words, by date", weight: 15, params: (p) => ({ speaker: p.speaker(), q: p.word(), sort: "date" }) },
  { shape: "speaker + words, by relevance", weight: 10, params: (p) => ({ speaker: p.speaker(), q: p.word() }) },
  { shape: "speaker", weight: 10, params: (p) => ({ speaker: p.speaker() }) },
  { shape: "words + years, by date", weight: 10, params: (p) => ({ q: p.word(), sort: "date", ...p.years() }) },
  { shape: "speaker + years", weight: 5, params: (p) => ({ speaker: p.speaker(), ...p.years() }) },
  { shape: "phrase or exclusion", weight: 5, params: (p) => ({ q: p.syntax(), sort: "date" }) },
  { shape: "stop words only", weight: 5, params: (p) => ({ q: p.stopWords() }) },
];

type Picker = { word(): string; words(): string; speaker(): string; years(): { from: string; to: string }; syntax(): string; stopWords(): string };

export function searchCases(count: number, speakers: string[], seed = 7): SearchCase[] {
  const random = createRandom(seed);
  const topicWords = [...new Set(SEARCH_VOCABULARY.topics.flatMap((topic) => topic.split(/[\s-]+/)))].filter((word) => word.length > 3);
  const pick: Picker = {
    word: () => random.pick(topicWords),
    words: () => (random.chance(0.5) ? random.pick(topicWords) : `${random.pick(topicWords)} ${random.pick(topicWords)}`),
    // Busy speakers more often than quiet ones, as people search for who is in the news.
    speaker: () => speakers[Math.floor(speakers.length * random.next() ** 2)] ?? speakers[0] ?? "",
    years: () => {
      const from = random.int(2016, 2024);
      return { from: String(from), to: String(Math.min(2025, from + random.int(0, 2))) };
    },
    syntax: () =>
      random.pick([`"${random.pick(SEARCH_VOCABULARY.topics)}"`, `${random.pick(topicWords)} -${random.pick(topicWords)}`, `${random.pick(topicWords)} or ${random.pick(topicWords)}`]),
    stopWords: () => random.pick(["we will be", "it is not", "there is no", "what was", "all of them"]),
  };
  const weights = SHAPES.map((shape) => shape.weight);
  return Array.from({ length: count }, () => {
    const shape = SHAPES[random.weighted(weights)] ?? SHAPES[0];
    if (!shape) throw new Error("no search shapes");
    const parsed = parseQuoteFilters(shape.params(pick));
    if (!parsed.ok) throw new Error(`a generated search is invalid: ${parsed.error}`);
    return { shape: shape.shape, filters: parsed.value };
  });
}
