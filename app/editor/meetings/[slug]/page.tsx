import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CorrectionForm, ErrorBanner, errorOf, inputClass, labelClass } from "@/components/editor/form-parts";
import { PageHeading } from "@/components/page-heading";
import { getMeetingForEdit } from "@/lib/db/queries/editor/get-fact-for-edit";
import { formatDate, isoDay } from "@/lib/web/dates";
import { parseSlugParam } from "@/lib/web/route-params";

export const metadata: Metadata = { title: "Edit a meeting" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const KINDS = [
  { value: "meeting", label: "Meeting (held)" },
  { value: "call", label: "Call" },
  { value: "planned", label: "Planned" },
  { value: "canceled", label: "Canceled" },
];

function dateAtPrecision(date: Date | null, precision: string): string {
  if (!date) return "";
  const day = isoDay(date);
  return precision === "day" ? day : precision === "month" ? day.slice(0, 7) : precision === "year" ? day.slice(0, 4) : "";
}

export default async function EditMeetingPage({ params, searchParams }: Props) {
  const slug = parseSlugParam(await params);
  if (!slug.ok) notFound();
  const meeting = await getMeetingForEdit(slug.value);
  if (!meeting) notFound();
  const back = `/editor/meetings/${meeting.slug}`;
  const current = new Set(meeting.participants.map((participant) => participant.actor.id));
  const people = [...meeting.participants.map((participant) => participant.actor), ...meeting.people.filter((person) => !current.has(person.id))];
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeading eyebrow={<Link href={`/meetings/${meeting.slug}`} className="text-sky-800 underline">Back to the meeting</Link>} title="Edit a meeting">
        <p className="text-sm">
          Now: {meeting.kind}, {formatDate(meeting.date, meeting.datePrecision)}
          {meeting.location ? `, ${meeting.location}` : ""}; {meeting.participants.map((participant) => participant.actor.name).join(", ")}
        </p>
      </PageHeading>
      <ErrorBanner message={await errorOf(searchParams)} />
      {/* The meeting's address may change with its date: the action sends the editor to the old one, which redirects. */}
      <CorrectionForm kind="meeting" label="Fix the kind, date or place" submit="Save" back={back} next={`/meetings/${meeting.slug}`} hidden={{ meetingId: meeting.id }}>
        <div>
          <label htmlFor="meeting-kind" className={labelClass}>
            Kind
          </label>
          <select id="meeting-kind" name="meetingKind" defaultValue={meeting.kind} className={inputClass}>
            {KINDS.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="meeting-date" className={labelClass}>
            Date <span className="font-normal text-stone-500">(YYYY-MM-DD, or YYYY-MM or YYYY when only that is known; “unknown” clears it)</span>
          </label>
          <input id="meeting-date" name="date" defaultValue={dateAtPrecision(meeting.date, meeting.datePrecision)} pattern="\d{4}(-\d{2}(-\d{2})?)?|unknown" className={inputClass} />
        </div>
        <div>
          <label htmlFor="meeting-place" className={labelClass}>
            Place
          </label>
          <input id="meeting-place" name="location" defaultValue={meeting.location ?? ""} maxLength={200} className={inputClass} />
        </div>
      </CorrectionForm>
      <CorrectionForm kind="meeting" label="Fix the participants" submit="Save participants" back={back} next={`/meetings/${meeting.slug}`} hidden={{ meetingId: meeting.id }}>
        <fieldset>
          <legend className={labelClass}>Who took part</legend>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {people.map((person) => (
              <li key={person.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="participant" value={person.slug} defaultChecked={current.has(person.id)} />
                  {person.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div>
          <label htmlFor="participant-more" className={labelClass}>
            Others, by address <span className="font-normal text-stone-500">(separated by commas)</span>
          </label>
          <input id="participant-more" name="participant" className={inputClass} />
        </div>
      </CorrectionForm>
      <CorrectionForm kind="hide_meeting" label="Mark this meeting as wrong" submit="Mark as wrong" danger back={back} next="/timeline" hidden={{ meetingId: meeting.id }}>
        <p className="text-sm text-stone-700">It is removed from the public pages and kept in the history; quotes said there stay, without the meeting.</p>
      </CorrectionForm>
    </div>
  );
}
