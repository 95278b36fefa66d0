// Turns an editor's request (row ids) into a stored correction (spans and names) and the record's state
// before it, read in the transaction that will apply it.
import type { Prisma } from "@/lib/db/generated/client";
import { isoDay } from "@/lib/ingest/dates";
import { captureMeeting, captureRole, captureStatement } from "./fact-refs";
import type { MergedFacts, StoredCorrection } from "./kinds";
import { capturePerson } from "./person-ref";
import { personArticles, type MeetingRef, type PersonRef } from "./refs";
import { CorrectionError, type CorrectionRequest } from "./requests";

type Tx = Prisma.TransactionClient;

export type BuiltCorrection = { stored: StoredCorrection; before: Prisma.InputJsonObject; articleIds: number[]; reason: string | null; undoes?: number };

async function person(tx: Tx, actorId: number): Promise<PersonRef> {
  const ref = await capturePerson(tx, actorId);
  if (!ref) throw new CorrectionError(`no person ${actorId} in the record`);
  return ref;
}

async function statementOf(tx: Tx, statementId: number) {
  const ref = await captureStatement(tx, statementId);
  if (!ref) throw new CorrectionError(`no quote or statement ${statementId} in the record`);
  const row = await tx.statement.findUniqueOrThrow({ where: { id: statementId }, select: { speakerLabel: true, kind: true, speaker: { select: { name: true, slug: true } } } });
  return { ref, before: { text: ref.text, kind: row.kind, speakerLabel: row.speakerLabel, speaker: row.speaker } };
}

async function meetingOf(tx: Tx, meetingId: number) {
  const ref = await captureMeeting(tx, meetingId);
  if (!ref) throw new CorrectionError(`no meeting ${meetingId} in the record`);
  const row = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { kind: true, date: true, datePrecision: true, location: true, participants: { select: { actor: { select: { name: true, slug: true } } } } },
  });
  const before = {
    slug: ref.slug,
    kind: row.kind,
    date: row.date ? isoDay(row.date) : null,
    precision: row.datePrecision,
    location: row.location,
    participants: row.participants.map((participant) => participant.actor),
  };
  return { ref, before };
}

/** A stored day at its precision: "2025-03-03", "2025-03", "2025" or null. */
function partialDate(day: string | null, precision: string): string | null {
  if (!day) return null;
  return precision === "day" ? day : precision === "month" ? day.slice(0, 7) : precision === "year" ? day.slice(0, 4) : null;
}

const uniq = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);
const spanArticles = (ref: MeetingRef) => ref.sources.map((span) => span.articleId);

export async function buildCorrection(tx: Tx, request: CorrectionRequest): Promise<BuiltCorrection> {
  const { reason } = request;
  switch (request.kind) {
    case "speaker": {
      const { ref, before } = await statementOf(tx, request.statementId);
      const speaker = await person(tx, request.speakerId);
      return { stored: { kind: "speaker", target: { statement: ref }, change: { speaker } }, before, articleIds: uniq([ref.articleId, ...personArticles(speaker)]), reason };
    }
    case "hide_statement": {
      const { ref, before } = await statementOf(tx, request.statementId);
      return { stored: { kind: "hide_statement", target: { statement: ref }, change: {} }, before, articleIds: [ref.articleId], reason };
    }
    case "hide_meeting": {
      const { ref, before } = await meetingOf(tx, request.meetingId);
      return { stored: { kind: "hide_meeting", target: { meeting: ref }, change: {} }, before, articleIds: uniq(spanArticles(ref)), reason };
    }
    case "hide_person": {
      const ref = await person(tx, request.actorId);
      return { stored: { kind: "hide_person", target: { person: ref }, change: {} }, before: { name: ref.name, slug: ref.slug }, articleIds: uniq(personArticles(ref)), reason };
    }
    case "meeting":
      return buildMeetingFix(tx, request);
    case "merge":
      return buildMerge(tx, request);
    case "split":
      return buildSplit(tx, request);
    case "rename": {
      const ref = await person(tx, request.actorId);
      if (ref.name === request.name) throw new CorrectionError(`the name is already ${ref.name}`);
      return { stored: { kind: "rename", target: { person: ref }, change: { name: request.name } }, before: { name: ref.name, slug: ref.slug }, articleIds: uniq(personArticles(ref)), reason };
    }
    case "role": {
      const ref = await captureRole(tx, request.roleId);
      if (!ref) throw new CorrectionError(`no role ${request.roleId} in the record`);
      const row = await tx.role.findUniqueOrThrow({ where: { id: request.roleId }, select: { title: true, affiliation: true } });
      const change = { title: request.title, affiliation: request.affiliation || null };
      return { stored: { kind: "role", target: { role: ref }, change }, before: { ...row, person: ref.person.name }, articleIds: uniq([ref.articleId, ...personArticles(ref.person)]), reason };
    }
  }
}

