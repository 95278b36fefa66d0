-- The distinct titles and affiliations articles give each actor, kept beside it: the evidence the name rules ask
-- for (lib/ingest/person-match.ts) is read with a candidate at no cost, instead of from every role row of a
-- person named in thousands of articles. The ingest keeps them (lib/ingest/actor-roles.ts).

-- AlterTable
ALTER TABLE "actor" ADD COLUMN "titles" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "affiliations" TEXT[] DEFAULT ARRAY[]::TEXT[];

UPDATE "actor" a SET
  "titles" = ARRAY(SELECT DISTINCT r."title" FROM "role" r WHERE r."actor_id" = a."id" ORDER BY 1),
  "affiliations" = ARRAY(SELECT DISTINCT r."affiliation" FROM "role" r WHERE r."actor_id" = a."id" AND r."affiliation" IS NOT NULL ORDER BY 1);
