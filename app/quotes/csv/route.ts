import type { NextRequest } from "next/server";
import { exportQuotes } from "@/lib/db/queries/search-quotes";
import { toCsv } from "@/lib/web/csv";
import { parseQuoteFilters } from "@/lib/web/quote-filters";
import { publicOrigin } from "@/lib/web/site-origin";
import { jsonError } from "@/app/api/json-error";

/** The quote search's current result set (every page) as CSV. */
export async function GET(request: NextRequest) {
  const parsed = parseQuoteFilters(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(parsed.error, 400);
  const quotes = await exportQuotes(parsed.value);
  const origin = publicOrigin();
  const csv = toCsv(
    ["id", "published", "speaker", "speaker_as_written", "kind", "text", "article", "outlet", "passage", "permalink", "original_url"],
    quotes.map((quote) => [
      quote.id,
      quote.publishedAt,
      quote.speakerName,
      quote.speakerLabel,
      quote.kind,
      quote.text,
      quote.articleTitle,
      quote.outlet,
      `${origin}/articles/${quote.articleSlug}#q-${quote.id}`,
      `${origin}/quotes/${quote.id}`,
      quote.url,
    ]),
  );
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="readout-quotes.csv"' },
  });
}
