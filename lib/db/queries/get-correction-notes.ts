// The public "corrected" notes: which facts on a page an editor corrected, and when (never who).
import "server-only";
import { db } from "@/lib/db/client";
import { cached } from "./cached";

export type CorrectionNote = { kind: string; at: Date; fields: string[] };

const FIELDS: Record<string, (change: Record<string, unknown>) => string[]> = {
  speaker: () => ["speaker"],
  meeting: (change) => ["kind", "date", "location", "participants"].filter((field) => field in change).map((field) => (field === "location" ? "place" : field)),
  merge: () => ["merged"],
  split: () => ["split"],
  rename: () => ["name"],
  role: () => ["role"],
};

type Row = { kind: string; createdAt: Date; change: unknown };

function toNote(row: Row): CorrectionNote {
  const change = (row.change ?? {}) as Record<string, unknown>;
  return { kind: row.kind, at: row.createdAt, fields: FIELDS[row.kind]?.(change) ?? [] };
}

const select = { kind: true, createdAt: true, change: true } as const;

/** Notes per statement id, for a page that shows these statements. */
export const getStatementNotes = cached("getStatementNotes", async (statementIds: number[]): Promise<Record<number, CorrectionNote[]>> => {
  if (statementIds.length === 0) return {};
  const rows = await db.correction.findMany({ where: { status: "applied", statementIds: { hasSome: statementIds } }, select: { ...select, statementIds: true }, orderBy: { id: "asc" } });
  const notes: Record<number, CorrectionNote[]> = {};
  for (const row of rows) for (const id of row.statementIds) if (statementIds.includes(id)) (notes[id] ??= []).push(toNote(row));
  return notes;
});

export const getMeetingNotes = cached("getMeetingNotes", async (meetingId: number): Promise<CorrectionNote[]> => {
  const rows = await db.correction.findMany({ where: { status: "applied", meetingIds: { has: meetingId } }, select, orderBy: { id: "asc" } });
  return rows.map(toNote);
});

export const getPersonNotes = cached("getPersonNotes", async (actorId: number): Promise<CorrectionNote[]> => {
  const rows = await db.correction.findMany({ where: { status: "applied", actorIds: { has: actorId }, kind: { in: ["merge", "split", "rename", "role"] } }, select, orderBy: { id: "asc" } });
  return rows.map(toNote);
});
