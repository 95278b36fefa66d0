// Route parameters: slugs and numeric ids, validated before any query runs.
import { z } from "zod";
import { parseWith, slug } from "./search-params";
import type { Parsed } from "./search-params";

const slugParams = z.object({ slug });
const idParams = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, "expected a positive whole number")
    .transform(Number),
});

export function parseSlugParam(params: { slug: string }): Parsed<string> {
  const parsed = parseWith(slugParams, params);
  return parsed.ok ? { ok: true, value: parsed.value.slug } : parsed;
}

export function parseIdParam(params: { id: string }): Parsed<number> {
  const parsed = parseWith(idParams, params);
  return parsed.ok ? { ok: true, value: parsed.value.id } : parsed;
}
