// The origin a request reached us at, for absolute URLs in link previews (og:url, og:image).

/** "https://readout.example" from forwarded or plain Host headers; localhost when there is none or it is malformed. */
export function siteOrigin(headers: { get(name: string): string | null }): string {
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]?.trim() ?? "";
  const proto = (headers.get("x-forwarded-proto") ?? "http").split(",")[0]?.trim() ?? "http";
  if (!/^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) || !/^https?$/.test(proto)) return "http://localhost:3000";
  return `${proto}://${host}`;
}
