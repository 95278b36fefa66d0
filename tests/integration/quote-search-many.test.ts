// Quote search past its count limit: a record with more matches than QUOTES_COUNT_LIMIT, where one query can no
// longer gather them all, must still give "more than the limit", pages in true date order (each page continuing
// the last), relevance first among the most recent, and a page past the limit empty; a narrower search of the
// same record (few matches) must give every match in the same order. Each is checked against plain SQL.
import { beforeEach, describe, expect, it } from "vitest";
import { findQuotes, QUOTES_COUNT_LIMIT, QUOTES_PAGE_SIZE } from "@/lib/db/queries/search-quotes";
import { parseQuoteFilters } from "@/lib/web/quote-filters";
import { actor, extracted, quote } from "./support/facts";
import { load } from "./support/load";
import { withClient } from "./support/database";

const BODY = `Harbour talks
"The harbour will open," Lina Park said.`;
/** Statements added in SQL beside the loaded one: every one says "harbour", one in seven also "tariff". */
const ADDED = QUOTES_COUNT_LIMIT + 300;

const url = () => {
  const value = process.env.DATABASE_URL;
  if (!value) throw new Error("DATABASE_URL is not set for the integration worker");
  return value;
};

beforeEach(async () => {
  await load(BODY, extracted("harbour.txt", { title: "Harbour talks", publishedAt: "2024-03-10", actors: [actor(BODY, "p", "Lina Park", { aliases: ["Park"] })], quotes: [quote(BODY, "q", "p", "The harbour will open")] }));
  await withClient(url(), (client) =>
    client.query(
      `INSERT INTO statement (article_id, speaker_id, speaker_label, kind, text, start, "end", caption, published_at)
       SELECT s.article_id, s.speaker_id, s.speaker_label, 'direct', CASE WHEN n % 7 = 0 THEN 'The harbour tariff, said twice: harbour tariff ' || n ELSE 'The harbour, number ' || n END,
              s.start, s."end", false, DATE '2020-01-01' + (n * 37 % 1500)
       FROM statement s, generate_series(1, $1::int) AS n`,
      [ADDED],
    ),
  );
});

async function search(query: Record<string, string>) {
  const parsed = parseQuoteFilters(query);
  if (!parsed.ok) throw new Error(parsed.error);
  return findQuotes(parsed.value);
}

/** The ids of the matches in the search's date order, from SQL written here. */
async function inDateOrder(where: string): Promise<number[]> {
  return withClient(url(), async (client) => {
    const { rows } = await client.query<{ id: number }>(`SELECT id FROM statement WHERE ${where} ORDER BY published_at DESC NULLS LAST, article_id, start, id`);
    return rows.map((row) => row.id);
  });
}

describe("quote search with more matches than it counts", () => {
  it("says there are more, and its pages follow the date order without gaps or repeats", async () => {
    const expected = await inDateOrder(`search @@ to_tsquery('english', 'harbour')`);
    expect(expected.length).toBe(ADDED + 1);
    const first = await search({ q: "harbour", sort: "date" });
    expect(first).toMatchObject({ total: QUOTES_COUNT_LIMIT, more: true });
    const second = await search({ q: "harbour", sort: "date", page: "2" });
    expect([...first.quotes, ...second.quotes].map((row) => row.id)).toEqual(expected.slice(0, 2 * QUOTES_PAGE_SIZE));
  });

  it("ranks the most recent matches by relevance: the ones saying the words twice come first", async () => {
    const { quotes } = await search({ q: "harbour tariff" });
    const twice = await inDateOrder(`search @@ to_tsquery('english', 'harbour & tariff')`);
    expect(twice.length).toBeGreaterThan(QUOTES_PAGE_SIZE);
    expect(twice.length).toBeLessThan(QUOTES_COUNT_LIMIT);
    // Few matches for both words: all of them are gathered and ranked, each says both words twice.
    expect(quotes.map((row) => row.id).sort()).toEqual(twice.slice(0, QUOTES_PAGE_SIZE).sort());
    const { quotes: common } = await search({ q: "harbour" });
    expect(common.slice(0, 3).every((row) => row.text.includes("tariff")), common.map((row) => row.text).join(" | ")).toBe(true);
  });

  it("gathers a search with few matches in one go, all of them, in date order", async () => {
    const expected = await inDateOrder(`search @@ to_tsquery('english', 'harbour & tariff')`);
    const pages = Math.ceil(expected.length / QUOTES_PAGE_SIZE);
    const found: number[] = [];
    for (let page = 1; page <= pages; page++) {
      const result = await search({ q: "harbour tariff", sort: "date", page: String(page) });
      expect(result).toMatchObject({ total: expected.length, more: false });
      found.push(...result.quotes.map((row) => row.id));
    }
    expect(found).toEqual(expected);
  });

  it("gives an empty page past the counted matches", async () => {
    const page = QUOTES_COUNT_LIMIT / QUOTES_PAGE_SIZE + 1;
    const result = await search({ q: "harbour", sort: "date", page: String(page) });
    expect(result).toMatchObject({ total: QUOTES_COUNT_LIMIT, more: true, quotes: [] });
  });
});
