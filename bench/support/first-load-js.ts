// The JavaScript a browser downloads to open a page for the first time: every script the served HTML loads
// from /_next/static, measured raw, gzipped (how Next.js used to report "First Load JS") and with brotli (what a
// CDN or reverse proxy in front of the app usually serves; the production server, Next's handler, compresses with gzip).
import { brotliCompressSync, gzipSync } from "node:zlib";

export type FirstLoad = { scripts: number; bytes: number; gzipBytes: number; brotliBytes: number };

export async function firstLoadJs(pageUrl: string): Promise<FirstLoad> {
  const html = await (await fetch(pageUrl)).text();
  // Scripts marked nomodule (polyfills for old browsers) are not loaded by the browsers Readout supports.
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+\.js)"([^>]*)>/g)].filter((match) => !/\bnoModule\b|\bnomodule\b/i.test(`${match[1]}${match[3]}`));
  const sources = [...new Set(tags.map((match) => match[2] ?? ""))].filter((src) => src.includes("/_next/static/"));
  let bytes = 0;
  let gzipBytes = 0;
  let brotliBytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, pageUrl))).arrayBuffer());
    bytes += body.length;
    gzipBytes += gzipSync(body).length;
    brotliBytes += brotliCompressSync(body).length;
  }
  return { scripts: sources.length, bytes, gzipBytes, brotliBytes };
}
