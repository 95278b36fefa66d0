import Link from "next/link";
import type { DatePrecision, MeetingKind } from "@/lib/db/generated/enums";
import { formatDate } from "@/lib/web/dates";
import { listNames, meetingKindLabel } from "@/lib/web/labels";

type Neighbour = { slug: string; kind: MeetingKind; date: Date | null; precision: DatePrecision; names: string[] } | null;

function NeighbourLink({ neighbour, direction }: { neighbour: NonNullable<Neighbour>; direction: "Previous" | "Next" }) {
  return (
    <Link href={`/meetings/${neighbour.slug}`} rel={direction === "Previous" ? "prev" : "next"} className="block rounded-lg border border-stone-200 bg-white p-3 hover:border-stone-400">
      <span className="text-xs font-semibold tracking-wide text-stone-600 uppercase">{direction}</span>
      <span className="block font-medium text-stone-950">
        {meetingKindLabel[neighbour.kind]}, {formatDate(neighbour.date, neighbour.precision)}
      </span>
      <span className="block text-sm text-stone-600">with {listNames(neighbour.names)}</span>
    </Link>
  );
}

/** The previous and next meetings of the same participants, when there are any. */
export function MeetingNeighbours({ previous, next }: { previous: Neighbour; next: Neighbour }) {
  return (
    <nav aria-labelledby="neighbours-heading">
      <h2 id="neighbours-heading" className="mb-3 font-serif text-2xl font-semibold text-stone-950">
        Same participants
      </h2>
      {previous || next ? (
        <div className="space-y-3">
          {previous ? <NeighbourLink neighbour={previous} direction="Previous" /> : null}
          {next ? <NeighbourLink neighbour={next} direction="Next" /> : null}
        </div>
      ) : (
        <p className="text-sm text-stone-600">No other dated meeting of these participants is in the record.</p>
      )}
    </nav>
  );
}
