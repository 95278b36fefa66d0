import type { Metadata } from "next";

/** Metadata of a page meant to be shared: its canonical address, and Open Graph and Twitter cards (the image is the route's opengraph-image). */
export function shareMetadata(title: string, description: string, path: string): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, type: "article" },
    twitter: { card: "summary_large_image", title, description },
  };
}
