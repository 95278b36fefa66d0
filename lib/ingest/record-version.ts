// The record version that keys the web's cached reads (docs/decisions/004): every transaction that changes
// what pages show increments it, an ingest or a correction alike.
import type { Prisma } from "@/lib/db/generated/client";

export async function bumpRecordVersion(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "record_version" ("id", "version", "changed_at") VALUES (1, 1, now())
    ON CONFLICT ("id") DO UPDATE SET "version" = "record_version"."version" + 1, "changed_at" = now()`;
}
