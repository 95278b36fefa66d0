import type { Metadata } from "next";
import { FilterForm } from "@/components/filter-form";
import Link from "next/link";
import { Suspense } from "react";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { Pagination } from "@/components/pagination";
import { SkeletonList } from "@/components/skeleton";
import { ActorKind } from "@/lib/db/generated/enums";
import { listAffiliations, listPeople } from "@/lib/db/queries/list-people";
import { actorKindLabel, actorKindPlural, plural } from "@/lib/web/labels";
import { parsePeopleFilters, peopleHref, type PeopleFilters } from "@/lib/web/people-filters";
import { parseForForm, type SearchParamsRecord } from "@/lib/web/search-params";
import { FieldProblem, FilterProblems, fieldState } from "@/components/filter-problems";

export const metadata: Metadata = { title: "People", description: "Everyone in the record, with how often they meet and speak." };

const select = "w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm";

async function PeopleTable({ filters }: { filters: PeopleFilters }) {
  const { total, pageSize, maxPage, people } = await listPeople(filters);
  if (total === 0) {
    return (
      <EmptyState title="No one matches these filters">
        <Link href="/people?kind=all" className="text-sky-800 underline">
          Show every person, organization and country
        </Link>
      </EmptyState>
    );
  }
  return (
    <>
      <p className="mb-3 text-sm text-stone-700" role="status">
        {filters.kind === "person" ? plural(total, "person", "people") : filters.kind === "country" ? plural(total, "country", "countries") : plural(total, filters.kind === "all" ? "entry" : filters.kind, filters.kind === "all" ? "entries" : undefined)}
      </p>
      <div className="overflow-hidden rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">People and organizations, with counts of meetings and quotes</caption>
          <thead className="border-b border-stone-200 bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                Name
              </th>
              <th scope="col" className="hidden px-3 py-2 font-semibold sm:table-cell">
                Kind
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                Meetings
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                Quotes
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {people.map((person) => (
              <tr key={person.slug} className="hover:bg-stone-50">
                <td className="px-3 py-2.5">
                  <Link href={`/people/${person.slug}`} className="font-medium text-stone-950 underline decoration-stone-300 hover:decoration-stone-700">
                    {person.name}
                  </Link>
                  {person.role ? (
                    <p className="text-xs text-stone-600">
                      {person.role.title}
                      {person.role.affiliation ? `, ${person.role.affiliation}` : ""}
                    </p>
                  ) : null}
                </td>
                <td className="hidden px-3 py-2.5 text-stone-700 sm:table-cell">{actorKindLabel[person.kind]}</td>
                <td className="px-3 py-2.5 text-right tabular-nums">{person.meetings}</td>
                <td className="px-3 py-2.5 text-right tabular-nums">
                  {person.quotes > 0 ? (
                    <Link href={`/quotes?speaker=${person.slug}`} className="text-sky-800 underline hover:text-sky-950">
                      {person.quotes}
                      <span className="sr-only"> {person.quotes === 1 ? "quote" : "quotes"} by {person.name}</span>
                    </Link>
                  ) : (
                    0
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={filters.page} pageSize={pageSize} total={Math.min(total, maxPage * pageSize)} hrefFor={(page) => peopleHref(filters, { page })} label="People pages" />
    </>
  );
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const { value: filters, problems } = parseForForm(parsePeopleFilters, await searchParams);
  const affiliations = await listAffiliations();
  return (
    <>
      <PageHeading title="People">
        <p>The people the articles name as a participant, a speaker or a subject; organizations and countries are one choice away, under Show.</p>
      </PageHeading>
      <FilterForm action="/people" filters={peopleHref(filters)} className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <label className="min-w-40 flex-1 text-sm font-semibold text-stone-900 sm:flex-none">
          Show
          <select name="kind" defaultValue={filters.kind} {...fieldState(problems, "kind", "kind-problem")} className={`mt-1 font-normal ${select}`}>
            {Object.values(ActorKind).map((kind) => (
              <option key={kind} value={kind}>
                {actorKindPlural[kind]}
              </option>
            ))}
            <option value="all">Every kind</option>
          </select>
          <FieldProblem id="kind-problem" problems={problems} name="kind" />
        </label>
        <label className="min-w-40 flex-1 text-sm font-semibold text-stone-900 sm:flex-none">
          Affiliation
          <select name="affiliation" defaultValue={filters.affiliation ?? ""} {...fieldState(problems, "affiliation", "affiliation-problem")} className={`mt-1 font-normal ${select}`}>
            <option value="">Any affiliation</option>
            {affiliations.map((affiliation) => (
              <option key={affiliation} value={affiliation}>
                {affiliation}
              </option>
            ))}
          </select>
          <FieldProblem id="affiliation-problem" problems={problems} name="affiliation" />
        </label>
        <button type="submit" className="rounded-md bg-stone-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-stone-700">
          Filter
        </button>
        {filters.kind !== "person" || filters.affiliation ? (
          <Link href="/people" className="py-1.5 text-sm text-sky-800 underline">
            Clear
          </Link>
        ) : null}
      </FilterForm>
      <div className="mb-6 empty:hidden">
        <FilterProblems problems={problems} labels={{ kind: "Show", affiliation: "Affiliation", page: "Page" }} />
      </div>
      <Suspense key={`results${peopleHref(filters)}`} fallback={<SkeletonList label="Loading people" />}>
        <PeopleTable filters={filters} />
      </Suspense>
    </>
  );
}
