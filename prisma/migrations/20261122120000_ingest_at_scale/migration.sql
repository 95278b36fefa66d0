-- Ingest at scale: name keys for indexed actor look-ups, the extraction fingerprint that lets an unchanged file
-- skip extraction, publication dates copied where lists are ordered by them, the record version that keys the
-- web's cached reads, and the look-ups a load makes (a text already in the record, a person's roles by date).

-- AlterTable
ALTER TABLE "article" ADD COLUMN "extractor" TEXT;

-- AlterTable: filled for existing rows by the ingest (lib/ingest/name-keys.ts), which owns the normalization.
ALTER TABLE "actor" ADD COLUMN "last_word" TEXT;

-- AlterTable
ALTER TABLE "actor_alias" ADD COLUMN "normalized" TEXT;

-- AlterTable
ALTER TABLE "role" ADD COLUMN "published_at" DATE;
UPDATE "role" r SET "published_at" = a."published_at" FROM "article" a WHERE a."id" = r."article_id";

-- AlterTable
ALTER TABLE "statement" ADD COLUMN "published_at" DATE;
UPDATE "statement" s SET "published_at" = a."published_at" FROM "article" a WHERE a."id" = s."article_id";

-- CreateTable
CREATE TABLE "record_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "record_version_pkey" PRIMARY KEY ("id"),
    -- Prisma cannot declare a check; the table holds exactly one row.
    CONSTRAINT "record_version_one_row" CHECK ("id" = 1)
);
INSERT INTO "record_version" ("id", "version") VALUES (1, 0);

-- CreateIndex
CREATE INDEX "actor_last_word_idx" ON "actor"("last_word");

-- CreateIndex
CREATE INDEX "actor_alias_normalized_idx" ON "actor_alias"("normalized");

-- CreateIndex
CREATE INDEX "role_actor_id_published_at_id_idx" ON "role"("actor_id", "published_at", "id");

-- CreateIndex
CREATE INDEX "article_content_hash_idx" ON "article"("content_hash");
