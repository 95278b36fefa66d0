import Link from "next/link";
import type { TimelineEntry } from "@/lib/db/queries/list-timeline";
import { groupLabel } from "@/lib/web/dates";
import { articleLabel, plural, truncate } from "@/lib/web/labels";
import { ActorChip } from "./actor-chip";
import { DateText } from "./date-text";
import { StatementKindBadge } from "./kind-badge";
import { MeetingTitleLink } from "./meeting-title-link";
import { PassageLink } from "./passage-link";
import { StatementDate } from "./statement-date";

type Group = { label: string; entries: TimelineEntry[] };

function groupEntries(entries: TimelineEntry[]): Group[] {
  const groups: Group[] = [];
  for (const entry of entries) {
    const label = groupLabel(entry.date, entry.precision);
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.entries.push(entry);
    else groups.push({ label, entries: [entry] });
  }
  return groups;
}

const sourceLink = "text-sm text-sky-800 underline hover:text-sky-950";

function MeetingEntry({ entry }: { entry: Extract<TimelineEntry, { type: "meeting" }> }) {
  const { meeting } = entry;
  const source = meeting.sources[0];
  const names = meeting.participants.map(({ actor }) => actor.name);
  return (
    <>
      <MeetingTitleLink slug={meeting.slug} kind={meeting.kind} names={names} />
      <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Participants">
        {meeting.participants.map(({ actor }) => (
          <li key={actor.slug}>
            <ActorChip slug={actor.slug} name={actor.name} />
          </li>
        ))}
      </ul>
      <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-600">
        {meeting.location ? <span>{meeting.location}</span> : null}
        {source ? (
          <PassageLink articleSlug={source.article.slug} anchor={`m-${source.id}`} className={sourceLink}>
            Source passage
          </PassageLink>
        ) : null}
        {meeting._count.sources > 1 ? <span>{plural(meeting._count.sources, "source")}</span> : null}
      </p>
    </>
  );
}

function StatementEntry({ entry }: { entry: Extract<TimelineEntry, { type: "statement" }> }) {
  const { statement } = entry;
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <StatementKindBadge kind={statement.kind} />
        {statement.speaker ? <ActorChip slug={statement.speaker.slug} name={statement.speaker.name} /> : <span className="text-sm font-medium text-stone-800">{statement.speakerLabel}</span>}
      </div>
      <blockquote className="mt-2 font-serif text-lg leading-snug text-stone-900">
        {statement.kind === "indirect" ? truncate(statement.text, 280) : `“${truncate(statement.text, 280)}”`}
      </blockquote>
      <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-600">
        <span>Source: {articleLabel(statement.article)}</span>
        <PassageLink articleSlug={statement.article.slug} anchor={`q-${statement.id}`} className={sourceLink}>
          Source passage
        </PassageLink>
        <Link href={`/quotes/${statement.id}`} className={sourceLink}>
          Permalink
        </Link>
        {statement.meeting ? (
          <Link href={`/meetings/${statement.meeting.slug}`} className={sourceLink}>
            Said at a meeting
          </Link>
        ) : null}
      </p>
    </>
  );
}

/** Entries under month headings ("June 2024", "2024" for year-only dates, "Undated" last). */
export function TimelineList({ entries }: { entries: TimelineEntry[] }) {
  return (
    <div className="space-y-8">
      {groupEntries(entries).map((group, index) => (
        <section key={`${group.label}-${index}`} aria-label={group.label}>
          <h2 className="sticky top-0 z-10 mb-3 border-b border-stone-300 bg-stone-50/95 py-1 font-serif text-xl font-semibold text-stone-950 sm:top-14">
            {group.label}
          </h2>
          <ol className="space-y-3 border-l-2 border-stone-200 pl-4 sm:pl-6">
            {group.entries.map((entry) => (
              <li key={`${entry.type}-${entry.type === "meeting" ? entry.meeting.id : entry.statement.id}`} className="relative rounded-lg border border-stone-200 bg-white p-4">
                <span aria-hidden="true" className="absolute top-5 -left-[1.4rem] size-2.5 rounded-full bg-stone-400 sm:-left-[1.9rem]" />
                <p className="mb-1.5 text-sm tabular-nums text-stone-600">
                  {/* A statement stands on the day it was reported; its line says when it was said when the text does. */}
                  {entry.type === "statement" ? (
                    <StatementDate dates={{ saidDate: entry.statement.saidDate, saidDatePrecision: entry.statement.saidDatePrecision, reportedOn: entry.date }} withReport />
                  ) : (
                    <DateText date={entry.date} precision={entry.precision} />
                  )}
                </p>
                {entry.type === "meeting" ? <MeetingEntry entry={entry} /> : <StatementEntry entry={entry} />}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
