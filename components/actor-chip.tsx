import Link from "next/link";

/** A linked name, shaped as a chip so lists of participants and speakers scan quickly. */
export function ActorChip({ slug, name, detail }: { slug: string; name: string; detail?: string | null }) {
  return (
    <Link
      href={`/people/${slug}`}
      className="inline-flex max-w-full items-baseline gap-1 rounded-full border border-stone-300 bg-white px-2.5 py-0.5 text-sm text-stone-900 hover:border-stone-500 hover:bg-stone-50"
    >
      <span className="truncate font-medium">{name}</span>
      {detail ? <span className="truncate text-xs text-stone-600">{detail}</span> : null}
    </Link>
  );
}
