import { FilterForm } from "./filter-form";
import Link from "next/link";
import { shownKinds, timelineHref, timelineKinds, type TimelineFilters } from "@/lib/web/timeline-filters";
import { KIND_LEGEND } from "@/lib/web/labels";
import type { FormFilters } from "@/lib/web/search-params";
import { FieldProblem, fieldState, fieldValue } from "./filter-problems";
import { KindIcon } from "./kind-symbol";

const input = "w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm placeholder:text-stone-500";

/** The timeline's filters as a plain GET form: the URL it produces is the shareable state. */
export function TimelineFilterForm({ filters, problems, people }: { filters: TimelineFilters; problems: FormFilters<TimelineFilters>["problems"]; people: { slug: string; name: string }[] }) {
  const selected = new Set(filters.people);
  const kinds = shownKinds(filters);
  return (
    <FilterForm action="/timeline" filters={timelineHref(filters)} className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1.3fr)_minmax(0,1fr)]">
      <fieldset className="min-w-0">
        <legend className="mb-2 text-sm font-semibold text-stone-900">People</legend>
        <details className="group rounded-md border border-stone-300">
          <summary className="cursor-pointer list-none px-3 py-1.5 text-sm text-stone-800 marker:hidden">
            <span className="mr-1 inline-block transition-transform group-open:rotate-90" aria-hidden="true">
              ▸
            </span>
            {filters.people.length > 0 ? `${filters.people.length} selected` : "Anyone"} <span className="text-stone-600">· choose people</span>
          </summary>
          <div className="grid max-h-56 grid-cols-1 gap-x-4 overflow-y-auto border-t border-stone-200 px-3 py-2 sm:grid-cols-2">
            {people.map((person) => (
              <label key={person.slug} className="flex items-center gap-2 py-0.5 text-sm">
                <input type="checkbox" name="person" value={person.slug} defaultChecked={selected.has(person.slug)} className="size-4 accent-stone-800" />
                <span className="truncate">{person.name}</span>
              </label>
            ))}
          </div>
        </details>
      </fieldset>
      <fieldset className="min-w-0">
        <legend className="mb-2 text-sm font-semibold text-stone-900">Kind</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1.5">
          {timelineKinds.map((kind) => (
            <label key={kind} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" name="kind" value={kind} defaultChecked={kinds.includes(kind)} className="size-4 accent-stone-800" />
              <KindIcon kind={kind} />
              {KIND_LEGEND[kind]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="min-w-0">
        <legend className="mb-2 text-sm font-semibold text-stone-900">Date</legend>
        <div className="grid grid-cols-2 gap-2">
          <div className="text-sm text-stone-700">
            <label>
              From
            <input name="from" defaultValue={fieldValue(problems, "from", filters.from?.raw)} {...fieldState(problems, "from", "from-problem", "date-hint")} className={input} />
            </label>
            <FieldProblem id="from-problem" problems={problems} name="from" />
          </div>
          <div className="text-sm text-stone-700">
            <label>
              To
            <input name="to" defaultValue={fieldValue(problems, "to", filters.to?.raw)} {...fieldState(problems, "to", "to-problem", "date-hint")} className={input} />
            </label>
            <FieldProblem id="to-problem" problems={problems} name="to" />
          </div>
        </div>
        <p id="date-hint" className="mt-1 text-xs text-stone-600">
          A year, year-month or day: YYYY, YYYY-MM or YYYY-MM-DD
        </p>
      </fieldset>
      {filters.chart !== "participant" ? <input type="hidden" name="chart" value={filters.chart} /> : null}
      <div className="flex items-center gap-3 md:col-span-3">
        <button type="submit" className="rounded-md bg-stone-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-stone-700">
          Apply filters
        </button>
        <Link href="/timeline" className="text-sm text-sky-800 underline hover:text-sky-950">
          Clear all
        </Link>
      </div>
    </FilterForm>
  );
}
