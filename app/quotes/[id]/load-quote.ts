import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getQuoteById } from "@/lib/db/queries/get-quote";
import { parseIdParam } from "@/lib/web/route-params";

/** The statement a URL names; 404 for a malformed or unknown id. */
export const loadQuote = cache(async (rawId: string) => {
  const id = parseIdParam({ id: rawId });
  if (!id.ok) notFound();
  const quote = await getQuoteById(id.value);
  if (!quote) notFound();
  return quote;
});
