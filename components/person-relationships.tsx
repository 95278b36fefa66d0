import Link from "next/link";
import type { Relationship, Relationships } from "@/lib/db/queries/list-relationships";
import { formatDate } from "@/lib/web/dates";
import { meetingKindLabel, plural } from "@/lib/web/labels";

function MeetingDates({ relationship }: { relationship: Relationship }) {
  const more = relationship.count - relationship.meetings.length;
  return (
    <ul className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-sm">
      {relationship.meetings.map((meeting) => (
        <li key={meeting.slug}>
          {/* min-h-6: a 24 px target, easy to tap beside its neighbours. */}
          <Link href={`/meetings/${meeting.slug}`} className="inline-block min-h-6 leading-6 text-sky-800 underline hover:text-sky-950">
            {meeting.kind === "meeting" ? "" : `${meetingKindLabel[meeting.kind]}, `}
            {formatDate(meeting.date, meeting.precision)}
          </Link>
        </li>
      ))}
      {more > 0 ? <li className="text-stone-600">and {more} earlier</li> : null}
    </ul>
  );
}

function RelationshipList({ label, relationships, count }: { label: string; relationships: Relationship[]; count: (relationship: Relationship) => string }) {
  return (
    <ul aria-label={label} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {relationships.map((relationship) => (
        <li key={relationship.slug} className="px-4 py-2.5">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <Link href={`/people/${relationship.slug}`} className="font-medium text-stone-950 underline decoration-stone-300 hover:decoration-stone-700">
              {relationship.name}
            </Link>
            <span className="text-sm tabular-nums text-stone-600">{count(relationship)}</span>
          </div>
          <MeetingDates relationship={relationship} />
        </li>
      ))}
    </ul>
  );
}

const subheading = "mt-6 mb-2 text-sm font-semibold tracking-wide text-stone-700 uppercase first:mt-0";

/** Who this person met and when, as three lists that each say what kind of relationship they show. */
export function PersonRelationships({ name, relationships }: { name: string; relationships: Relationships }) {
  const { met, alongside, notHeld, side } = relationships;
  if (met.length + alongside.length + notHeld.length === 0) return <p className="text-sm text-stone-600">No meetings of {name} with others are in the record.</p>;
  return (
    <div>
      {met.length > 0 ? (
        <>
          <h3 className={subheading}>Met (meetings held and calls)</h3>
          <RelationshipList label={`People ${name} met`} relationships={met} count={(r) => plural(r.count, "meeting")} />
        </>
      ) : null}
      {alongside.length > 0 ? (
        <>
          <h3 className={subheading}>At meetings together, on the same side</h3>
          <p className="mb-2 text-sm text-stone-600">
            Both went to these meetings to meet others{side ? ` (their roles name ${side})` : ", each time different people, and never met alone"}; the record does not say they met each other.
          </p>
          <RelationshipList label={`People at meetings with ${name}, on the same side`} relationships={alongside} count={(r) => `${plural(r.count, "meeting")} together`} />
        </>
      ) : null}
      {notHeld.length > 0 ? (
        <>
          <h3 className={subheading}>Planned or canceled, not held</h3>
          <RelationshipList label={`Planned or canceled meetings of ${name}`} relationships={notHeld} count={(r) => plural(r.count, "meeting")} />
        </>
      ) : null}
    </div>
  );
}
