// A citation line for a quote, ready to paste: who, what, where and when it was reported, and the address.
import { formatDate } from "./dates";
import { webUrl } from "./web-url";

export type CitedQuote = { speaker: string; kind: "direct" | "partial" | "indirect"; text: string; outlet: string | null; title: string | null; publishedAt: Date | null; url: string | null; permalink: string };

/** "Benny Gantz: “…” Example Times, 20 Jun 2024. https://…" (the original article's address, else the quote's own). */
export function quoteCitation(quote: CitedQuote): string {
  const said = quote.kind === "indirect" ? `${quote.speaker} (reported speech): ${quote.text.replace(/[.\s]+$/, "")}.` : `${quote.speaker}: “${quote.text.trim()}”`;
  const where = [quote.outlet ?? quote.title, quote.publishedAt ? formatDate(quote.publishedAt, "day") : null].filter(Boolean).join(", ");
  return [said, where ? `${where}.` : null, webUrl(quote.url) ?? quote.permalink].filter(Boolean).join(" ");
}
