// Corrections of a meeting: marked wrong (removed; quotes that were said there stay), or its kind, date and
// precision, place or participants fixed. A new date or new participants give it a new address; the old
// one redirects.
import type { Prisma } from "@/lib/db/generated/client";
import { isoDay, toStoredDate } from "@/lib/ingest/dates";
import { forgetSlug, freeSlug, meetingSlugBase, rememberSlug } from "@/lib/ingest/slugs";
import { resolveMeetings } from "../fact-refs";
import { touched, type Outcome, type Stored } from "../kinds";
import { resolvePerson } from "../person-ref";

type Tx = Prisma.TransactionClient;

export async function applyHideMeeting(tx: Tx, correction: Stored<"hide_meeting">): Promise<Outcome> {
  const ids = await resolveMeetings(tx, correction.target.meeting);
  if (ids.length === 0) return touched({});
  await tx.meeting.deleteMany({ where: { id: { in: ids } } });
  await tx.slugHistory.deleteMany({ where: { owner: "meeting", targetId: { in: ids } } });
  return touched({});
}

export async function applyMeetingFix(tx: Tx, correction: Stored<"meeting">): Promise<Outcome> {
  const [id] = await resolveMeetings(tx, correction.target.meeting);
  if (id === undefined) return { review: `the meeting ${correction.target.meeting.slug} is no longer reported by its articles` };
  const { change } = correction;
  const data: Prisma.MeetingUpdateInput = {};
  if (change.kind) data.kind = change.kind;
  if (change.location !== undefined) data.location = change.location;
  if (change.date !== undefined) {
    const stored = toStoredDate(change.date);
    data.date = stored.date;
    data.datePrecision = stored.precision;
  }
  if (change.participants) {
    const found = await Promise.all(change.participants.map((person) => resolvePerson(tx, person)));
    const lost = change.participants.filter((_, index) => !found[index]).map((person) => person.name);
    if (lost.length > 0) return { review: `${lost.join(", ")} no longer in the record` };
    const ids = [...new Set(found.flatMap((actor) => (actor ? [actor.id] : [])))];
    await tx.meetingParticipant.deleteMany({ where: { meetingId: id, actorId: { notIn: ids } } });
    await tx.meetingParticipant.createMany({ data: ids.map((actorId) => ({ meetingId: id, actorId })), skipDuplicates: true });
  }
  const meeting = await tx.meeting.update({ where: { id }, data, select: { slug: true, kind: true, date: true, datePrecision: true } });
  await tx.meetingParticipant.updateMany({ where: { meetingId: id }, data: { meetingDate: meeting.date } });
  await reslug(tx, id, meeting);
  return touched({ meetingIds: [id] });
}

function partial(date: Date | null, precision: string): string | null {
  if (!date) return null;
  const day = isoDay(date);
  return precision === "day" ? day : precision === "month" ? day.slice(0, 7) : precision === "year" ? day.slice(0, 4) : null;
}

async function reslug(tx: Tx, id: number, meeting: { slug: string; kind: string; date: Date | null; datePrecision: string }): Promise<void> {
  const participants = await tx.actor.findMany({ where: { meetings: { some: { meetingId: id } } }, select: { name: true, kind: true } });
  const base = meetingSlugBase(partial(meeting.date, meeting.datePrecision), meeting.kind, participants);
  // The slug already says this (perhaps with a variant or a number): keep it.
  if (meeting.slug === base || meeting.slug.startsWith(`${base}-`)) return;
  const slug = await freeSlug(tx, "meeting", base, id, meeting.kind === "meeting" ? undefined : meeting.kind);
  await tx.meeting.update({ where: { id }, data: { slug } });
  await forgetSlug(tx, "meeting", slug);
  await rememberSlug(tx, "meeting", meeting.slug, id);
}
