// The filters of /people: kind of actor, affiliation, page.
import { z } from "zod";
import { ActorKind } from "@/lib/db/generated/enums";
import { freeText, normalizeSearchParams, pageNumber, parseWith, single, toQueryString } from "./search-params";
import type { Parsed, SearchParamsRecord } from "./search-params";

export type PeopleFilters = { kind?: ActorKind; affiliation?: string; page: number };

const kindValues = Object.values(ActorKind) as [ActorKind, ...ActorKind[]];

const schema = z.object({
  kind: z.enum(kindValues, { error: `expected one of ${kindValues.join(", ")}` }).optional(),
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
