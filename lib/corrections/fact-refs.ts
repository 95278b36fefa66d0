// Captures statements, meetings and roles as references by article and span, and finds their rows again.
import type { Prisma } from "@/lib/db/generated/client";
import { capturePerson } from "./person-ref";
import type { MeetingRef, RoleRef, StatementRef } from "./refs";

type Tx = Prisma.TransactionClient;

export async function captureStatement(tx: Tx, statementId: number): Promise<StatementRef | null> {
  const row = await tx.statement.findUnique({ where: { id: statementId }, select: { articleId: true, start: true, end: true, text: true } });
  return row;
}

export async function resolveStatement(tx: Tx, ref: StatementRef): Promise<number | null> {
  const row = await tx.statement.findFirst({ where: { articleId: ref.articleId, start: ref.start, end: ref.end }, select: { id: true }, orderBy: { id: "asc" } });
  return row?.id ?? null;
}

export async function captureMeeting(tx: Tx, meetingId: number): Promise<MeetingRef | null> {
  const row = await tx.meeting.findUnique({ where: { id: meetingId }, select: { slug: true, sources: { select: { articleId: true, start: true, end: true }, orderBy: { id: "asc" } } } });
  return row && { slug: row.slug, sources: row.sources };
}

/** The meetings that now hold any of the reference's evidence sentences (several when articles diverged). */
export async function resolveMeetings(tx: Tx, ref: MeetingRef): Promise<number[]> {
  if (ref.sources.length === 0) return [];
  const rows = await tx.meetingSource.findMany({
    where: { OR: ref.sources.map((span) => ({ articleId: span.articleId, start: span.start, end: span.end })) },
    select: { meetingId: true },
    distinct: ["meetingId"],
    orderBy: { meetingId: "asc" },
  });
  return rows.map((row) => row.meetingId);
}

export async function captureRole(tx: Tx, roleId: number): Promise<RoleRef | null> {
  const row = await tx.role.findUnique({ where: { id: roleId }, select: { articleId: true, start: true, end: true, title: true, actorId: true } });
  const person = row && (await capturePerson(tx, row.actorId));
  return row && person && { articleId: row.articleId, start: row.start, end: row.end, title: row.title, person };
}

/** Roles at the reference's span, or (without one) the person's roles of that title in that article. */
export async function resolveRoles(tx: Tx, ref: RoleRef, actorId: number | null, titles: string[]): Promise<number[]> {
  const where =
    ref.start !== null && ref.end !== null
      ? { articleId: ref.articleId, start: ref.start, end: ref.end }
      : actorId === null
        ? null
        : { articleId: ref.articleId, actorId, title: { in: titles } };
  if (!where) return [];
  const rows = await tx.role.findMany({ where, select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((row) => row.id);
}
