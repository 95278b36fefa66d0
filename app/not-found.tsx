import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase">404</p>
      <h1 className="mt-2 font-serif text-4xl font-semibold text-stone-950">Not in the record</h1>
      <p className="mt-4 text-stone-700">This page does not exist, or its address has a value Readout cannot read. Check the link, or start from one of these:</p>
      <ul className="mt-6 flex flex-wrap justify-center gap-4 text-sky-800">
        <li>
          <Link href="/" className="underline">
            Home
          </Link>
        </li>
        <li>
          <Link href="/timeline" className="underline">
            Timeline
          </Link>
        </li>
        <li>
          <Link href="/people" className="underline">
            People
          </Link>
        </li>
        <li>
          <Link href="/quotes" className="underline">
            Quotes
          </Link>
        </li>
      </ul>
    </div>
  );
}
