// The filters of /people: kind of actor (people unless another kind, or every kind, is asked for), affiliation, page.
import { z } from "zod";
import { ActorKind } from "@/lib/db/generated/enums";
import { freeText, normalizeSearchParams, pageNumber, parseWith, single, toQueryString } from "./search-params";
import type { Parsed, SearchParamsRecord } from "./search-params";

export type PeopleKind = ActorKind | "all";
export type PeopleFilters = { kind: PeopleKind; affiliation?: string; page: number };

const kindValues: [PeopleKind, ...PeopleKind[]] = ["all", ...Object.values(ActorKind)];

const schema = z.object({
  // People are what most readers look for; organizations and countries are one choice away.
  kind: z.enum(kindValues, { error: `expected one of ${kindValues.join(", ")}` }).default("person"),
  affiliation: freeText(200).optional(),
  page: pageNumber,
});

export function parsePeopleFilters(input: SearchParamsRecord | URLSearchParams): Parsed<PeopleFilters> {
  const params = normalizeSearchParams(input);
  return parseWith(schema, {
    kind: single(params, "kind"),
    affiliation: single(params, "affiliation"),
    page: single(params, "page"),
  });
}

export function peopleHref(filters: PeopleFilters, change: Partial<PeopleFilters> = {}): string {
  const next = { ...filters, ...change };
  return `/people${toQueryString([
    ["kind", next.kind],
    ["affiliation", next.affiliation],
    ["page", next.page > 1 ? next.page : undefined],
  ])}`;
}
