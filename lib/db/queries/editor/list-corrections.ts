// The editors' view of the audit trail: every correction with who made it, and those waiting for review.
// Not cached: editors see the record as it is this moment.
import "server-only";
import { db } from "@/lib/db/client";

const select = { id: true, kind: true, status: true, createdAt: true, reason: true, reviewNote: true, before: true, change: true, editor: { select: { email: true } } } as const;

export function listCorrectionsToReview() {
  return db.correction.findMany({ where: { status: "needs_review" }, select, orderBy: { id: "asc" }, take: 200 });
}

export function listRecentCorrections(limit = 50) {
  return db.correction.findMany({ select, orderBy: { id: "desc" }, take: limit });
}

export type CorrectionRow = Awaited<ReturnType<typeof listRecentCorrections>>[number];
