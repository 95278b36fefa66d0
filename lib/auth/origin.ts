// Cross-site request forgery: a mutating request must come from a page of Readout's public origin. Browsers
// send Origin on every POST; a request with neither Origin nor Referer is refused, not trusted.

type HeaderSource = { get(name: string): string | null };

export function comesFromOrigin(headers: HeaderSource, publicOrigin: string): boolean {
  const origin = headers.get("origin");
  if (origin !== null) return origin === publicOrigin;
  const referer = headers.get("referer");
  if (!referer) return false;
  try {
    return new URL(referer).origin === publicOrigin;
  } catch {
    return false;
  }
}

/** The client's address for rate limits: the last X-Forwarded-For entry (added by our own server or proxy). */
export function clientAddress(headers: HeaderSource): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? headers.get("x-real-ip") ?? "unknown";
}
