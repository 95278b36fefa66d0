// The public history of a person or a meeting: every correction that touched it, oldest first, with what the
// record said before and the editor's reason (the editor's address stays private).
import "server-only";
import { db } from "@/lib/db/client";
import { cached } from "./cached";

export type HistoryEntry = { id: number; kind: string; status: string; at: Date; before: unknown; change: unknown; reason: string | null };

const select = { id: true, kind: true, status: true, createdAt: true, before: true, change: true, reason: true } as const;
const toEntry = (row: { id: number; kind: string; status: string; createdAt: Date; before: unknown; change: unknown; reason: string | null }): HistoryEntry => ({
  id: row.id,
  kind: row.kind,
  status: row.status,
  at: row.createdAt,
  before: row.before,
  change: row.change,
  reason: row.reason,
});

export const listPersonHistory = cached("listPersonHistory", async (actorId: number): Promise<HistoryEntry[]> => {
  const rows = await db.correction.findMany({ where: { actorIds: { has: actorId } }, select, orderBy: { id: "asc" }, take: 500 });
  return rows.map(toEntry);
});

export const listMeetingHistory = cached("listMeetingHistory", async (meetingId: number): Promise<HistoryEntry[]> => {
  const rows = await db.correction.findMany({ where: { meetingIds: { has: meetingId } }, select, orderBy: { id: "asc" }, take: 500 });
  return rows.map(toEntry);
});
