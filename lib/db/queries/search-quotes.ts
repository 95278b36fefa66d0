// Quote search: speakers, full-text words (websearch syntax) with matches marked, kind, dates, order, pages.
// Matches are read in date order from an index (per speaker when speakers are given), so a page of recent
// matches costs the same at any size; the count stops at QUOTES_COUNT_LIMIT.
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
// The same order, written so that the planner cannot take it from the date index: it then gathers the matches
// (from the full-text index) and sorts them, which is right when the count says they are few.
const GATHERED_DATE_ORDER = sql`(s.published_at + 0) DESC NULLS LAST, s.article_id, s.start, s.id`;

/**
 * How a page is read, decided by the count rather than by the planner (whose estimate for a phrase, a negation or
 * words that go together can be off a hundredfold). Many matches in date order: walk the date (or speaker) index,
 * checking each row, until the page is full. Few: gather them from the full-text index and sort them (walking the
 * date index for a rare match would read all of it). The most recent of many, to rank by relevance, are found as
 * the planner sees fit: walking suits common words, gathering suits many rare ones, and the count cannot tell
 * them apart. The settings hold for the page's transaction only.
 */
export function planSettings(few: boolean, relevance: boolean): Sql {
  if (few) return sql`SELECT set_config('enable_seqscan', 'off', true)`;
  if (relevance) return sql`SELECT 1`;
  return sql`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true), set_config('enable_sort', 'off', true)`;
}

/**
 * The ids of one page of matches, in date order or by relevance. By relevance the `window` most recent matches are
 * ranked: all of them when there are fewer (ranking all of a common word's matches would read them all).
 */
function pageSql(filters: QuoteFilters, words: Words | null, few: boolean, window: number, limit: number, offset: number): Sql {
  const relevance = filters.sort === "relevance" && words !== null;
  const where = matching(filters, words);
  const order = few ? GATHERED_DATE_ORDER : DATE_ORDER;
  if (!relevance || !words) return sql`SELECT s.id FROM statement s WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
  const candidates = sql`SELECT s.* FROM statement s WHERE ${where} ORDER BY ${order} LIMIT ${window}`;
  return sql`SELECT s.id FROM (${candidates}) s ORDER BY ts_rank(${words.column}, ${words.query}) DESC, ${DATE_ORDER} LIMIT ${limit} OFFSET ${offset}`;
}

/** The rows of one page (ids in page order from `page`), with what the results show, in one query. */
async function readRows(page: Sql, settings: Sql, words: Words | null): Promise<QuoteRow[]> {
  // Only the part of a quote a list shows is highlighted: a megabyte-long quote would be a megabyte of marks.
  const marked = words ? sql`ts_headline(${words.config === "english" ? sql`'english'` : sql`'simple'`}::regconfig, left(s.text, ${LIST_QUOTE_CHARS}::int), ${words.query}, ${HEADLINE_OPTIONS})` : sql`NULL::text`;
  const [, rows] = await db.$transaction([
    db.$queryRaw`${settings}`,
    db.$queryRaw<QuoteRow[]>`
    SELECT s.id::int AS id, s.kind::text AS kind, s.text, ${marked} AS marked, s.speaker_label AS "speakerLabel",
           sp.slug AS "speakerSlug", sp.name AS "speakerName", a.slug AS "articleSlug", a.title AS "articleTitle",
           a.outlet, a.url, s.published_at::text AS "publishedAt",
           s.said_date::text AS "saidDate", s.said_date_precision::text AS "saidDatePrecision"
    FROM unnest(ARRAY(${page})) WITH ORDINALITY AS p(id, position)
    JOIN statement s ON s.id = p.id JOIN article a ON a.id = s.article_id LEFT JOIN actor sp ON sp.id = s.speaker_id
    ORDER BY p.position`,
  ]);
  return rows;
}

/** The statements a search reads: its count (stopping past `countLimit`), then the ids of one page of matches. */
export async function quoteSearchSql(filters: QuoteFilters, countLimit = QUOTES_COUNT_LIMIT) {
  const words = await wordsOf(filters.q);
  const where = matching(filters, words);
  const offset = (filters.page - 1) * QUOTES_PAGE_SIZE;
  return {
    words,
    count: sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM statement s WHERE ${where} LIMIT ${countLimit + 1}) c`,
    /** The page's query once the count is known, and the planner settings it is read with. */
    page: (total: number, limit = QUOTES_PAGE_SIZE, from = offset) => pageSql(filters, words, total <= countLimit, countLimit, limit, from),
    settings: (total: number) => planSettings(total <= countLimit, filters.sort === "relevance" && words !== null),
  };
}

async function search(filters: QuoteFilters, limit: number, offset: number, countLimit: number) {
  const { words, count, page, settings } = await quoteSearchSql(filters, countLimit);
  // The count comes first: how many matches there are decides how the page is best read.
  const [row] = await db.$queryRaw<{ total: number }[]>`${count}`;
  const total = row?.total ?? 0;
  const quotes = offset >= Math.min(total, countLimit) ? [] : await readRows(page(total, limit, offset), settings(total), words);
  return { total: Math.min(total, countLimit), more: total > countLimit, quotes };
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

