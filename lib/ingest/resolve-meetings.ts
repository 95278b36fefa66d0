// Maps an article's interactions onto the record's meetings by key: the same kind, date and participants
// reported by two articles is one Meeting with two sources. A meeting an edit changed keeps its row.
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import type { Interaction } from "@/lib/extract/schema";
import { toStoredDate } from "./dates";
import { forgetSlug, freeSlug, meetingSlugBase, rememberSlug } from "./slugs";

type Tx = Prisma.TransactionClient;

/** A meeting this article reported before this load, as it was. */
export type PreviousMeeting = { id: number; slug: string; kind: string; date: string | null; participantIds: number[]; evidence: string[] };

type Planned = { interaction: Interaction; participantIds: number[]; key: string };

/**
 * The identity of a meeting. Without a date or with fewer than two participants nothing says two reports are
 * the same event, so such keys are scoped to the reporting article and sentence.
 */
export function meetingKey(interaction: Interaction, participantIds: number[], articleId: number): string {
  const base = `${interaction.kind}|${interaction.date ?? "undated"}|${participantIds.join(",")}`;
  if (interaction.date && participantIds.length >= 2) return base;
  const sentence = createHash("sha256").update(interaction.evidence.text).digest("hex").slice(0, 16);
  return `${base}|article:${articleId}:${sentence}`;
}

// How much a new report looks like a meeting this article reported before (>= 1: the same meeting, edited).
function likeness(previous: PreviousMeeting, planned: Planned): number {
  const before = new Set(previous.participantIds);
  const shared = planned.participantIds.filter((id) => before.has(id)).length;
  const union = new Set([...previous.participantIds, ...planned.participantIds]).size;
  return (
    (previous.evidence.includes(planned.interaction.evidence.text) ? 2 : 0) +
    (union ? shared / union : 0) +
    (previous.kind === planned.interaction.kind ? 0.25 : 0) +
    (previous.date === planned.interaction.date ? 0.5 : 0)
  );
}

async function slugFor(tx: Tx, planned: Planned, id: number | null): Promise<string> {
  const participants = await tx.actor.findMany({ where: { id: { in: planned.participantIds } }, select: { name: true, kind: true } });
  const { kind } = planned.interaction;
  // Two events of one day and one set of people: the kind tells them apart ("...-call") before a number does.
  const slug = await freeSlug(tx, "meeting", meetingSlugBase(planned.interaction.date, kind, participants), id, kind === "meeting" ? undefined : kind);
  await forgetSlug(tx, "meeting", slug);
  return slug;
}

function meetingData(planned: Planned) {
  const { date, precision } = toStoredDate(planned.interaction.date);
  // Each participant row carries the meeting's date (a person's meetings are listed by it).
  const participants = { create: planned.participantIds.map((actorId) => ({ actorId, meetingDate: date })) };
  return { key: planned.key, kind: planned.interaction.kind, date, datePrecision: precision, location: planned.interaction.location, participants };
}

async function create(tx: Tx, planned: Planned): Promise<number> {
  const slug = await slugFor(tx, planned, null);
  const row = await tx.meeting.create({
    data: { ...meetingData(planned), slug },
    select: { id: true },
  });
  return row.id;
}

async function reshape(tx: Tx, previous: PreviousMeeting, planned: Planned): Promise<void> {
  const slug = await slugFor(tx, planned, previous.id);
  await tx.meetingParticipant.deleteMany({ where: { meetingId: previous.id } });
  await tx.meeting.update({
    where: { id: previous.id },
    data: { ...meetingData(planned), slug },
  });
  if (slug !== previous.slug) await rememberSlug(tx, "meeting", previous.slug, previous.id);
}

/** Returns the record's meeting id for each of the article's interaction ids. */
export async function resolveMeetings(
  tx: Tx,
  articleId: number,
  interactions: Interaction[],
  actorIds: Map<string, number>,
  previous: PreviousMeeting[],
): Promise<Map<string, number>> {
  const planned: Planned[] = interactions.map((interaction) => {
    const participantIds = [...new Set(interaction.participants.flatMap((id) => actorIds.get(id) ?? []))].sort((a, b) => a - b);
    return { interaction, participantIds, key: meetingKey(interaction, participantIds, articleId) };
  });
  const existing = await tx.meeting.findMany({ where: { key: { in: planned.map((plan) => plan.key) } }, select: { id: true, key: true } });
  const byKey = new Map(existing.map((meeting) => [meeting.key, meeting.id]));
  const claimed = new Set(existing.map((meeting) => meeting.id));
  // Meetings only this article reported (its sources are already cleared): reusable for a report the edit changed.
  const stillSourced = await tx.meetingSource.findMany({ where: { meetingId: { in: previous.map((meeting) => meeting.id) } }, select: { meetingId: true } });
  const sourced = new Set(stillSourced.map((source) => source.meetingId));
  const orphans = previous.filter((meeting) => !sourced.has(meeting.id));
  const resolved = new Map<string, number>();

  for (const plan of planned) {
    let id = byKey.get(plan.key);
    if (id === undefined) {
      const candidates = orphans.filter((meeting) => !claimed.has(meeting.id)).map((meeting) => ({ meeting, score: likeness(meeting, plan) }));
      const best = candidates.sort((a, b) => b.score - a.score)[0];
      if (best && best.score >= 1) {
        await reshape(tx, best.meeting, plan);
        id = best.meeting.id;
      } else {
        id = await create(tx, plan);
      }
      byKey.set(plan.key, id);
      claimed.add(id);
    } else if (plan.interaction.location) {
      await tx.meeting.updateMany({ where: { id, location: null }, data: { location: plan.interaction.location } });
    }
    resolved.set(plan.interaction.id, id);
  }
  // A meeting the edit merged into another one: its old page redirects there.
  for (const orphan of orphans.filter((meeting) => !claimed.has(meeting.id))) {
    const successor = planned.map((plan) => ({ plan, score: likeness(orphan, plan) })).sort((a, b) => b.score - a.score)[0];
    const successorId = successor && successor.score >= 1 ? resolved.get(successor.plan.interaction.id) : undefined;
    if (successorId !== undefined) await rememberSlug(tx, "meeting", orphan.slug, successorId);
  }
  return resolved;
}
