// Who a person met, when: counterparts grouped by what the meetings were. Held meetings and calls are meetings;
// planned and canceled ones are kept apart; two participants on the same side (the same country or body in their
// latest roles) went to a meeting together rather than meeting each other.
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

type Row = { slug: string; name: string; side: string | null; held: boolean; count: number; meetings: Array<{ slug: string; kind: MeetingKind; date: string | null; precision: DatePrecision }> };

// The affiliation of an actor's latest role: the side they are on.
const SIDE = (alias: string) => `(SELECT r.affiliation FROM role r WHERE r.actor_id = ${alias}.id ORDER BY r.published_at DESC NULLS LAST, r.id DESC LIMIT 1)`;

export const listRelationships = cached("listRelationships", async (actorId: number) => {
  const [rows, [own]] = await Promise.all([
    db.$queryRawUnsafe<Row[]>(
      `SELECT a.slug, a.name, ${SIDE("a")} AS side, g.held, g.count, g.meetings
       FROM (
         SELECT other.actor_id, m.kind IN ('meeting', 'call') AS held, count(*)::int AS count,
                (array_agg(json_build_object('slug', m.slug, 'kind', m.kind, 'date', m.date::text, 'precision', m.date_precision)
                           ORDER BY m.date DESC NULLS LAST, m.id DESC))[1:${DATES_SHOWN}] AS meetings
         FROM meeting_participant mine
         JOIN meeting m ON m.id = mine.meeting_id
         JOIN meeting_participant other ON other.meeting_id = mine.meeting_id AND other.actor_id <> mine.actor_id
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
    relationship: {
      slug: row.slug,
      name: row.name,
      side: row.side,
      count: row.count,
      meetings: row.meetings.map((meeting) => ({ slug: meeting.slug, kind: meeting.kind, date: dayOrNull(meeting.date), precision: meeting.precision })),
    } satisfies Relationship,
  }));
  const ranked = (list: Relationship[]) => list.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, COUNTERPARTS_SHOWN);
  const sameSide = (other: Relationship) => side !== null && other.side === side;
  return {
    side,
    /** Held meetings and calls with someone from another side (or whose side is not known). */
    met: ranked(relationships.filter(({ held, relationship }) => held && !sameSide(relationship)).map(({ relationship }) => relationship)),
    /** Held meetings and calls attended together, on the same side. */
    alongside: ranked(relationships.filter(({ held, relationship }) => held && sameSide(relationship)).map(({ relationship }) => relationship)),
    /** Planned and canceled meetings, with anyone. */
    notHeld: ranked(relationships.filter(({ held }) => !held).map(({ relationship }) => relationship)),
  };
});

export type Relationships = Awaited<ReturnType<typeof listRelationships>>;
