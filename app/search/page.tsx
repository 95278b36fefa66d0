import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { SiteSearch } from "@/components/site-search";
import { searchEverything, type SearchResults } from "@/lib/db/queries/search-everything";
import { plural } from "@/lib/web/labels";
import { searchGroups, type SearchGroup } from "@/lib/web/search-hits";
import { parseSearchParams, parseSearchQuery } from "@/lib/web/search-query";
import type { SearchParamsRecord } from "@/lib/web/search-params";

type Props = { searchParams: Promise<SearchParamsRecord> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = typeof (await searchParams).q === "string" ? String((await searchParams).q).trim() : "";
  return { title: q ? `“${q.slice(0, 60)}”: search` : "Search", description: "People, meetings, quotes and articles in the record." };
}

const link = "text-sm font-medium text-sky-800 underline hover:text-sky-950";

/** Where a group continues: all the matching quotes, or the first person's meetings on the timeline. */
function moreLink(group: SearchGroup, q: string, results: SearchResults): { href: string; label: string } | null {
  if (group.key === "quotes") return { href: `/quotes?q=${encodeURIComponent(q)}`, label: `All ${plural(results.quotes.total, "matching quote")}` };
  const person = results.people[0];
  if (group.key === "meetings" && person) return { href: `/timeline?person=${person.slug}&kind=meeting&kind=call`, label: `${person.name} on the timeline` };
  return null;
}

export default async function SearchPage({ searchParams }: Props) {
  const parsed = parseSearchParams(await searchParams);
  const query = parseSearchQuery(parsed.ok ? (parsed.value.q ?? "") : "");
  const results = query.text ? await searchEverything(query) : null;
  const groups = results ? searchGroups(results) : [];
  return (
    <>
      <PageHeading title="Search">
        <p>People by any name they go by, meetings by who, where and when, what was said, and articles.</p>
      </PageHeading>
      <div className="mb-8 max-w-2xl">
        <SiteSearch key={query.text} id="search-page" defaultValue={query.text} large />
        {!parsed.ok ? (
          <p role="alert" className="mt-2 text-sm font-medium text-red-800">
            {parsed.problem}
          </p>
        ) : null}
      </div>
      {!results ? null : groups.length === 0 ? (
        <EmptyState title={`Nothing in the record matches “${query.text}”`}>Try a surname alone, another spelling, or fewer words.</EmptyState>
      ) : (
        <div className="space-y-10">
          <p role="status" className="text-sm text-stone-700">
            {groups.map((group) => `${group.label}: ${group.hits.length}${group.key === "quotes" && results.quotes.total > group.hits.length ? ` of ${results.quotes.more ? "more than " : ""}${results.quotes.total}` : ""}`).join(" · ")}
            {query.dates ? ` · dated ${query.dates.raw}` : ""}
          </p>
          {groups.map((group) => {
            const more = moreLink(group, query.words, results);
            return (
              <section key={group.key} aria-labelledby={`search-${group.key}`}>
                <div className="mb-3 flex items-baseline justify-between gap-4">
                  <h2 id={`search-${group.key}`} className="font-serif text-2xl font-semibold text-stone-950">
                    {group.label}
                  </h2>
                  {more ? (
                    <Link href={more.href} className={link}>
                      {more.label}
                    </Link>
                  ) : null}
                </div>
                <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
                  {group.hits.map((hit) => (
                    <li key={hit.href} className="px-4 py-3">
                      <Link href={hit.href} className="font-medium text-stone-950 underline decoration-stone-300 hover:decoration-stone-700">
                        {hit.title}
                      </Link>
                      {hit.detail ? <p className="mt-0.5 text-sm text-stone-600">{hit.detail}</p> : null}
                    </li>
                  ))}
                </ol>
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
