import type { Metadata } from "next";
import Link from "next/link";
import { ActorChip } from "@/components/actor-chip";
import { CopyLinkButton } from "@/components/copy-link-button";
import { CorrectedNote } from "@/components/corrected-note";
import { EditLink } from "@/components/edit-link";
import { getMeetingNotes, getStatementNotes } from "@/lib/db/queries/get-correction-notes";
import { DateText } from "@/components/date-text";
import { EmptyState } from "@/components/empty-state";
import { MeetingKindBadge, StatementKindBadge } from "@/components/kind-badge";
import { PageHeading } from "@/components/page-heading";
import { StatementDate } from "@/components/statement-date";
import { getAdjacentMeetings } from "@/lib/db/queries/get-meeting";
import { formatDate } from "@/lib/web/dates";
import { articleLabel, meetingTitle, plural, truncate } from "@/lib/web/labels";
import { shareMetadata } from "@/lib/web/share-metadata";
import { originalAtPassage } from "@/lib/web/text-fragment";
import { loadMeeting } from "./load-meeting";
import { MeetingNeighbours } from "./meeting-neighbours";
import { PassageLink } from "@/components/passage-link";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await loadMeeting((await params).slug);
  const title = meetingTitle(meeting.kind, meeting.participants.map((participant) => participant.name));
  const when = formatDate(meeting.date, meeting.datePrecision);
  const evidence = meeting.sources[0]?.text;
  const description = truncate([when === "undated" ? "Date not reported" : when, meeting.location, evidence].filter(Boolean).join(" · "), 200);
  return shareMetadata(title, description, `/meetings/${meeting.slug}`);
}

const link = "text-sm text-sky-800 underline hover:text-sky-950";

function OriginalLink({ href }: { href: string | null }) {
  if (!href) return null;
  return (
    <a href={href} className={link} rel="noopener noreferrer">
      Open the original at this sentence <span className="sr-only">(external site)</span>
    </a>
  );
}

export default async function MeetingPage({ params }: Props) {
  const meeting = await loadMeeting((await params).slug);
  const [neighbours, notes, statementNotes] = await Promise.all([getAdjacentMeetings(meeting), getMeetingNotes(meeting.id), getStatementNotes(meeting.statements.map((statement) => statement.id))]);
  const path = `/meetings/${meeting.slug}`;
  const timeline = `/timeline?${meeting.participants.map((participant) => `person=${participant.slug}`).join("&")}`;
  return (
    <article>
      <PageHeading
        eyebrow={
          <>
            <MeetingKindBadge kind={meeting.kind} />
            <DateText date={meeting.date} precision={meeting.datePrecision} className="font-medium text-stone-800" />
            {meeting.location ? <span>· {meeting.location}</span> : null}
          </>
        }
        title={meetingTitle(meeting.kind, meeting.participants.map((participant) => participant.name))}
      >
        <div className="flex flex-wrap items-center gap-4">
          <CopyLinkButton path={path} />
          <Link href={timeline} className={link}>
            These participants on the timeline
          </Link>
          <Link href={`${path}/history`} className={link}>
            History
          </Link>
          <EditLink href={`/editor${path}`} />
        </div>
        <div className="mt-2">
          <CorrectedNote notes={notes} />
        </div>
      </PageHeading>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-10">
          <section aria-labelledby="evidence-heading">
            <h2 id="evidence-heading" className="mb-3 font-serif text-2xl font-semibold text-stone-950">
              Evidence
            </h2>
            <p className="mb-4 text-sm text-stone-600">The {meeting.sources.length === 1 ? "sentence that reports" : "sentences that report"} this {meeting.kind === "call" ? "call" : "meeting"}, from {plural(new Set(meeting.sources.map((source) => source.article.slug)).size, "article")}.</p>
            <ol className="space-y-4">
              {meeting.sources.map((source) => (
                <li key={source.id} className="rounded-lg border border-stone-200 bg-white p-4">
                  <blockquote className="border-l-4 border-sky-700 pl-4 font-serif text-lg leading-relaxed text-stone-900">{source.text}</blockquote>
                  <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600">
                    <span>
                      {articleLabel(source.article)}
                      {source.article.title && source.article.publishedAt ? <>, {formatDate(source.article.publishedAt, "day")}</> : null}
                      {source.article.title && source.article.outlet ? <> · {source.article.outlet}</> : null}
                    </span>
                    {source.caption ? <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">Photo caption</span> : null}
                  </p>
                  <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                    <PassageLink articleSlug={source.article.slug} anchor={`m-${source.id}`} className={link}>
                      Read it in the article
                    </PassageLink>
                    <OriginalLink href={originalAtPassage(source.article.url, source.text)} />
                  </p>
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="statements-heading">
            <h2 id="statements-heading" className="mb-3 font-serif text-2xl font-semibold text-stone-950">
              What was said
            </h2>
            {meeting.statements.length === 0 ? (
              <EmptyState title="No statements are tied to this meeting" />
            ) : (
              <ol className="space-y-4">
                {meeting.statements.map((statement) => (
                  <li key={statement.id} className="rounded-lg border border-stone-200 bg-white p-4">
                    <div className="flex flex-wrap items-center gap-2">
                      <StatementKindBadge kind={statement.kind} />
                      {statement.speaker ? <ActorChip slug={statement.speaker.slug} name={statement.speaker.name} /> : <span className="text-sm font-medium">{statement.speakerLabel}</span>}
                      <StatementDate dates={{ saidDate: statement.saidDate, saidDatePrecision: statement.saidDatePrecision, reportedOn: statement.article.publishedAt }} className="text-sm text-stone-600" />
                    </div>
                    <blockquote className="mt-2 font-serif text-lg leading-snug">{statement.kind === "indirect" ? statement.text : `“${statement.text}”`}</blockquote>
                    <CorrectedNote notes={statementNotes[statement.id]} />
                    <p className="mt-2 flex gap-4">
                      <PassageLink articleSlug={statement.article.slug} anchor={`q-${statement.id}`} className={link}>
                        Source passage
                      </PassageLink>
                      <Link href={`/quotes/${statement.id}`} className={link}>
                        Permalink
                      </Link>
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>

        <aside className="space-y-10">
          <section aria-labelledby="participants-heading">
            <h2 id="participants-heading" className="mb-3 font-serif text-2xl font-semibold text-stone-950">
              Participants
            </h2>
            <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {meeting.participants.map((participant) => (
                <li key={participant.slug} className="p-3">
                  <Link href={`/people/${participant.slug}`} className="font-medium text-stone-950 underline decoration-stone-300 hover:decoration-stone-700">
                    {participant.name}
                  </Link>
                  {participant.role ? (
                    <p className="text-sm text-stone-600">
                      {participant.role.title}
                      {participant.role.affiliation ? `, ${participant.role.affiliation}` : ""}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
          <MeetingNeighbours previous={neighbours.previous} next={neighbours.next} participants={meeting.participants.length} />
        </aside>
      </div>
    </article>
  );
}
