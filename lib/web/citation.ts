// A citation line for a quote, ready to paste: who, what, where and when it was reported, and the address.
import { formatDate } from "./dates";
import { webUrl } from "./web-url";

export type CitedQuote = { speaker: string; kind: "direct" | "partial" | "indirect"; text: string; outlet: string | null; title: string | null; publishedAt: Date | null; url: string | null; permalink: string };

/** The words a citation quotes at most: a citation points to the passage, it does not carry a long one whole. */
export const CITED_CHARS = 600;

/** The quote's words, cut at a word boundary with "…" past `CITED_CHARS` (before any pattern runs on them). */
function citedWords(text: string): string {
  const trimmed = text.length > CITED_CHARS ? text.slice(0, CITED_CHARS + 1) : text;
  if (trimmed.length <= CITED_CHARS) return trimmed.trim();
  const cut = trimmed.slice(0, CITED_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${(space > CITED_CHARS / 2 ? cut.slice(0, space) : cut).trim()}…`;
}

/** "Benny Gantz: “…” Example Times, 20 Jun 2024. https://…" (the original article's address, else the quote's own). */
export function quoteCitation(quote: CitedQuote): string {
  const words = citedWords(quote.text);
  const said = quote.kind === "indirect" ? `${quote.speaker} (reported speech): ${words.replace(/[.\s]+$/, "")}.` : `${quote.speaker}: “${words}”`;
  const where = [quote.outlet ?? quote.title, quote.publishedAt ? formatDate(quote.publishedAt, "day") : null].filter(Boolean).join(", ");
  return [said, where ? `${where}.` : null, webUrl(quote.url) ?? quote.permalink].filter(Boolean).join(" ");
}