async function buildMeetingFix(tx: Tx, request: Extract<CorrectionRequest, { kind: "meeting" }>): Promise<BuiltCorrection> {
  const { ref, before } = await meetingOf(tx, request.meetingId);
  const participants = request.participantIds ? await Promise.all(uniq(request.participantIds).map((id) => person(tx, id))) : undefined;
  // Fields sent unchanged (a form shows every field) are not part of the correction.
  const date = request.date === undefined ? undefined : request.date || null;
  const location = request.location === undefined ? undefined : request.location || null;
  const change = {
    ...(request.meetingKind && request.meetingKind !== before.kind ? { kind: request.meetingKind } : {}),
    ...(date !== undefined && date !== partialDate(before.date, before.precision) ? { date } : {}),
    ...(location !== undefined && location !== before.location ? { location } : {}),
    ...(participants ? { participants } : {}),
  };
  if (Object.keys(change).length === 0) throw new CorrectionError("nothing to change: give a kind, date, place or participants");
  const articleIds = uniq([...spanArticles(ref), ...(participants ?? []).flatMap(personArticles)]);
  return { stored: { kind: "meeting", target: { meeting: ref }, change }, before, articleIds, reason: request.reason };
}

async function meetingsOf(tx: Tx, actorId: number): Promise<MeetingRef[]> {
  const rows = await tx.meetingParticipant.findMany({ where: { actorId }, select: { meetingId: true } });
  const refs = await Promise.all(rows.map((row) => captureMeeting(tx, row.meetingId)));
  return refs.flatMap((ref) => (ref ? [ref] : []));
}

async function buildMerge(tx: Tx, request: Extract<CorrectionRequest, { kind: "merge" }>): Promise<BuiltCorrection> {
  if (request.fromId === request.intoId) throw new CorrectionError("a person cannot be merged into themselves");
  const from = await person(tx, request.fromId);
  const into = await person(tx, request.intoId);
  const [mentions, roles, statements] = await Promise.all([
    tx.mention.findMany({ where: { actorId: request.fromId }, select: { articleId: true, start: true, end: true } }),
    tx.role.findMany({ where: { actorId: request.fromId }, select: { articleId: true, start: true, end: true, title: true } }),
    tx.statement.findMany({ where: { speakerId: request.fromId }, select: { articleId: true, start: true, end: true } }),
  ]);
  const facts: MergedFacts = { mentions, roles, statements, meetings: await meetingsOf(tx, request.fromId), intoMeetings: await meetingsOf(tx, request.intoId) };
  const before = { from: { ...from, facts }, into };
  return { stored: { kind: "merge", target: { from, into }, change: {} }, before, articleIds: uniq([...personArticles(from), ...personArticles(into)]), reason: request.reason };
}

async function buildSplit(tx: Tx, request: Extract<CorrectionRequest, { kind: "split" }>): Promise<BuiltCorrection> {
  const merge = await tx.correction.findUnique({ where: { id: request.mergeId }, select: { kind: true, status: true, before: true, articleIds: true } });
  if (!merge || merge.kind !== "merge") throw new CorrectionError(`no merge ${request.mergeId} in the history`);
  if (merge.status === "undone") throw new CorrectionError(`merge ${request.mergeId} was already split`);
  const before = merge.before as { from: PersonRef & { facts: MergedFacts }; into: PersonRef };
  const { facts, ...from } = before.from;
  return {
    stored: { kind: "split", target: { merge: request.mergeId, from, into: before.into, facts }, change: {} },
    before: { merged: { name: from.name, slug: from.slug }, into: { name: before.into.name, slug: before.into.slug } },
    articleIds: merge.articleIds,
    reason: request.reason,
    undoes: request.mergeId,
  };
}
