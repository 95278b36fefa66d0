// Everyone in the record, filtered by kind and affiliation, with how often they meet and speak.
import "server-only";
import { db } from "@/lib/db/client";
import type { ActorKind } from "@/lib/db/generated/enums";
import type { PeopleFilters } from "@/lib/web/people-filters";
import { cached } from "./cached";
import { all, filledAffiliation, sql } from "./sql";

export const PEOPLE_PAGE_SIZE = 50;
/** Deeper pages are not read (the OFFSET would walk that many names): the filters narrow a long list. */
export const PEOPLE_MAX_PAGE = 200;

type PersonRow = { slug: string; name: string; kind: ActorKind; roleTitle: string | null; roleAffiliation: string | null; meetings: number; quotes: number };

export const listPeople = cached("listPeople", async (filters: PeopleFilters) => {
  const where = all([
    ...(filters.kind !== "all" ? [sql`a.kind = ${filters.kind}::"ActorKind"`] : []),
    ...(filters.affiliation ? [sql`EXISTS (SELECT 1 FROM role r WHERE r.actor_id = a.id AND r.affiliation = ${filters.affiliation})`] : []),
  ]);
  const [[count], rows] = await Promise.all([
    db.$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS total FROM actor a WHERE ${where}`,
    filters.page > PEOPLE_MAX_PAGE
      ? Promise.resolve([] as PersonRow[])
      : // Counts and the latest role per row, each from an index: Prisma's relation counts would group whole tables.
        db.$queryRaw<PersonRow[]>`
          SELECT a.slug, a.name, a.kind::text AS kind, latest.title AS "roleTitle", ${filledAffiliation(sql`a.id`, sql`latest.title`, sql`latest.affiliation`)} AS "roleAffiliation",
                 (SELECT count(*) FROM meeting_participant mp JOIN meeting m ON m.id = mp.meeting_id WHERE mp.actor_id = a.id AND m.kind IN ('meeting', 'call'))::int AS meetings,
                 (SELECT count(*) FROM statement s WHERE s.speaker_id = a.id)::int AS quotes
          FROM (SELECT id, slug, name, kind FROM actor a WHERE ${where} ORDER BY name, id LIMIT ${PEOPLE_PAGE_SIZE} OFFSET ${(filters.page - 1) * PEOPLE_PAGE_SIZE}) a
          LEFT JOIN LATERAL (SELECT r.title, r.affiliation FROM role r WHERE r.actor_id = a.id ORDER BY r.published_at DESC NULLS LAST, r.id DESC LIMIT 1) latest ON TRUE
          ORDER BY a.name, a.id`,
  ]);
  const people = rows.map(({ roleTitle, roleAffiliation, ...person }) => ({ ...person, role: roleTitle === null ? null : { title: roleTitle, affiliation: roleAffiliation } }));
  return { total: count?.total ?? 0, pageSize: PEOPLE_PAGE_SIZE, maxPage: PEOPLE_MAX_PAGE, people };
});

/** Every affiliation a role names, for the filter. */
export const listAffiliations = cached("listAffiliations", async (): Promise<string[]> => {
  const rows = await db.$queryRaw<Array<{ affiliation: string }>>`SELECT DISTINCT affiliation FROM role WHERE affiliation IS NOT NULL ORDER BY affiliation`;
  return rows.map((row) => row.affiliation);
});
