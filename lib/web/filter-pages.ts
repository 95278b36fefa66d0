// The pages whose address holds filters, each with the parser of its filters: proxy.ts answers 400 for a page
// address with a filter it cannot read (the page still renders, with the form and the problem beside the field).
import { parsePeopleFilters } from "./people-filters";
import { parseQuoteFilters } from "./quote-filters";
import type { Parsed } from "./search-params";
import { parseSearchParams } from "./search-query";
import { parseTimelineFilters } from "./timeline-filters";

const FILTER_PAGES: Record<string, (input: URLSearchParams) => Parsed<unknown>> = {
  "/quotes": parseQuoteFilters,
  "/timeline": parseTimelineFilters,
  "/people": parsePeopleFilters,
  "/search": parseSearchParams,
};

/** Whether `pathname` is a filter page and `search` holds a filter it cannot read. */
export function hasUnreadableFilter(pathname: string, search: URLSearchParams): boolean {
  const parse = FILTER_PAGES[pathname];
  return parse !== undefined && !parse(search).ok;
}
