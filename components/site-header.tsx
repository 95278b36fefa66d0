import Link from "next/link";
import { NavLinks } from "./nav-links";
import { SiteSearch } from "./site-search";

export function SiteHeader() {
  return (
    <header className="z-30 border-b border-stone-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/85 sm:sticky sm:top-0">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2.5 sm:h-14 sm:flex-nowrap sm:py-0">
        <Link href="/" className="rounded-sm font-serif text-xl font-semibold tracking-tight text-stone-950">
          Readout
        </Link>
        <NavLinks />
        <div className="w-full sm:ml-auto sm:w-80">
          <SiteSearch id="site-search" />
        </div>
      </div>
    </header>
  );
}
