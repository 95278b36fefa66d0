import Link from "next/link";
import { KIND_LEGEND } from "@/lib/web/labels";
import { timelineHref, type TimelineFilters } from "@/lib/web/timeline-filters";

/** The filters in force, each with a link that removes it. */
export function ActiveFilters({ filters, names }: { filters: TimelineFilters; names: Map<string, string> }) {
  const chips = [
    ...filters.people.map((slug) => ({ label: names.get(slug) ?? slug, href: timelineHref(filters, { people: filters.people.filter((p) => p !== slug), page: 1 }) })),
    ...filters.kinds.map((kind) => ({ label: KIND_LEGEND[kind] ?? kind, href: timelineHref(filters, { kinds: filters.kinds.filter((k) => k !== kind), page: 1 }) })),
    ...(filters.from ? [{ label: `From ${filters.from.raw}`, href: timelineHref(filters, { from: undefined, page: 1 }) }] : []),
    ...(filters.to ? [{ label: `To ${filters.to.raw}`, href: timelineHref(filters, { to: undefined, page: 1 }) }] : []),
  ];
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li key={chip.href + chip.label}>
          <Link href={chip.href} className="inline-flex items-center gap-1.5 rounded-full bg-stone-900 py-0.5 pr-2 pl-3 text-sm text-white hover:bg-stone-700">
            {chip.label}
            <span aria-hidden="true">×</span>
            <span className="sr-only">(remove filter)</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
