import { FilterForm } from "@/components/filter-form";
import Link from "next/link";
import { SpeakerPicker, type SpeakerOption } from "@/components/speaker-picker";
import { StatementKind } from "@/lib/db/generated/enums";
import { statementKindLabel } from "@/lib/web/labels";
import { quoteQueryString, type QuoteFilters } from "@/lib/web/quote-filters";

const input = "w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm placeholder:text-stone-500";

/** The quote search as a GET form, so every search is a shareable URL. */
export function QuoteSearchForm({ filters, speakers }: { filters: QuoteFilters; speakers: SpeakerOption[] }) {
  return (
    <FilterForm action="/quotes" filters={quoteQueryString(filters)} className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-2">
      <div>
        <label htmlFor="quote-words" className="mb-1 block text-sm font-semibold text-stone-900">
          Words
        </label>
        <input id="quote-words" name="q" type="search" defaultValue={filters.q ?? ""} placeholder='e.g. Gaza ceasefire, "humanitarian pause", Iran -nuclear' aria-describedby="quote-words-hint" className={input} />
        <p id="quote-words-hint" className="mt-1 text-xs text-stone-600">
          Quotes “exact phrase”, OR for either word, -word to exclude.
        </p>
      </div>
      <SpeakerPicker key={speakers.map((speaker) => speaker.slug).join(",")} initial={speakers} />
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
        <label className="text-sm font-semibold text-stone-900">
          From
          <input name="from" defaultValue={filters.from?.raw ?? ""} placeholder="2024" inputMode="numeric" aria-describedby="quote-date-hint" className={`mt-1 font-normal ${input}`} />
        </label>
        <label className="text-sm font-semibold text-stone-900">
          To
          <input name="to" defaultValue={filters.to?.raw ?? ""} placeholder="2024-12-31" inputMode="numeric" aria-describedby="quote-date-hint" className={`mt-1 font-normal ${input}`} />
        </label>
        <label className="col-span-2 text-sm font-semibold text-stone-900 sm:col-span-1">
          Order
          <select name="sort" defaultValue={filters.sort} className={`mt-1 font-normal ${input}`}>
            <option value="relevance">Best match</option>
            <option value="date">Newest first</option>
          </select>
        </label>
        <p id="quote-date-hint" className="col-span-2 text-xs text-stone-600 sm:col-span-3">
          Dates as YYYY, YYYY-MM or YYYY-MM-DD (the day the article was published).
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
