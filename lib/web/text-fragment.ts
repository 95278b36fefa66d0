// Builds a scroll-to-text fragment (#:~:text=) so an original article opens at the evidence sentence.
import { webUrl } from "./web-url";

// The directive's own syntax characters must be escaped inside its terms.
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
}

/** `url` with a text fragment for `passage`; long passages use their first and last words (start,end form). */
export function withTextFragment(url: string, passage: string, edgeWords = 5): string {
  const words = passage.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  if (words.length === 0) return url;
  const base = url.split("#")[0] ?? url;
  const directive =
    words.length <= edgeWords * 2
      ? encodeTerm(words.join(" "))
      : `${encodeTerm(words.slice(0, edgeWords).join(" "))},${encodeTerm(words.slice(-edgeWords).join(" "))}`;
  return `${base}#:~:text=${directive}`;
}

/** The original article's address opened at `passage`, or null when the article has no web address. */
export function originalAtPassage(url: string | null, passage: string): string | null {
  const web = webUrl(url);
  return web ? withTextFragment(web, passage) : null;
}
