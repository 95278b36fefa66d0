-- Editors and corrections. Editors sign in (sessions and login attempts live here, not in memory, so any app
-- instance can check them); a correction is its own record (who, when, what was there before, why) that
-- names its fact by article and text span or by the names an article uses, and is re-applied on every
-- re-ingest of the articles it names (docs/decisions/007-editors-and-corrections.md).

-- CreateEnum
CREATE TYPE "CorrectionKind" AS ENUM ('speaker', 'hide_statement', 'hide_meeting', 'hide_person', 'meeting', 'merge', 'split', 'rename', 'role');

-- CreateEnum
CREATE TYPE "CorrectionStatus" AS ENUM ('applied', 'needs_review', 'undone');

-- CreateTable: an editor is never deleted (their corrections keep naming them); removal ends their access.
CREATE TABLE "editor" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "password_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed_at" TIMESTAMPTZ(3),

    CONSTRAINT "editor_pkey" PRIMARY KEY ("id")
);

-- CreateTable: one-time setup links; only the token's hash is stored.
CREATE TABLE "editor_setup" (
    "token_hash" TEXT NOT NULL,
    "editor_id" INTEGER NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "editor_setup_pkey" PRIMARY KEY ("token_hash")
);

-- CreateTable: signed-in browsers; only the cookie token's hash is stored.
CREATE TABLE "editor_session" (
    "id" TEXT NOT NULL,
    "editor_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "editor_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable: every sign-in attempt, counted per account and per address to rate-limit guessing.
CREATE TABLE "login_attempt" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "correction" (
    "id" SERIAL NOT NULL,
    "editor_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" "CorrectionKind" NOT NULL,
    "status" "CorrectionStatus" NOT NULL DEFAULT 'applied',
    "target" JSONB NOT NULL,
    "change" JSONB NOT NULL,
    "before" JSONB NOT NULL,
    "reason" TEXT,
    "review_note" TEXT,
    "applied_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_by_id" INTEGER,
    "article_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "actor_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "meeting_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "statement_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[],

    CONSTRAINT "correction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "editor_email_key" ON "editor"("email");

-- CreateIndex
CREATE INDEX "editor_setup_editor_id_idx" ON "editor_setup"("editor_id");

-- CreateIndex
CREATE INDEX "editor_session_editor_id_idx" ON "editor_session"("editor_id");

-- CreateIndex
CREATE INDEX "login_attempt_email_at_idx" ON "login_attempt"("email", "at");

-- CreateIndex
CREATE INDEX "login_attempt_address_at_idx" ON "login_attempt"("address", "at");

-- CreateIndex
CREATE INDEX "correction_created_at_idx" ON "correction"("created_at");

-- CreateIndex
CREATE INDEX "correction_status_idx" ON "correction"("status");

-- CreateIndex: the corrections an ingest of these articles must re-apply.
CREATE INDEX "correction_article_ids_idx" ON "correction" USING GIN ("article_ids");

-- CreateIndex: a person's history and notes.
CREATE INDEX "correction_actor_ids_idx" ON "correction" USING GIN ("actor_ids");

-- CreateIndex: a meeting's history and notes.
CREATE INDEX "correction_meeting_ids_idx" ON "correction" USING GIN ("meeting_ids");

-- CreateIndex: a quote's "corrected" note.
CREATE INDEX "correction_statement_ids_idx" ON "correction" USING GIN ("statement_ids");

-- AddForeignKey
ALTER TABLE "editor_setup" ADD CONSTRAINT "editor_setup_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "editor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "editor_session" ADD CONSTRAINT "editor_session_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "editor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction" ADD CONSTRAINT "correction_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "editor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction" ADD CONSTRAINT "correction_undone_by_id_fkey" FOREIGN KEY ("undone_by_id") REFERENCES "correction"("id") ON DELETE SET NULL ON UPDATE CASCADE;
