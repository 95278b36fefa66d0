import Link from "next/link";
import { connection } from "next/server";
import { EmptyState } from "@/components/empty-state";
import { MeetingRow } from "@/components/meeting-row";
import { SiteSearch } from "@/components/site-search";
import { getRecordCounts, listMostQuoted } from "@/lib/db/queries/get-record-counts";
import { listLatestMeetings } from "@/lib/db/queries/list-meetings";
import { plural } from "@/lib/web/labels";

export default async function HomePage() {
  await connection();
  const [counts, latest, quoted] = await Promise.all([getRecordCounts(), listLatestMeetings(6), listMostQuoted(8)]);
  const stats = [
    { label: "Articles", value: counts.articles, href: "/articles" },
    { label: "People", value: counts.people, href: "/people?kind=person" },
    { label: "Organizations and countries", value: counts.organizations, href: "/people?kind=all" },
    { label: "Meetings and calls", value: counts.meetings, href: "/timeline?kind=meeting&kind=call&kind=planned&kind=canceled" },
    { label: "Quotes and statements", value: counts.quotes, href: "/quotes" },
  ];
  return (
    <div className="space-y-12">
      <section aria-labelledby="record-heading">
        <h1 id="record-heading" className="font-serif text-4xl font-semibold tracking-tight text-stone-950 sm:text-5xl">
          What is in the record
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-stone-700">
          Who met whom, when, and who said what, drawn from {plural(counts.articles, "news article")}. Every fact links to the sentence that states it.
        </p>
        <dl className="mt-8 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {stats.map((stat) => (
            <div key={stat.label} className="relative rounded-lg border border-stone-200 bg-white p-4 hover:border-stone-400">
              <dt className="text-sm text-stone-600">
                <Link href={stat.href} className="after:absolute after:inset-0">
                  {stat.label}
                </Link>
              </dt>
              <dd className="mt-1 text-3xl font-semibold tabular-nums text-stone-950">{stat.value.toLocaleString("en-US")}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-8 max-w-2xl">
          <SiteSearch id="home-search" large />
        </div>
      </section>

      <div className="grid gap-10 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="latest-heading">
          <div className="mb-4 flex items-baseline justify-between gap-4">
            <h2 id="latest-heading" className="font-serif text-2xl font-semibold text-stone-950">
              Latest meetings
            </h2>
            <Link href="/timeline" className="text-sm font-medium text-sky-800 underline hover:text-sky-950">
              Full timeline
            </Link>
          </div>
          {latest.length === 0 ? (
            <EmptyState title="No meetings in the record yet">Ingest articles to see who met whom.</EmptyState>
          ) : (
            <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {latest.map((meeting) => (
                <li key={meeting.slug} className="p-4">
                  <MeetingRow meeting={meeting} />
                </li>
              ))}
            </ol>
          )}
        </section>

        <section aria-labelledby="quoted-heading">
          <div className="mb-4 flex items-baseline justify-between gap-4">
            <h2 id="quoted-heading" className="font-serif text-2xl font-semibold text-stone-950">
              Most quoted
            </h2>
            <Link href="/people" className="text-sm font-medium text-sky-800 underline hover:text-sky-950">
              Everyone
            </Link>
          </div>
          {quoted.length === 0 ? (
            <EmptyState title="No quotes in the record yet" />
          ) : (
            <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {quoted.map((actor, index) => (
                <li key={actor.slug} className="flex items-center gap-3 p-3">
                  <span aria-hidden="true" className="w-5 text-right text-sm tabular-nums text-stone-500">
                    {index + 1}
                  </span>
                  <Link href={`/people/${actor.slug}`} className="min-w-0 flex-1 truncate font-medium text-stone-950 underline decoration-stone-300 hover:decoration-stone-700">
                    {actor.name}
                  </Link>
                  <Link href={`/quotes?speaker=${actor.slug}`} className="shrink-0 text-sm text-sky-800 underline hover:text-sky-950">
                    {plural(actor.quotes, "quote")}
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  );
}
