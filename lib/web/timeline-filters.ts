// The filters of /timeline and /api/meetings: who, what kind, when, which page.
import { z } from "zod";
import { MeetingKind } from "@/lib/db/generated/enums";
import { checkDateOrder, normalizeSearchParams, pageNumber, parseWith, partialDate, single, slug, toQueryString } from "./search-params";
import type { Parsed, PartialDate, SearchParamsRecord } from "./search-params";

export const timelineKinds = ["meeting", "call", "planned", "canceled", "statement"] as const satisfies readonly (MeetingKind | "statement")[];
export type TimelineKind = (typeof timelineKinds)[number];
/** What the timeline shows when no kind is chosen: meetings held and calls (statements are one choice away). */
export const DEFAULT_TIMELINE_KINDS: readonly TimelineKind[] = ["meeting", "call"];

/** The kinds the timeline shows for these filters: those chosen, else the default. */
export function shownKinds(filters: { kinds: TimelineKind[] }): readonly TimelineKind[] {
  return filters.kinds.length > 0 ? filters.kinds : DEFAULT_TIMELINE_KINDS;
}

export const chartModes = ["participant", "kind"] as const;
export type ChartMode = (typeof chartModes)[number];

export type TimelineFilters = {
  people: string[];
  kinds: TimelineKind[];
  from?: PartialDate;
  to?: PartialDate;
  page: number;
  chart: ChartMode;
};

function schemaFor<K extends string>(kinds: readonly [K, ...K[]]) {
  return z
    .object({
      person: z.array(slug).max(20, "at most 20 people").default([]),
      kind: z.array(z.enum(kinds, { error: `expected one of ${kinds.join(", ")}` })).default([]),
      from: partialDate.optional(),
      to: partialDate.optional(),
      page: pageNumber,
      chart: z.enum(chartModes, { error: "expected participant or kind" }).default("participant"),
    })
    .superRefine(checkDateOrder);
}

const timelineSchema = schemaFor(timelineKinds);
const meetingSchema = schemaFor(Object.values(MeetingKind) as [MeetingKind, ...MeetingKind[]]);

function readInput(input: SearchParamsRecord | URLSearchParams) {
  const params = normalizeSearchParams(input);
  return {
    person: [...new Set(params.get("person") ?? [])],
    kind: [...new Set(params.get("kind") ?? [])],
    from: single(params, "from"),
    to: single(params, "to"),
    page: single(params, "page"),
    chart: single(params, "chart"),
  };
}

export function parseTimelineFilters(input: SearchParamsRecord | URLSearchParams): Parsed<TimelineFilters> {
  const parsed = parseWith(timelineSchema, readInput(input));
  if (!parsed.ok) return parsed;
  const { person, kind, ...rest } = parsed.value;
  return { ok: true, value: { people: person, kinds: kind, ...rest } };
}

export type MeetingFilters = Omit<TimelineFilters, "kinds" | "chart"> & { kinds: MeetingKind[] };

export function parseMeetingFilters(input: SearchParamsRecord | URLSearchParams): Parsed<MeetingFilters> {
  const parsed = parseWith(meetingSchema, readInput(input));
  if (!parsed.ok) return parsed;
  const { person, kind, from, to, page } = parsed.value;
  return { ok: true, value: { people: person, kinds: kind, from, to, page } };
}

/** The /timeline URL for these filters; the chart mode and page 1 are left out when they are the default. */
export function timelineHref(filters: TimelineFilters, change: Partial<TimelineFilters> = {}): string {
  const next = { ...filters, ...change };
  return `/timeline${toQueryString([
    ...next.people.map((person): [string, string] => ["person", person]),
    ...next.kinds.map((kind): [string, string] => ["kind", kind]),
    ["from", next.from?.raw],
    ["to", next.to?.raw],
    ["chart", next.chart === "participant" ? undefined : next.chart],
    ["page", next.page > 1 ? next.page : undefined],
  ])}`;
}
