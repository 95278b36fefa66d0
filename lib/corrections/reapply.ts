// After an ingest replaced articles' facts, every correction that names those articles is applied again, in
// the order editors made them, inside the ingest's transaction: pages never see the uncorrected facts.
import type { Prisma } from "@/lib/db/generated/client";
import { applyCorrection } from "./apply";
import { storedCorrectionSchema, type Outcome } from "./kinds";

type Tx = Prisma.TransactionClient;

export async function reapplyCorrections(tx: Tx, articleIds: number[]): Promise<{ applied: number; needsReview: number }> {
  if (articleIds.length === 0) return { applied: 0, needsReview: 0 };
  const rows = await tx.$queryRaw<Array<{ id: number; kind: string; target: unknown; change: unknown }>>`
    SELECT "id", "kind"::text AS "kind", "target", "change" FROM "correction"
    WHERE "article_ids" && ${articleIds}::int[] AND "status" <> 'undone' ORDER BY "id"`;
  let needsReview = 0;
  for (const row of rows) {
    const outcome = await applyCorrection(tx, storedCorrectionSchema.parse(row));
    if ("review" in outcome) needsReview++;
    await recordOutcome(tx, row.id, outcome);
  }
  return { applied: rows.length - needsReview, needsReview };
}

/** Keeps the rows a correction touched (for notes and history) or why it waits for review. */
export async function recordOutcome(tx: Tx, id: number, outcome: Outcome): Promise<void> {
  if ("review" in outcome) {
    await tx.correction.update({ where: { id }, data: { status: "needs_review", reviewNote: outcome.review } });
    return;
  }
  const { actorIds, meetingIds, statementIds } = outcome.touched;
  await tx.correction.update({ where: { id }, data: { status: "applied", reviewNote: null, appliedAt: new Date(), actorIds, meetingIds, statementIds } });
}
