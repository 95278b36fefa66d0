// An article's original address is shown as a link only when it is a web address: the ingest refuses anything else,
// and the page checks again, so a value that reached the database some other way is never a javascript: link.

/** `url` when it is an absolute http(s) URL, else null. */
export function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
