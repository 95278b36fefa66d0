// Makes a correction: builds it from the editor's request, stores it with who, when, what was there before and
// why, applies it, and bumps the record version, all in one transaction under the ingest lock (a correction
// and an ingest never interleave). A correction that cannot apply is refused, and nothing is written.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { INGEST_LOCK } from "@/lib/ingest/load-articles";
import { bumpRecordVersion } from "@/lib/ingest/record-version";
import { applyCorrection } from "./apply";
import { buildCorrection } from "./build-correction";
import { recordOutcome } from "./reapply";
import { CorrectionError, type CorrectionRequest } from "./requests";

export type MadeCorrection = { id: number; actorIds: number[]; meetingIds: number[]; statementIds: number[] };

export async function recordCorrection(db: Db, editorId: number, request: CorrectionRequest): Promise<MadeCorrection> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${INGEST_LOCK}::bigint)`;
      const built = await buildCorrection(tx, request);
      const row = await tx.correction.create({
        data: {
          editorId,
          kind: built.stored.kind,
          target: built.stored.target as Prisma.InputJsonObject,
          change: built.stored.change as Prisma.InputJsonObject,
          before: built.before,
          reason: built.reason,
          articleIds: built.articleIds,
        },
        select: { id: true },
      });
      const outcome = await applyCorrection(tx, built.stored);
      if ("review" in outcome) throw new CorrectionError(outcome.review);
      await recordOutcome(tx, row.id, outcome);
      if (built.undoes !== undefined) await tx.correction.update({ where: { id: built.undoes }, data: { status: "undone", undoneById: row.id } });
      await bumpRecordVersion(tx);
      return { id: row.id, ...outcome.touched };
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
}
