// Quote search: speakers, full-text words (websearch syntax) with matches marked, kind, dates, order, pages.
// One query gathers the matches up to QUOTES_COUNT_LIMIT, counts them and, when that is all of them, orders the
// page; past the limit the page is read in date order from an index (per speaker when speakers are given), so a
// page of recent matches costs the same at any size.
import "server-only";
import { db } from "@/lib/db/client";
import type { DatePrecision, StatementKind } from "@/lib/db/generated/enums";
import { LIST_QUOTE_CHARS, MATCH_END, MATCH_START } from "@/lib/web/match-highlight";
import type { QuoteFilters } from "@/lib/web/quote-filters";
import { cached } from "./cached";
import { all, speakerIn, unnamedSpeakerLike, sql, statementInRange, type Sql } from "./sql";

export const QUOTES_PAGE_SIZE = 20;
/** Matches are counted up to this many; past it a search says "more than" and relevance ranks the most recent ones. */
export const QUOTES_COUNT_LIMIT = 1000;
const EXPORT_LIMIT = 5000;
// HighlightAll returns the whole text, with every matched word between the sentinels.
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;

export type QuoteRow = {
  id: number;
  kind: StatementKind;
  text: string;
  /** The text with matched words between sentinels, when there is a text query. */
  marked: string | null;
  speakerLabel: string;
  speakerSlug: string | null;
  speakerName: string | null;
  articleSlug: string;
  articleTitle: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  /** When it was said (YYYY-MM-DD at `saidDatePrecision`); null when the text does not say. */
  saidDate: string | null;
  saidDatePrecision: DatePrecision;
};

type Words = { config: "english" | "simple"; column: Sql; query: Sql };

// Whether a query has words English search keeps depends on the query text alone: remembered per text.
const ENGLISH_MEMORY = 2000;
const english = new Map<string, boolean>();

/** A query of stop words only ("what will be") is empty in English; it then matches words as written. */
async function wordsOf(q: string | undefined): Promise<Words | null> {
  if (!q) return null;
  let isEnglish = english.get(q);
  if (isEnglish === undefined) {
    const [row] = await db.$queryRaw<Array<{ english: boolean }>>`SELECT numnode(websearch_to_tsquery('english', ${q})) > 0 AS english`;
    isEnglish = row?.english ?? false;
    if (english.size >= ENGLISH_MEMORY) english.clear();
    english.set(q, isEnglish);
  }
  return isEnglish
    ? { config: "english", column: sql`s.search`, query: sql`websearch_to_tsquery('english', ${q})` }
    : { config: "simple", column: sql`s.search_simple`, query: sql`websearch_to_tsquery('simple', ${q})` };
}

function matching(filters: QuoteFilters, words: Words | null): Sql {
  return all([
    ...(words ? [sql`${words.column} @@ ${words.query}`] : []),
    ...speakerIn(filters.speakers),
    ...unnamedSpeakerLike(filters.unnamed),
    ...(filters.kinds.length > 0 ? [sql`s.kind::text = ANY(${filters.kinds}::text[])`] : []),
    ...statementInRange(filters.from, filters.to),
  ]);
}

const DATE_ORDER = sql`s.published_at DESC NULLS LAST, s.article_id, s.start, s.id`;

/**
 * How a page of many matches is read (the gathering query has told that there are more than the count limit):
 * in date order, walk the date (or speaker) index, checking each row, until the page is full; by relevance, the
 * most recent of them are found as the planner sees fit (walking suits common words, gathering suits many rare
 * ones, and the count cannot tell them apart). The settings hold for the page's transaction only.
 */
export function planSettings(relevance: boolean): Sql {
  if (relevance) return sql`SELECT 1`;
  return sql`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true), set_config('enable_sort', 'off', true)`;
}

/** The order of a page: by date, or by relevance (then date) when there are words and the reader asked for it. */
function pageOrder(filters: QuoteFilters, words: Words | null): Sql {
  return filters.sort === "relevance" && words ? sql`ts_rank(${words.column}, ${words.query}) DESC, ${DATE_ORDER}` : DATE_ORDER;
}

/**
 * Up to `countLimit` + 1 matches gathered once (from the full-text, speaker or date index, as the planner sees
 * fit), their number, and, when that is all of them, the ids of the page in order: a search with few matches is
 * answered by this one query. With more, the ids are of an arbitrary subset and the page is read by `manyPageSql`.
 */
function gatherSql(filters: QuoteFilters, words: Words | null, countLimit: number, limit: number, offset: number): Sql {
  const where = matching(filters, words);
  const rank = words ? sql`, ${words.column}` : sql``;
  return sql`WITH m AS MATERIALIZED (SELECT s.id, s.published_at, s.article_id, s.start${rank} FROM statement s WHERE ${where} LIMIT ${countLimit + 1})
    SELECT c.total, CASE WHEN c.total <= ${countLimit} THEN ARRAY(SELECT s.id FROM m s ORDER BY ${pageOrder(filters, words)} LIMIT ${limit} OFFSET ${offset}) END AS ids
    FROM (SELECT count(*)::int AS total FROM m) c`;
}

