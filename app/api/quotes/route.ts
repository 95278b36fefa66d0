import { NextResponse, type NextRequest } from "next/server";
import { searchQuotes } from "@/lib/db/queries/search-quotes";
import { parseQuoteFilters } from "@/lib/web/quote-filters";
import { jsonError } from "../json-error";

/** Quote search: ?speaker=slug (repeatable), q (websearch syntax), kind (repeatable), from, to, sort=date|relevance, page. */
export async function GET(request: NextRequest) {
  const parsed = parseQuoteFilters(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(parsed.error, 400);
  if (parsed.value.who) return jsonError('Invalid "who": the API takes speakers by slug (speaker=benny-gantz); /api/speakers?q= finds slugs', 400);
  const { total, more, pageSize, quotes } = await searchQuotes(parsed.value);
  return NextResponse.json({
    page: parsed.value.page,
    pageSize,
    total,
    // Matches are counted up to a limit: `more` says there are more than `total`.
    more,
    quotes: quotes.map((quote) => ({
      id: quote.id,
      url: `/quotes/${quote.id}`,
      kind: quote.kind,
      text: quote.text,
      speaker: quote.speakerSlug ? { slug: quote.speakerSlug, name: quote.speakerName } : null,
      speakerLabel: quote.speakerLabel,
      publishedAt: quote.publishedAt,
      // When it was said, as far as the text pins it (day, month or year); null when it does not say.
      said: quote.saidDate ? { date: quote.saidDate, precision: quote.saidDatePrecision } : null,
      article: { slug: quote.articleSlug, title: quote.articleTitle, outlet: quote.outlet, url: quote.url },
      passage: `/articles/${quote.articleSlug}#q-${quote.id}`,
    })),
  });
}
