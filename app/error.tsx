"use client";
import Link from "next/link";

// Shown when a page fails unexpectedly (a database outage, a bug); bad input gets the 404 page instead.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-4xl font-semibold text-stone-950">Something went wrong</h1>
      <p className="mt-4 text-stone-700">Readout could not show this page. Trying again often helps; if it does not, the record may be unavailable for a moment.</p>
      {error.digest ? <p className="mt-2 font-mono text-xs text-stone-600">Reference: {error.digest}</p> : null}
      <div className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700">
          Try again
        </button>
        <Link href="/" className="rounded-md border border-stone-300 px-4 py-2 text-sm font-medium hover:bg-stone-50">
          Home
        </Link>
      </div>
    </div>
  );
}
