-- When a quote or statement was said (the date the text pins, at its precision), and the paragraphs of an article
-- that are the publisher's page chrome rather than the article ("Follow us on …", photo credits), as spans.

-- AlterTable: undated (unknown precision) until the text pins a date; pages then show the publication date.
ALTER TABLE "statement" ADD COLUMN "said_date" DATE,
ADD COLUMN "said_date_precision" "DatePrecision" NOT NULL DEFAULT 'unknown';

-- CreateTable: spans never overlap, so an article and a start name one span.
CREATE TABLE "article_chrome" (
    "article_id" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "article_chrome_pkey" PRIMARY KEY ("article_id","start")
);

-- AddForeignKey
ALTER TABLE "article_chrome" ADD CONSTRAINT "article_chrome_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every article already in the record is extracted and loaded again by the next ingest, so the dates and chrome
-- its extraction gives are stored even when neither its file nor the extraction code changed since.
UPDATE "article" SET "extractor" = NULL, "extraction_hash" = '';
