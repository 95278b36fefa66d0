import type { Metadata } from "next";
import Link from "next/link";
import { CorrectionHistory } from "@/components/correction-history";
import { PageHeading } from "@/components/page-heading";
import { listMeetingHistory } from "@/lib/db/queries/list-history";
import { meetingTitle } from "@/lib/web/labels";
import { loadMeeting } from "../load-meeting";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await loadMeeting((await params).slug);
  return { title: `History: ${meetingTitle(meeting.kind, meeting.participants.map((participant) => participant.name))}`, alternates: { canonical: `/meetings/${meeting.slug}/history` } };
}

export default async function MeetingHistoryPage({ params }: Props) {
  const meeting = await loadMeeting((await params).slug);
  const entries = await listMeetingHistory(meeting.id);
  const title = meetingTitle(meeting.kind, meeting.participants.map((participant) => participant.name));
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading eyebrow={<Link href={`/meetings/${meeting.slug}`} className="text-sky-800 underline">{title}</Link>} title="History of this meeting">
        Corrections editors made to this meeting, oldest first.
      </PageHeading>
      <CorrectionHistory entries={entries} />
    </div>
  );
}
