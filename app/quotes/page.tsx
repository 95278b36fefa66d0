import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { Pagination } from "@/components/pagination";
import { QuoteResult } from "@/components/quote-result";
import { SkeletonList } from "@/components/skeleton";
import { searchQuotes } from "@/lib/db/queries/search-quotes";
import type { SpeakerOption } from "@/components/speaker-picker";
import { listSpeakersBySlug, suggestSpeakers, suggestUnnamedSpeakers } from "@/lib/db/queries/suggest-speakers";
import { plural } from "@/lib/web/labels";
import { parseQuoteFilters, quoteQueryString, type QuoteFilters } from "@/lib/web/quote-filters";
import { parseForForm, type SearchParamsRecord } from "@/lib/web/search-params";
import { FilterProblems } from "@/components/filter-problems";
import { QuoteSearchForm } from "./quote-search-form";

// A name typed but not picked is taken to mean the closest speaker only when it resembles them this well (word
// similarity, or 1 for a name that contains it): a looser match would turn any words into someone.
const WHO_RESOLVES = 0.5;

const QUOTE_FILTER_LABELS: Record<string, string> = { speaker: "Speakers", who: "Speaker", q: "Words", kind: "Kind", from: "From", to: "To", sort: "Order", page: "Page" };

export const metadata: Metadata = { title: "Quotes", description: "Search what was said, by speaker and words, each quote linked to its sentence." };

/** A picked speaker who was never quoted: say so, and where to read about them. */
function UnquotedSpeakers({ speakers }: { speakers: { slug: string; name: string }[] }) {
  return (
    <ul className="space-y-2">
      {speakers.map((speaker) => (
        <li key={speaker.slug} className="rounded-lg border border-stone-200 bg-white px-4 py-3 text-sm text-stone-800">
          <span className="font-medium">{speaker.name} has no quotes in the record.</span>{" "}
          <Link href={`/people/${speaker.slug}`} className="text-sky-800 underline">
            {speaker.name}’s page
          </Link>{" "}
          lists their meetings and the articles that name them.
        </li>
      ))}
    </ul>
  );
}

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
  const { value: filters, problems } = parseForForm(parseQuoteFilters, await searchParams);
  // A name typed without picking a suggestion: take the closest speaker and put the canonical filter in the URL.
  // (Not while a filter is refused: the redirect would drop the value the form shows back.)
  if (filters.who && problems.size === 0) {
    const [[closest], [unnamed]] = await Promise.all([suggestSpeakers(filters.who, 1), suggestUnnamedSpeakers(filters.who, 1)]);
    if (closest && closest.score >= WHO_RESOLVES) redirect(`/quotes${quoteQueryString({ ...filters, speakers: [...new Set([...filters.speakers, closest.slug])], who: undefined, page: 1 })}`);
    if (unnamed) redirect(`/quotes${quoteQueryString({ ...filters, unnamed: [...new Set([...filters.unnamed, unnamed.label])], who: undefined, page: 1 })}`);
  }
  const speakers = await listSpeakersBySlug(filters.speakers);
  const picked: SpeakerOption[] = [
    ...speakers.map(({ slug, name, quotes }): SpeakerOption => ({ param: "speaker", value: slug, name, quotes })),
    ...filters.unnamed.map((label): SpeakerOption => ({ param: "unnamed", value: label, name: label })),
  ];
  const unquoted = speakers.filter((speaker) => speaker.quotes === 0);
  return (
    <>
      <PageHeading title="Quotes">
        <p>What was said, and by whom: direct quotes, partial quotes and reported speech, each linked to its sentence.</p>
      </PageHeading>
      <div className="space-y-6">
        <QuoteSearchForm filters={filters} problems={problems} speakers={picked} />
        <FilterProblems problems={problems} labels={QUOTE_FILTER_LABELS} />
        {unquoted.length > 0 ? <UnquotedSpeakers speakers={unquoted} /> : null}
        {filters.who && problems.size === 0 ? (
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
