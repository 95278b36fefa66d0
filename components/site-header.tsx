import Form from "next/form";
import Link from "next/link";
import { NavLinks } from "./nav-links";

export function SiteHeader() {
  return (
    <header className="z-30 border-b border-stone-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/85 sm:sticky sm:top-0">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2.5 sm:h-14 sm:flex-nowrap sm:py-0">
        <Link href="/" className="rounded-sm font-serif text-xl font-semibold tracking-tight text-stone-950">
          Readout
        </Link>
        <NavLinks />
        <Form action="/quotes" role="search" className="flex w-full items-center gap-1 sm:ml-auto sm:w-auto">
          <label htmlFor="site-search" className="sr-only">
            Search quotes
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search quotes…"
            className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm placeholder:text-stone-500 sm:w-56"
          />
          <button type="submit" className="rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700">
            Search
          </button>
        </Form>
      </div>
    </header>
  );
}
