// Quote search: speakers, full-text words (websearch syntax) with matches marked, kind, dates, order, pages.
import "server-only";
import { db } from "@/lib/db/client";
import type { StatementKind } from "@/lib/db/generated/enums";
import { MATCH_END, MATCH_START } from "@/lib/web/match-highlight";
import type { QuoteFilters } from "@/lib/web/quote-filters";
import { all, articleInRange, empty, sql, type Sql } from "./sql";

export const QUOTES_PAGE_SIZE = 20;
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
};

function searchParts(filters: QuoteFilters) {
  // A query of stop words only ("what will be") is empty in English; it then matches words as written.
  const query = filters.q
    ? sql`CROSS JOIN LATERAL (SELECT CASE WHEN numnode(websearch_to_tsquery('english', ${filters.q})) > 0 THEN 'english' ELSE 'simple' END::regconfig AS cfg) config
          CROSS JOIN LATERAL (SELECT websearch_to_tsquery(config.cfg, ${filters.q}) AS q) query`
    : empty;
  const where = all([
    ...(filters.q ? [sql`((config.cfg = 'english'::regconfig AND s.search @@ query.q) OR (config.cfg = 'simple'::regconfig AND to_tsvector('simple', s.text) @@ query.q))`] : []),
    ...(filters.speakers.length > 0 ? [sql`sp.slug = ANY(${filters.speakers}::text[])`] : []),
    ...(filters.kinds.length > 0 ? [sql`s.kind::text = ANY(${filters.kinds}::text[])`] : []),
    ...articleInRange(filters.from, filters.to),
  ]);
  const from = sql`FROM statement s JOIN article a ON a.id = s.article_id LEFT JOIN actor sp ON sp.id = s.speaker_id ${query} WHERE ${where}`;
  return { from };
}

function selectRows(filters: QuoteFilters, from: Sql): Sql {
  const marked = filters.q ? sql`ts_headline(config.cfg, s.text, query.q, ${HEADLINE_OPTIONS})` : sql`NULL::text`;
  const order = filters.sort === "relevance" && filters.q ? sql`ts_rank(CASE WHEN config.cfg = 'english'::regconfig THEN s.search ELSE to_tsvector('simple', s.text) END, query.q) DESC,` : empty;
  return sql`
    SELECT s.id::int AS id, s.kind::text AS kind, s.text, ${marked} AS marked, s.speaker_label AS "speakerLabel",
           sp.slug AS "speakerSlug", sp.name AS "speakerName", a.slug AS "articleSlug", a.title AS "articleTitle",
           a.outlet, a.url, a.published_at::text AS "publishedAt"
    ${from}
    ORDER BY ${order} a.published_at DESC NULLS LAST, s.article_id, s.start, s.id`;
}

export async function searchQuotes(filters: QuoteFilters) {
  const { from } = searchParts(filters);
  const offset = (filters.page - 1) * QUOTES_PAGE_SIZE;
  const [[count], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from}`,
    db.$queryRaw<QuoteRow[]>`${selectRows(filters, from)} LIMIT ${QUOTES_PAGE_SIZE} OFFSET ${offset}`,
  ]);
  return { total: count?.total ?? 0, pageSize: QUOTES_PAGE_SIZE, quotes: rows };
}

/** Every matching quote (up to a cap) for the CSV download. */
export async function exportQuotes(filters: QuoteFilters) {
  const { from } = searchParts(filters);
  return db.$queryRaw<QuoteRow[]>`${selectRows(filters, from)} LIMIT ${EXPORT_LIMIT}`;
}
