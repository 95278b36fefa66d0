// Reads URL search parameters (as Next gives them, or as URLSearchParams) into validated, typed filters.
import { z } from "zod";
import { partialDateRange } from "./dates";

export type SearchParamsRecord = Record<string, string | string[] | undefined>;
/** A failed parse names the parameter (`parameter`) and says what is wrong with it (`problem`), and both in `error`. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; parameter: string; problem: string };

/** Every non-empty value of each key, trimmed; repeated keys keep their order. */
export function normalizeSearchParams(input: SearchParamsRecord | URLSearchParams): Map<string, string[]> {
  const entries: [string, string][] = [];
  if (input instanceof URLSearchParams) input.forEach((value, key) => entries.push([key, value]));
  else
    for (const [key, raw] of Object.entries(input)) {
      // Next builds this object from the query on a plain object: "?constructor=1" arrives as [Object, "1"] (the
      // prototype's function first). Only strings are values.
      for (const value of raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) if (typeof value === "string") entries.push([key, value]);
    }
  const params = new Map<string, string[]>();
  for (const [key, value] of entries) {
    const trimmed = value.trim();
    if (trimmed === "") continue;
    params.set(key, [...(params.get(key) ?? []), trimmed]);
  }
  return params;
}

export const slug = z
  .string()
  .max(200, "is too long")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a slug such as benny-gantz");

/** Words typed by a person: bounded, and free of control characters (PostgreSQL rejects NUL in text). */
export function freeText(max: number) {
  return z
    .string()
    .max(max, `is longer than ${max} characters`)
    .regex(/^[^\u0000-\u001F\u007F]*$/, "contains control characters");
}

/** "2024", "2024-06" or "2024-06-20", kept as written and as the days it covers. */
export const partialDate = z.string().transform((value, ctx) => {
  const range = partialDateRange(value);
  if (!range) {
    ctx.addIssue({ code: "custom", message: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD" });
    return z.NEVER;
  }
  return { raw: value, ...range };
});
export type PartialDate = z.infer<typeof partialDate>;

export const pageNumber = z
  .string()
  .regex(/^\d{1,6}$/, "expected a page number")
  .transform(Number)
  .pipe(z.number().int().min(1, "pages start at 1").max(10_000, "is past the last page"))
  .default(1);

/** Picks the single value of a key; a key given twice is an error the schema reports. */
export function single(params: Map<string, string[]>, key: string): string | string[] | undefined {
  const values = params.get(key);
  if (!values) return undefined;
  return values.length === 1 ? values[0] : values;
}

/** Runs a schema and turns its first issue into one readable line naming the parameter. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, error: "Invalid parameters", parameter: "parameters", problem: "are invalid" };
  const name = issue.path.length > 0 ? String(issue.path[0]) : "parameters";
  const message = issue.code === "invalid_type" && issue.expected === "string" ? "appears more than once" : issue.message;
  return { ok: false, error: `Invalid "${name}": ${message}`, parameter: name, problem: message };
}

/** What a filter page shows: the filters it could read, and for each parameter it could not, the value as typed and why. */
export type FormFilters<T> = { value: T; problems: Map<string, { typed: string; problem: string }> };

/**
 * Parses a page's filters keeping every good one: a bad parameter is set aside with its problem and the rest
 * parsed again, so a page can answer 400 with its form, the typed value and the reason beside the field.
 */
export function parseForForm<T>(parse: (input: URLSearchParams) => Parsed<T>, input: SearchParamsRecord | URLSearchParams): FormFilters<T> {
  const params = new URLSearchParams();
  for (const [key, values] of normalizeSearchParams(input)) for (const value of values) params.append(key, value);
  const problems: FormFilters<T>["problems"] = new Map();
  // Each round removes one parameter; the parameters are finite, so the loop ends with the empty query at worst.
  for (;;) {
    const parsed = parse(params);
    if (parsed.ok) return { value: parsed.value, problems };
    if (!params.has(parsed.parameter)) {
      // A problem of no one parameter: read the page without filters (which must parse, or the parser is wrong).
      if ([...params.keys()].length === 0) throw new Error(`the filters of an empty address do not parse: ${parsed.error}`);
      problems.set(parsed.parameter, { typed: "", problem: parsed.problem });
      for (const key of [...params.keys()]) params.delete(key);
      continue;
    }
    // Shown back in the field: control characters (one reason a value is refused) are left out.
    const typed = params.getAll(parsed.parameter).join(", ").replace(/[\u0000-\u001F\u007F]/g, "");
    problems.set(parsed.parameter, { typed, problem: parsed.problem });
    params.delete(parsed.parameter);
  }
}

/** Rejects a date range that ends before it starts. */
export function checkDateOrder<T extends { from?: PartialDate; to?: PartialDate }>(value: T, ctx: z.RefinementCtx): void {
  if (value.from && value.to && value.from.first > value.to.last) {
    ctx.addIssue({ code: "custom", path: ["from"], message: `is after the "to" date (${value.to.raw})` });
  }
}

/** Builds "?a=1&b=2" from a list of pairs, skipping empty values; "" when there is nothing. */
export function toQueryString(pairs: [string, string | number | undefined][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of pairs) if (value !== undefined && value !== "") params.append(key, String(value));
  const query = params.toString();
  return query ? `?${query}` : "";
}