/**
 * The ids of one page of many matches, in date order or by relevance. By relevance the `window` most recent
 * matches are ranked (ranking all of a common word's matches would read them all).
 */
function manyPageSql(filters: QuoteFilters, words: Words | null, window: number, limit: number, offset: number): Sql {
  const where = matching(filters, words);
  if (filters.sort !== "relevance" || !words) return sql`SELECT s.id FROM statement s WHERE ${where} ORDER BY ${DATE_ORDER} LIMIT ${limit} OFFSET ${offset}`;
  const candidates = sql`SELECT s.* FROM statement s WHERE ${where} ORDER BY ${DATE_ORDER} LIMIT ${window}`;
  return sql`SELECT s.id FROM (${candidates}) s ORDER BY ${pageOrder(filters, words)} LIMIT ${limit} OFFSET ${offset}`;
}

/** The rows of the statements `ids`, in that order, with what the results show, in one query. */
async function readRows(ids: number[], words: Words | null): Promise<QuoteRow[]> {
  if (ids.length === 0) return [];
  // Only the part of a quote a list shows is highlighted: a megabyte-long quote would be a megabyte of marks.
  const marked = words ? sql`ts_headline(${words.config === "english" ? sql`'english'` : sql`'simple'`}::regconfig, left(s.text, ${LIST_QUOTE_CHARS}::int), ${words.query}, ${HEADLINE_OPTIONS})` : sql`NULL::text`;
  return db.$queryRaw<QuoteRow[]>`
    SELECT s.id::int AS id, s.kind::text AS kind, s.text, ${marked} AS marked, s.speaker_label AS "speakerLabel",
           sp.slug AS "speakerSlug", sp.name AS "speakerName", a.slug AS "articleSlug", a.title AS "articleTitle",
           a.outlet, a.url, s.published_at::text AS "publishedAt",
           s.said_date::text AS "saidDate", s.said_date_precision::text AS "saidDatePrecision"
    FROM unnest(${ids}::int[]) WITH ORDINALITY AS p(id, position)
    JOIN statement s ON s.id = p.id JOIN article a ON a.id = s.article_id LEFT JOIN actor sp ON sp.id = s.speaker_id
    ORDER BY p.position`;
}

/**
 * The statements a search reads: the gathering query (the count up to `countLimit`, and the page when that is all
 * the matches), then, for many matches, the page's ids and the planner settings they are read with.
 */
export async function quoteSearchSql(filters: QuoteFilters, countLimit = QUOTES_COUNT_LIMIT, limit = QUOTES_PAGE_SIZE, offset = (filters.page - 1) * QUOTES_PAGE_SIZE) {
  const words = await wordsOf(filters.q);
  return {
    words,
    gather: gatherSql(filters, words, countLimit, limit, offset),
    manyPage: manyPageSql(filters, words, countLimit, limit, offset),
    manySettings: planSettings(filters.sort === "relevance" && words !== null),
  };
}

async function search(filters: QuoteFilters, limit: number, offset: number, countLimit: number) {
  const { words, gather, manyPage, manySettings } = await quoteSearchSql(filters, countLimit, limit, offset);
  const [gathered] = await db.$queryRaw<Array<{ total: number; ids: number[] | null }>>`${gather}`;
  const total = gathered?.total ?? 0;
  const more = total > countLimit;
  let ids = gathered?.ids ?? [];
  if (more && offset < countLimit) {
    const [, page] = await db.$transaction([db.$queryRaw`${manySettings}`, db.$queryRaw<Array<{ id: number }>>`${manyPage}`]);
    ids = page.map((row) => Number(row.id));
  }
  return { total: Math.min(total, countLimit), more, quotes: await readRows(ids, words) };
}

/** One page of matches, their number (up to QUOTES_COUNT_LIMIT; `more` says there are more) and the page size; uncached. */
export async function findQuotes(filters: QuoteFilters) {
  const result = await search(filters, QUOTES_PAGE_SIZE, (filters.page - 1) * QUOTES_PAGE_SIZE, QUOTES_COUNT_LIMIT);
  return { ...result, pageSize: QUOTES_PAGE_SIZE };
}

/** findQuotes, cached until the record changes. */
export const searchQuotes = cached("searchQuotes", findQuotes);

/** Matching quotes (up to a cap) for the CSV download. */
export const exportQuotes = cached("exportQuotes", async (filters: QuoteFilters) => (await search(filters, EXPORT_LIMIT, 0, EXPORT_LIMIT)).quotes);

