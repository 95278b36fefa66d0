import { FilterForm } from "@/components/filter-form";
import Link from "next/link";
import { SpeakerPicker, type SpeakerOption } from "@/components/speaker-picker";
import { StatementKind } from "@/lib/db/generated/enums";
import { statementKindLabel } from "@/lib/web/labels";
import { quoteQueryString, type QuoteFilters } from "@/lib/web/quote-filters";
import type { FormFilters } from "@/lib/web/search-params";
import { FieldProblem, fieldState, fieldValue } from "@/components/filter-problems";

const input = "w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm placeholder:text-stone-500";

/** The quote search as a GET form, so every search is a shareable URL. */
export function QuoteSearchForm({ filters, problems, speakers }: { filters: QuoteFilters; problems: FormFilters<QuoteFilters>["problems"]; speakers: SpeakerOption[] }) {
  return (
    <FilterForm action="/quotes" filters={quoteQueryString(filters)} className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-2">
      <div>
        <label htmlFor="quote-words" className="mb-1 block text-sm font-semibold text-stone-900">
          Words
        </label>
        <input id="quote-words" name="q" type="search" defaultValue={fieldValue(problems, "q", filters.q)} {...fieldState(problems, "q", "quote-words-problem", "quote-words-hint")} className={input} />
        <FieldProblem id="quote-words-problem" problems={problems} name="q" />
        <p id="quote-words-hint" className="mt-1 text-xs text-stone-600">
          Any words; “exact phrase” in quotes, OR for either word, -word to leave out.
        </p>
      </div>
      <div>
        <SpeakerPicker key={speakers.map((speaker) => `${speaker.param}:${speaker.value}`).join(",")} initial={speakers} />
        <FieldProblem id="quote-speaker-problem" problems={problems} name="speaker" />
        <FieldProblem id="quote-who-problem" problems={problems} name="who" />
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-semibold text-stone-900">Kind</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {Object.values(StatementKind).map((kind) => (
            <label key={kind} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" name="kind" value={kind} defaultChecked={filters.kinds.includes(kind)} className="size-4 accent-stone-800" />
              {statementKindLabel[kind]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        <div className="text-sm font-semibold text-stone-900">
          <label>
            From
          <input name="from" defaultValue={fieldValue(problems, "from", filters.from?.raw)} {...fieldState(problems, "from", "quote-from-problem", "quote-date-hint")} className={`mt-1 font-normal ${input}`} />
          </label>
          <FieldProblem id="quote-from-problem" problems={problems} name="from" />
        </div>
        <div className="text-sm font-semibold text-stone-900">
          <label>
            To
          <input name="to" defaultValue={fieldValue(problems, "to", filters.to?.raw)} {...fieldState(problems, "to", "quote-to-problem", "quote-date-hint")} className={`mt-1 font-normal ${input}`} />
          </label>
          <FieldProblem id="quote-to-problem" problems={problems} name="to" />
        </div>
        <label className="col-span-2 text-sm font-semibold text-stone-900 sm:col-span-1">
          Order
          <select name="sort" defaultValue={filters.sort} className={`mt-1 font-normal ${input}`}>
            <option value="relevance">Best match</option>
            <option value="date">Newest first</option>
          </select>
        </label>
        <p id="quote-date-hint" className="col-span-2 text-xs text-stone-600 sm:col-span-3">
          Dates as a year, year-month or day, written YYYY, YYYY-MM or YYYY-MM-DD (the day the article was published).
        </p>
      </div>
      <div className="flex items-center gap-3 md:col-span-2">
        <button type="submit" className="rounded-md bg-stone-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-stone-700">
          Search
        </button>
        <Link href="/quotes" className="text-sm text-sky-800 underline hover:text-sky-950">
          Clear all
        </Link>
      </div>
    </FilterForm>
  );
}
