import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Suspense } from "react";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { Pagination } from "@/components/pagination";
import { QuoteResult } from "@/components/quote-result";
import { SkeletonList } from "@/components/skeleton";
import { searchQuotes } from "@/lib/db/queries/search-quotes";
import { listSpeakersBySlug, suggestSpeakers } from "@/lib/db/queries/suggest-speakers";
import { plural } from "@/lib/web/labels";
import { parseQuoteFilters, quoteQueryString, type QuoteFilters } from "@/lib/web/quote-filters";
import type { SearchParamsRecord } from "@/lib/web/search-params";
import { QuoteSearchForm } from "./quote-search-form";

export const metadata: Metadata = { title: "Quotes", description: "Search what was said, by speaker and words, each quote linked to its sentence." };

async function QuoteResults({ filters }: { filters: QuoteFilters }) {
  const { total, more, pageSize, quotes } = await searchQuotes(filters);
  if (total === 0) {
    return (
      <EmptyState title="No quotes match this search">
        Try fewer words, another spelling, or{" "}
        <Link href="/quotes" className="text-sky-800 underline">
          clear the filters
        </Link>
        .
      </EmptyState>
    );
  }
  const first = (filters.page - 1) * pageSize + 1;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-stone-700" role="status">
          {more ? `More than ${plural(total, "quote")}` : plural(total, "quote")}
          {total > pageSize ? `, showing ${first}–${Math.min(first + pageSize - 1, total)}` : ""}
        </p>
        <a href={`/quotes/csv${quoteQueryString(filters, { page: 1 })}`} download className="text-sm font-medium text-sky-800 underline hover:text-sky-950">
          Download these results (CSV)
        </a>
      </div>
      {quotes.length === 0 ? (
        <EmptyState title="This page is past the last result">
          <Link href={`/quotes${quoteQueryString(filters, { page: 1 })}`} className="text-sky-800 underline">
            Go to the first page
          </Link>
        </EmptyState>
      ) : (
        <ol className="space-y-4">
          {quotes.map((quote) => (
            <li key={quote.id}>
              <QuoteResult quote={quote} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={filters.page} pageSize={pageSize} total={total} hrefFor={(page) => `/quotes${quoteQueryString(filters, { page })}`} label="Result pages" />
    </>
  );
}

export default async function QuotesPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const parsed = parseQuoteFilters(await searchParams);
  if (!parsed.ok) notFound();
  const filters = parsed.value;
  // A name typed without picking a suggestion: take the closest speaker and put the canonical filter in the URL.
  if (filters.who) {
    const [closest] = await suggestSpeakers(filters.who, 1);
    if (closest) {
      const speakers = filters.speakers.includes(closest.slug) ? filters.speakers : [...filters.speakers, closest.slug];
      redirect(`/quotes${quoteQueryString({ ...filters, speakers, who: undefined, page: 1 })}`);
    }
  }
  const speakers = await listSpeakersBySlug(filters.speakers);
  return (
    <>
      <PageHeading title="Quotes">
        <p>What was said, and by whom: direct quotes, partial quotes and reported speech, each linked to its sentence.</p>
      </PageHeading>
      <div className="space-y-6">
        <QuoteSearchForm filters={filters} speakers={speakers} />
        {filters.who ? (
          <EmptyState title={`No speaker’s name resembles “${filters.who}”`}>
            <Link href={`/quotes${quoteQueryString(filters)}`} className="text-sky-800 underline">
              Search without it
            </Link>
          </EmptyState>
        ) : (
          <Suspense key={`results${quoteQueryString(filters)}`} fallback={<SkeletonList label="Searching quotes" />}>
            <QuoteResults filters={filters} />
          </Suspense>
        )}
      </div>
    </>
  );
}
