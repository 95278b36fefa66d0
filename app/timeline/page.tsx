import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { Pagination } from "@/components/pagination";
import { SkeletonList } from "@/components/skeleton";
import { TimelineChart } from "@/components/timeline-chart";
import { TimelineFilterForm } from "@/components/timeline-filter-form";
import { TimelineList } from "@/components/timeline-list";
import { getTimelineChart, listTimeline, listTimelinePeople } from "@/lib/db/queries/list-timeline";
import { plural } from "@/lib/web/labels";
import { parseForForm, type SearchParamsRecord } from "@/lib/web/search-params";
import { FilterProblems } from "@/components/filter-problems";
import { chartModes, parseTimelineFilters, shownKinds, timelineHref, type TimelineFilters } from "@/lib/web/timeline-filters";
import { partialDateRange } from "@/lib/web/dates";
import { ActiveFilters } from "./active-filters";

const TIMELINE_FILTER_LABELS: Record<string, string> = { person: "People", kind: "Kind", from: "From", to: "To", page: "Page", chart: "Chart lanes" };

export const metadata: Metadata = { title: "Timeline", description: "Meetings, calls and statements in date order." };

/** The meetings these filters select (all pages; statements left out), as files. */
function MeetingsDownload({ filters }: { filters: TimelineFilters }) {
  const query = timelineHref(filters, { page: 1, chart: "participant" }).slice("/timeline".length);
  const link = "font-medium text-sky-800 underline hover:text-sky-950";
  return (
    <p className="text-sm text-stone-700">
      Download these meetings:{" "}
      <a href={`/meetings/csv${query}`} download className={link}>
        CSV
      </a>{" "}
      ·{" "}
      <a href={`/meetings/json${query}`} download className={link}>
        JSON
      </a>
    </p>
  );
}

/** A day as the filters hold it. */
function partialDay(day: string) {
  const range = partialDateRange(day);
  return range ? { raw: day, ...range } : undefined;
}

/** What the timeline shows and how its entries are dated, with the one-click way to add or drop statements. */
function TimelineScope({ filters }: { filters: TimelineFilters }) {
  const kinds = shownKinds(filters);
  const withStatements = kinds.includes("statement");
  const toggled = withStatements ? kinds.filter((kind) => kind !== "statement") : [...kinds, "statement" as const];
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 rounded-lg bg-stone-100 px-4 py-2 text-sm text-stone-700">
      <p>
        Meetings are dated when they took place{withStatements ? "; statements stand on the day the article reported them, and say when they were made where the text does (“said on”)" : ""}.
      </p>
      <Link href={timelineHref(filters, { kinds: toggled, page: 1 })} className="font-medium text-sky-800 underline hover:text-sky-950">
        {withStatements ? "Hide statements" : "Show statements too"}
      </Link>
    </div>
  );
}

// Every page of one filter shares one chart.
const chartFilters = (filters: TimelineFilters): TimelineFilters => ({ ...filters, page: 1 });

async function TimelineResults({ filters }: { filters: TimelineFilters }) {
  const [timeline, chart] = await Promise.all([listTimeline(filters), getTimelineChart(chartFilters(filters))]);
  if (timeline.total === 0) {
    return (
      <EmptyState title="No meetings or statements match these filters">
        <Link href="/timeline" className="text-sky-800 underline">
          Clear the filters
        </Link>{" "}
        or widen the date range.
      </EmptyState>
    );
  }
  return (
    <div className="space-y-8">
      <section aria-labelledby="chart-heading">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 id="chart-heading" className="text-sm font-semibold text-stone-900">
            Over time
          </h2>
          <div className="flex items-center gap-1 text-sm" role="group" aria-label="Chart lanes">
            <span className="mr-1 text-stone-600">Lanes by</span>
            {chartModes.map((mode) => (
              <Link
                key={mode}
                href={timelineHref(filters, { chart: mode, page: filters.page })}
                aria-current={filters.chart === mode ? "true" : undefined}
                className="rounded-md border border-stone-300 px-2 py-0.5 text-stone-800 hover:bg-stone-100 aria-[current=true]:border-stone-900 aria-[current=true]:bg-stone-900 aria-[current=true]:text-white"
              >
                {mode}
              </Link>
            ))}
          </div>
        </div>
        <TimelineChart chart={chart} dayHref={(day) => timelineHref(filters, { from: partialDay(day), to: partialDay(day), page: 1 })} />
      </section>
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading" className="sr-only">
          Entries
        </h2>
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
          <p className="text-sm text-stone-700" role="status">
            {plural(timeline.total, "entry", "entries")}
            {timeline.total > timeline.pageSize
              ? `, showing ${(filters.page - 1) * timeline.pageSize + 1}–${Math.min(filters.page * timeline.pageSize, timeline.total)}`
              : ""}
          </p>
          <MeetingsDownload filters={filters} />
        </div>
        {timeline.entries.length === 0 && filters.page > timeline.maxPage ? (
          <EmptyState title={`Pages after ${timeline.maxPage} are not shown`}>
            Narrow the dates or people to see these entries, or{" "}
            <Link href={timelineHref(filters, { page: 1 })} className="text-sky-800 underline">
              go to the first page
            </Link>
            .
          </EmptyState>
        ) : timeline.entries.length === 0 ? (
          <EmptyState title="This page is past the end of the timeline">
            <Link href={timelineHref(filters, { page: 1 })} className="text-sky-800 underline">
              Go to the first page
            </Link>
          </EmptyState>
        ) : (
          <TimelineList entries={timeline.entries} />
        )}
        <Pagination
          page={filters.page}
          pageSize={timeline.pageSize}
          total={Math.min(timeline.total, timeline.maxPage * timeline.pageSize)}
          hrefFor={(page) => timelineHref(filters, { page })}
          label="Timeline pages"
        />
      </section>
    </div>
  );
}

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const { value: filters, problems } = parseForForm(parseTimelineFilters, await searchParams);
  // The results' reads start now (cached, so the results below pick them up) rather than after the filter's.
  for (const read of [listTimeline(filters), getTimelineChart(chartFilters(filters))]) read.catch(() => undefined);
  const people = await listTimelinePeople(filters.people);
  const names = new Map(people.map((person) => [person.slug, person.name]));
  return (
    <>
      <PageHeading title="Timeline">
        <p>Meetings and calls, oldest first; planned and canceled meetings and statements are one choice away. Each entry links to the passage that reports it.</p>
      </PageHeading>
      <div className="space-y-6">
        <TimelineFilterForm filters={filters} problems={problems} people={people} />
        <FilterProblems problems={problems} labels={TIMELINE_FILTER_LABELS} />
        <ActiveFilters filters={filters} names={names} />
        <TimelineScope filters={filters} />
        <Suspense key={`results${timelineHref(filters)}`} fallback={<SkeletonList label="Loading the timeline" />}>
          <TimelineResults filters={filters} />
        </Suspense>
      </div>
    </>
  );
}
