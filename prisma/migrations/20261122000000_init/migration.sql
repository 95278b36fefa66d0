-- Readout's record. Hand-written in the SQL `prisma migrate dev` would generate for prisma/schema.prisma,
-- plus what Prisma cannot express: the pg_trgm extension and the generated tsvector column.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('person', 'organization', 'country', 'group');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('meeting', 'call', 'planned', 'canceled');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year', 'unknown');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('direct', 'partial', 'indirect');

-- CreateEnum
CREATE TYPE "SlugOwner" AS ENUM ('actor', 'meeting', 'article');

-- CreateTable
CREATE TABLE "article" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "extraction_hash" TEXT NOT NULL,
    "title" TEXT,
    "outlet" TEXT,
    "url" TEXT,
    "published_at" DATE,
    "body" TEXT NOT NULL,
    "ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_alias" (
    "id" SERIAL NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "article_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[],

    CONSTRAINT "actor_alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "role" (
    "id" SERIAL NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "article_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "affiliation" TEXT,
    "start" INTEGER,
    "end" INTEGER,

    CONSTRAINT "role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mention" (
    "id" SERIAL NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "article_id" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "date" DATE,
    "date_precision" "DatePrecision" NOT NULL DEFAULT 'unknown',
    "location" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_participant" (
    "meeting_id" INTEGER NOT NULL,
    "actor_id" INTEGER NOT NULL,

    CONSTRAINT "meeting_participant_pkey" PRIMARY KEY ("meeting_id","actor_id")
);

-- CreateTable
CREATE TABLE "meeting_source" (
    "id" SERIAL NOT NULL,
    "meeting_id" INTEGER NOT NULL,
    "article_id" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "caption" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "meeting_source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "speaker_id" INTEGER,
    "speaker_label" TEXT NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "cue" TEXT,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "caption" BOOLEAN NOT NULL DEFAULT false,
    "meeting_id" INTEGER,
    -- Prisma cannot declare a generated column; the schema names it Unsupported("tsvector").
    "search" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "text")) STORED,

    CONSTRAINT "statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "slug_history" (
    "id" SERIAL NOT NULL,
    "owner" "SlugOwner" NOT NULL,
    "slug" TEXT NOT NULL,
    "target_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "slug_history_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "article_slug_key" ON "article"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "article_file_name_key" ON "article"("file_name");

-- CreateIndex
CREATE INDEX "article_published_at_idx" ON "article"("published_at");

-- CreateIndex
CREATE UNIQUE INDEX "actor_slug_key" ON "actor"("slug");

-- CreateIndex
CREATE INDEX "actor_kind_idx" ON "actor"("kind");

-- CreateIndex
CREATE INDEX "actor_name_idx" ON "actor" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "actor_alias_alias_idx" ON "actor_alias" USING GIN ("alias" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "actor_alias_actor_id_alias_key" ON "actor_alias"("actor_id", "alias");

-- CreateIndex
CREATE INDEX "role_actor_id_idx" ON "role"("actor_id");

-- CreateIndex
CREATE INDEX "role_article_id_idx" ON "role"("article_id");

-- CreateIndex
CREATE INDEX "mention_actor_id_article_id_idx" ON "mention"("actor_id", "article_id");

-- CreateIndex
CREATE INDEX "mention_article_id_idx" ON "mention"("article_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_slug_key" ON "meeting"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_key_key" ON "meeting"("key");

-- CreateIndex
CREATE INDEX "meeting_date_idx" ON "meeting"("date");

-- CreateIndex
CREATE INDEX "meeting_participant_actor_id_idx" ON "meeting_participant"("actor_id");

-- CreateIndex
CREATE INDEX "meeting_source_meeting_id_idx" ON "meeting_source"("meeting_id");

-- CreateIndex
CREATE INDEX "meeting_source_article_id_idx" ON "meeting_source"("article_id");

-- CreateIndex
CREATE INDEX "statement_speaker_id_idx" ON "statement"("speaker_id");

-- CreateIndex
CREATE INDEX "statement_article_id_idx" ON "statement"("article_id");

-- CreateIndex
CREATE INDEX "statement_meeting_id_idx" ON "statement"("meeting_id");

-- CreateIndex
CREATE INDEX "statement_search_idx" ON "statement" USING GIN ("search");

-- CreateIndex
CREATE UNIQUE INDEX "slug_history_owner_slug_key" ON "slug_history"("owner", "slug");

-- AddForeignKey
ALTER TABLE "actor_alias" ADD CONSTRAINT "actor_alias_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role" ADD CONSTRAINT "role_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role" ADD CONSTRAINT "role_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_source" ADD CONSTRAINT "meeting_source_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_source" ADD CONSTRAINT "meeting_source_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
