// The origin of absolute links (canonical, og:url, og:image, CSV permalinks, API redirects): the configured public
// address, never a request's Host header, which anyone can set and a cache in front would keep and serve to everyone.
import { env } from "@/lib/env";

/** "https://readout.example": READOUT_PUBLIC_URL, or http://localhost:PORT when it is not set. */
export function publicOrigin(): string {
  return env.READOUT_PUBLIC_URL;
}
