// What the record holds, in numbers, for the front page (counted once per record version, then cached).
import "server-only";
import { db } from "@/lib/db/client";
import { cached } from "./cached";

export const getRecordCounts = cached("getRecordCounts", async () => {
  const [articles, people, organizations, meetings, quotes] = await Promise.all([
    db.article.count(),
    db.actor.count({ where: { kind: "person" } }),
    db.actor.count({ where: { kind: { not: "person" } } }),
    db.meeting.count(),
    db.statement.count(),
  ]);
  return { articles, people, organizations, meetings, quotes };
});

/** The people (not organizations or countries) with the most statements. */
export const listMostQuoted = cached("listMostQuoted", async (take: number) => {
  return db.$queryRaw<Array<{ slug: string; name: string; kind: string; quotes: number }>>`
    SELECT a.slug, a.name, a.kind::text AS kind, q.quotes
    FROM (SELECT speaker_id, count(*)::int AS quotes FROM statement WHERE speaker_id IS NOT NULL GROUP BY speaker_id) q
    JOIN actor a ON a.id = q.speaker_id
    WHERE a.kind = 'person'
    ORDER BY q.quotes DESC, a.name ASC
    LIMIT ${take}`;
});
