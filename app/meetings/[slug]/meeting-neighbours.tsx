import Link from "next/link";
import type { DatePrecision, MeetingKind } from "@/lib/db/generated/enums";
import { formatDate } from "@/lib/web/dates";
import { listNames, meetingKindLabel } from "@/lib/web/labels";

type Neighbour = { slug: string; kind: MeetingKind; date: Date | null; precision: DatePrecision; names: string[]; shared: string[] } | null;

/** "all 3 participants of this meeting", or which of them when the other meeting had only some. */
function sharedLabel(shared: string[], total: number): string {
  if (shared.length >= total) return total === 2 ? "both participants of this meeting" : `all ${total} participants of this meeting`;
  return `${shared.length} of this meeting’s ${total} participants: ${listNames(shared)}`;
}

function NeighbourLink({ neighbour, direction, total }: { neighbour: NonNullable<Neighbour>; direction: "Previous" | "Next"; total: number }) {
  return (
    <Link href={`/meetings/${neighbour.slug}`} rel={direction === "Previous" ? "prev" : "next"} className="block rounded-lg border border-stone-200 bg-white p-3 hover:border-stone-400">
      <span className="text-xs font-semibold tracking-wide text-stone-600 uppercase">{direction}</span>
      <span className="block font-medium text-stone-950">
        {meetingKindLabel[neighbour.kind]}, {formatDate(neighbour.date, neighbour.precision)}
      </span>
      <span className="block text-sm text-stone-800">{listNames(neighbour.names)}</span>
      <span className="block text-xs text-stone-600">With {sharedLabel(neighbour.shared, total)}</span>
    </Link>
  );
}

/** The meetings just before and after this one among the same participants, when there are any. */
export function MeetingNeighbours({ previous, next, participants }: { previous: Neighbour; next: Neighbour; participants: number }) {
  return (
    <nav aria-labelledby="neighbours-heading">
      <h2 id="neighbours-heading" className="mb-3 font-serif text-2xl font-semibold text-stone-950">
        Same participants
      </h2>
      {previous || next ? (
        <div className="space-y-3">
          {previous ? <NeighbourLink neighbour={previous} direction="Previous" total={participants} /> : null}
          {next ? <NeighbourLink neighbour={next} direction="Next" total={participants} /> : null}
        </div>
      ) : (
        <p className="text-sm text-stone-600">No other dated meeting of these participants is in the record.</p>
      )}
    </nav>
  );
}
