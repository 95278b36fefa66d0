import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { suggestSpeakers, suggestUnnamedSpeakers } from "@/lib/db/queries/suggest-speakers";
import { freeText, normalizeSearchParams, parseWith, single } from "@/lib/web/search-params";
import { jsonError } from "../json-error";

const schema = z.object({ q: freeText(100).optional() });

/** Speaker suggestions for the quote search's autocomplete: named speakers (`speakers`, quotes 0 included) and how unnamed ones are named (`unnamed`). */
export async function GET(request: NextRequest) {
  const parsed = parseWith(schema, { q: single(normalizeSearchParams(request.nextUrl.searchParams), "q") });
  if (!parsed.ok) return jsonError(parsed.error, 400);
  const q = parsed.value.q;
  const [speakers, unnamed] = q ? await Promise.all([suggestSpeakers(q), suggestUnnamedSpeakers(q)]) : [[], []];
  return NextResponse.json({ speakers: speakers.map(({ slug, name, quotes }) => ({ slug, name, quotes })), unnamed });
}
