import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { publicOrigin } from "@/lib/web/site-origin";
import "./globals.css";

// Link previews need absolute URLs: they are built on the configured public address, never the request's Host.
export async function generateMetadata(): Promise<Metadata> {
  // Every page, the 404 page included, is rendered per request: its scripts carry that response's CSP nonce.
  await connection();
  return {
    metadataBase: new URL(publicOrigin()),
    title: { default: "Readout", template: "%s · Readout" },
    description: "Who met whom, when, and who said what: every fact one click from its source sentence.",
    openGraph: { siteName: "Readout", type: "website" },
    manifest: "/manifest.webmanifest",
    icons: { icon: "/icon.svg", apple: "/icons/apple-touch-icon.png" },
  };
}

export const viewport: Viewport = { themeColor: "#1c1917" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-stone-50 font-sans text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-stone-900 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
