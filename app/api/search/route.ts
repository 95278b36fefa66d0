import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { searchEverything } from "@/lib/db/queries/search-everything";
import { searchGroups } from "@/lib/web/search-hits";
import { parseSearchQuery } from "@/lib/web/search-query";
import { freeText, normalizeSearchParams, parseWith, single } from "@/lib/web/search-params";
import { jsonError } from "../json-error";

const schema = z.object({ q: freeText(200).optional() });

/** The search box: ?q= finds people, meetings, quotes and articles, grouped, each hit with its address. */
export async function GET(request: NextRequest) {
  const parsed = parseWith(schema, { q: single(normalizeSearchParams(request.nextUrl.searchParams), "q") });
  if (!parsed.ok) return jsonError(parsed.error, 400);
  const query = parseSearchQuery(parsed.value.q ?? "");
  if (query.text === "") return NextResponse.json({ q: "", groups: [] });
  const results = await searchEverything(query);
  return NextResponse.json({ q: query.text, dates: query.dates?.raw ?? null, groups: searchGroups(results), quotesTotal: results.quotes.total, quotesMore: results.quotes.more });
}
