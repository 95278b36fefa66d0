// Who a person met, when: counterparts grouped by what the meetings were. Held meetings and calls are meetings;
// planned and canceled ones are kept apart. Two participants on the same side of a meeting went to it together
// rather than meeting each other: the record has no sides, so they are taken as such when their roles name the
// same body or country, or when, never meeting alone, they met others together more than once, each time
// different others (a delegation), and the page says so.
import "server-only";
import { db } from "@/lib/db/client";
import type { DatePrecision, MeetingKind } from "@/lib/db/generated/enums";
import { cached } from "./cached";
import { dayOrNull } from "./sql";

/** Meetings listed under each counterpart; the rest are counted. */
const DATES_SHOWN = 4;
const COUNTERPARTS_SHOWN = 12;

export type RelationshipMeeting = { slug: string; kind: MeetingKind; date: Date | null; precision: DatePrecision };
export type Relationship = { slug: string; name: string; side: string | null; count: number; meetings: RelationshipMeeting[] };

type Row = { slug: string; name: string; side: string | null; held: boolean; count: number; alone: number; companies: number; meetings: Array<{ slug: string; kind: MeetingKind; date: string | null; precision: DatePrecision }> };

// The affiliation an actor's roles name most often: the side they are on, when the articles say.
const SIDE = (alias: string) =>
  `(SELECT r.affiliation FROM role r WHERE r.actor_id = ${alias}.id AND r.affiliation IS NOT NULL GROUP BY r.affiliation ORDER BY count(*) DESC, max(r.published_at) DESC NULLS LAST LIMIT 1)`;

export const listRelationships = cached("listRelationships", async (actorId: number) => {
  const [rows, [own]] = await Promise.all([
    db.$queryRawUnsafe<Row[]>(
      `SELECT a.slug, a.name, ${SIDE("a")} AS side, g.held, g.count, g.alone, g.companies, g.meetings
       FROM (
         SELECT other.actor_id, m.kind IN ('meeting', 'call') AS held, count(*)::int AS count,
                count(*) FILTER (WHERE company.others IS NULL)::int AS alone,
                count(DISTINCT company.others)::int AS companies,
                (array_agg(json_build_object('slug', m.slug, 'kind', m.kind, 'date', m.date::text, 'precision', m.date_precision)
                           ORDER BY m.date DESC NULLS LAST, m.id DESC))[1:${DATES_SHOWN}] AS meetings
         FROM meeting_participant mine
         JOIN meeting m ON m.id = mine.meeting_id
         JOIN meeting_participant other ON other.meeting_id = mine.meeting_id AND other.actor_id <> mine.actor_id
         -- Who else was there (null when the two were alone).
         CROSS JOIN LATERAL (
           SELECT array_agg(x.actor_id ORDER BY x.actor_id)::text AS others FROM meeting_participant x
           WHERE x.meeting_id = m.id AND x.actor_id <> mine.actor_id AND x.actor_id <> other.actor_id
         ) company
         WHERE mine.actor_id = $1
         GROUP BY other.actor_id, held
       ) g JOIN actor a ON a.id = g.actor_id`,
      actorId,
    ),
    db.$queryRawUnsafe<Array<{ side: string | null }>>(`SELECT ${SIDE("a")} AS side FROM actor a WHERE a.id = $1`, actorId),
  ]);
  const side = own?.side ?? null;
  const relationships = rows.map((row) => ({
    held: row.held,
    // Never alone, and with different others at least twice: a delegation rather than a meeting of the two.
    together: row.alone === 0 && row.companies >= 2,
    relationship: {
      slug: row.slug,
      name: row.name,
      side: row.side,
      count: row.count,
      meetings: row.meetings.map((meeting) => ({ slug: meeting.slug, kind: meeting.kind, date: dayOrNull(meeting.date), precision: meeting.precision })),
    } satisfies Relationship,
  }));
  const ranked = (list: Relationship[]) => list.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, COUNTERPARTS_SHOWN);
  const sameSide = ({ relationship, together }: { relationship: Relationship; together: boolean }) => (side !== null && relationship.side === side) || together;
  return {
    side,
    /** Held meetings and calls with someone from another side (or whose side is not known). */
    met: ranked(relationships.filter((row) => row.held && !sameSide(row)).map(({ relationship }) => relationship)),
    /** Held meetings and calls attended together, on the same side (by their roles, or as a delegation). */
    alongside: ranked(relationships.filter((row) => row.held && sameSide(row)).map(({ relationship }) => relationship)),
    /** Planned and canceled meetings, with anyone. */
    notHeld: ranked(relationships.filter(({ held }) => !held).map(({ relationship }) => relationship)),
  };
});

export type Relationships = Awaited<ReturnType<typeof listRelationships>>;
