import { NextResponse, type NextRequest } from "next/server";
import { searchEverything } from "@/lib/db/queries/search-everything";
import { searchGroups } from "@/lib/web/search-hits";
import { parseSearchParams, parseSearchQuery } from "@/lib/web/search-query";
import { jsonError } from "../json-error";

/** The search box: ?q= finds people, meetings, quotes and articles, grouped, each hit with its address. */
export async function GET(request: NextRequest) {
  const parsed = parseSearchParams(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(parsed.error, 400);
  const query = parseSearchQuery(parsed.value.q ?? "");
  if (query.text === "") return NextResponse.json({ q: "", groups: [] });
  const results = await searchEverything(query);
  return NextResponse.json({ q: query.text, dates: query.dates?.raw ?? null, groups: searchGroups(results), quotesTotal: results.quotes.total, quotesMore: results.quotes.more });
}
