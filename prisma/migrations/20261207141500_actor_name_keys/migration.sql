-- People are found by several keys (family name with its spelling folded, given name with the family name's
-- first letters, lineage) instead of the last word alone: a GIN-indexed array replaces "last_word". The keys are
-- computed by the ingest (lib/ingest/name-keys.ts), which fills them for existing rows before its first load.

-- AlterTable
ALTER TABLE "actor" ADD COLUMN "name_keys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- DropIndex
DROP INDEX "actor_last_word_idx";

-- AlterTable
ALTER TABLE "actor" DROP COLUMN "last_word";

-- CreateIndex
CREATE INDEX "actor_name_keys_idx" ON "actor" USING GIN ("name_keys");
