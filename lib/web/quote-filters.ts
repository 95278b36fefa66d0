// The filters of /quotes, its CSV export and /api/quotes: speakers, words, kind, dates, order, page.
import { z } from "zod";
import { StatementKind } from "@/lib/db/generated/enums";
import { checkDateOrder, freeText, normalizeSearchParams, pageNumber, parseWith, partialDate, single, slug, toQueryString } from "./search-params";
import type { Parsed, PartialDate, SearchParamsRecord } from "./search-params";

export const quoteSorts = ["date", "relevance"] as const;
export type QuoteSort = (typeof quoteSorts)[number];

export type QuoteFilters = {
  speakers: string[];
  /** Unnamed speakers, by how articles name them ("US official"): statements with no named speaker whose label contains this. */
  unnamed: string[];
  /** A speaker typed but not picked from the suggestions, resolved by similarity. */
  who?: string;
  q?: string;
  kinds: StatementKind[];
  from?: PartialDate;
  to?: PartialDate;
  sort: QuoteSort;
  page: number;
};

const kindValues = Object.values(StatementKind) as [StatementKind, ...StatementKind[]];

const schema = z
  .object({
    speaker: z.array(slug).max(20, "at most 20 speakers").default([]),
    unnamed: z.array(freeText(100)).max(5, "at most 5 unnamed speakers").default([]),
    who: freeText(100).optional(),
    q: freeText(200).optional(),
    kind: z.array(z.enum(kindValues, { error: `expected one of ${kindValues.join(", ")}` })).default([]),
    from: partialDate.optional(),
    to: partialDate.optional(),
    sort: z.enum(quoteSorts, { error: "expected date or relevance" }).optional(),
    page: pageNumber,
  })
  .superRefine(checkDateOrder);

export function parseQuoteFilters(input: SearchParamsRecord | URLSearchParams): Parsed<QuoteFilters> {
  const params = normalizeSearchParams(input);
  const parsed = parseWith(schema, {
    speaker: [...new Set(params.get("speaker") ?? [])],
    unnamed: [...new Set(params.get("unnamed") ?? [])],
    who: single(params, "who"),
    q: single(params, "q"),
    kind: [...new Set(params.get("kind") ?? [])],
    from: single(params, "from"),
    to: single(params, "to"),
    sort: single(params, "sort"),
    page: single(params, "page"),
  });
  if (!parsed.ok) return parsed;
  const { speaker, kind, sort, ...rest } = parsed.value;
  // Relevance only means something when there are words to match.
  const order: QuoteSort = sort ?? (rest.q ? "relevance" : "date");
  return { ok: true, value: { ...rest, speakers: speaker, kinds: kind, sort: rest.q ? order : "date" } };
}

/** The query string for these filters (without `who`, which is resolved before a URL is shared). */
export function quoteQueryString(filters: QuoteFilters, change: Partial<QuoteFilters> = {}): string {
  const next = { ...filters, ...change };
  const defaultSort: QuoteSort = next.q ? "relevance" : "date";
  return toQueryString([
    ...next.speakers.map((speaker): [string, string] => ["speaker", speaker]),
    ...next.unnamed.map((label): [string, string] => ["unnamed", label]),
    ["q", next.q],
    ...next.kinds.map((kind): [string, string] => ["kind", kind]),
    ["from", next.from?.raw],
    ["to", next.to?.raw],
    ["sort", next.sort === defaultSort ? undefined : next.sort],
    ["page", next.page > 1 ? next.page : undefined],
  ]);
}
