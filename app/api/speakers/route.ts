import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { suggestSpeakers } from "@/lib/db/queries/suggest-speakers";
import { freeText, normalizeSearchParams, parseWith, single } from "@/lib/web/search-params";
import { jsonError } from "../json-error";

const schema = z.object({ q: freeText(100).optional() });

/** Speaker suggestions for the quote search's autocomplete. */
export async function GET(request: NextRequest) {
  const parsed = parseWith(schema, { q: single(normalizeSearchParams(request.nextUrl.searchParams), "q") });
  if (!parsed.ok) return jsonError(parsed.error, 400);
  const speakers = parsed.value.q ? await suggestSpeakers(parsed.value.q) : [];
  return NextResponse.json({ speakers: speakers.map(({ slug, name, quotes }) => ({ slug, name, quotes })) });
}
