// Everyone in the record, filtered by kind and affiliation, with how often they meet and speak.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { PeopleFilters } from "@/lib/web/people-filters";

export const PEOPLE_PAGE_SIZE = 50;

export async function listPeople(filters: PeopleFilters) {
  const where: Prisma.ActorWhereInput = {
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.affiliation ? { roles: { some: { affiliation: filters.affiliation } } } : {}),
  };
  const [total, actors] = await Promise.all([
    db.actor.count({ where }),
    db.actor.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      select: {
        slug: true,
        name: true,
        kind: true,
        roles: { select: { title: true, affiliation: true }, orderBy: [{ article: { publishedAt: { sort: "desc", nulls: "last" } } }, { id: "desc" }], take: 1 },
        _count: { select: { meetings: true, statements: true } },
      },
    }),
  ]);
  const people = actors.map(({ roles, _count, ...actor }) => ({ ...actor, role: roles[0] ?? null, meetings: _count.meetings, quotes: _count.statements }));
  return { total, pageSize: PEOPLE_PAGE_SIZE, people };
}

/** Every affiliation a role names, for the filter. */
export async function listAffiliations(): Promise<string[]> {
  const roles = await db.role.findMany({ where: { affiliation: { not: null } }, distinct: ["affiliation"], select: { affiliation: true }, orderBy: { affiliation: "asc" } });
  return roles.flatMap((role) => (role.affiliation ? [role.affiliation] : []));
}
