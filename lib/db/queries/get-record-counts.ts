// What the record holds, in numbers, for the front page.
import "server-only";
import { db } from "@/lib/db/client";

export async function getRecordCounts() {
  const [articles, people, organizations, meetings, quotes] = await Promise.all([
    db.article.count(),
    db.actor.count({ where: { kind: "person" } }),
    db.actor.count({ where: { kind: { not: "person" } } }),
    db.meeting.count(),
    db.statement.count(),
  ]);
  return { articles, people, organizations, meetings, quotes };
}

/** The actors with the most statements. */
export async function listMostQuoted(take: number) {
  const actors = await db.actor.findMany({
    where: { statements: { some: {} } },
    orderBy: [{ statements: { _count: "desc" } }, { name: "asc" }],
    take,
    select: { slug: true, name: true, kind: true, _count: { select: { statements: true } } },
  });
  return actors.map(({ _count, ...actor }) => ({ ...actor, quotes: _count.statements }));
}
