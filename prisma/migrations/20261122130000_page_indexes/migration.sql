-- Pages at scale: every list a page shows is read from an index in its own order, LIMITed, so its cost does not
-- grow with the record. Prisma's schema cannot say NULLS FIRST/LAST; the orders below match the queries'
-- `... DESC NULLS LAST` (or a backward scan of `... NULLS FIRST`). Indexes whose leading column a new composite
-- index starts with are dropped: one less index to maintain per inserted row.

-- AlterTable: a participant row carries its meeting's date, so a person's meetings are read in date order.
ALTER TABLE "meeting_participant" ADD COLUMN "meeting_date" DATE;
UPDATE "meeting_participant" mp SET "meeting_date" = m."date" FROM "meeting" m WHERE m."id" = mp."meeting_id";

-- AlterTable: quote search in the 'simple' configuration (a query of stop words only) reads an index too.
ALTER TABLE "statement" ADD COLUMN "search_simple" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "text")) STORED;

-- DropIndex
DROP INDEX "statement_speaker_id_idx";

-- DropIndex
DROP INDEX "role_actor_id_idx";

-- DropIndex
DROP INDEX "meeting_participant_actor_id_idx";

-- DropIndex: recreated with NULLS FIRST, so a backward scan gives `published_at DESC NULLS LAST`.
DROP INDEX "role_actor_id_published_at_id_idx";
CREATE INDEX "role_actor_id_published_at_id_idx" ON "role"("actor_id", "published_at" NULLS FIRST, "id");

-- DropIndex: recreated with NULLS FIRST for the article list, newest first.
DROP INDEX "article_published_at_idx";
CREATE INDEX "article_published_at_idx" ON "article"("published_at" NULLS FIRST);

-- CreateIndex: a speaker's quotes, newest report first (person page, quote search by speaker).
CREATE INDEX "statement_speaker_id_published_at_article_id_start_id_idx" ON "statement"("speaker_id", "published_at" DESC NULLS LAST, "article_id", "start", "id");

-- CreateIndex: all quotes, newest report first (quote search by words or dates).
CREATE INDEX "statement_published_at_article_id_start_id_idx" ON "statement"("published_at" DESC NULLS LAST, "article_id", "start", "id");

-- CreateIndex: dated statements oldest first (the timeline).
CREATE INDEX "statement_published_at_id_idx" ON "statement"("published_at", "id");

-- CreateIndex
CREATE INDEX "statement_search_simple_idx" ON "statement" USING GIN ("search_simple");

-- CreateIndex: the people filter of the people list and its list of affiliations.
CREATE INDEX "role_affiliation_idx" ON "role"("affiliation");

-- CreateIndex: newest meetings first (home page, meetings API).
CREATE INDEX "meeting_date_id_idx" ON "meeting"("date" DESC NULLS LAST, "id" DESC);

-- CreateIndex: a person's meetings in date order (person page, neighbouring meetings).
CREATE INDEX "meeting_participant_actor_id_meeting_date_meeting_id_idx" ON "meeting_participant"("actor_id", "meeting_date", "meeting_id");

-- CreateIndex: everyone by name (people list).
CREATE INDEX "actor_name_id_idx" ON "actor"("name", "id");
