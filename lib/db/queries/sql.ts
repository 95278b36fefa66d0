// SQL fragments shared by the timeline, meeting and quote queries. Values are always bound parameters.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { PartialDate } from "@/lib/web/search-params";

export const sql = Prisma.sql;
export const empty = Prisma.empty;
export const join = Prisma.join;
export type Sql = Prisma.Sql;

/** AND-joins conditions; TRUE when there are none. */
export function all(conditions: Sql[]): Sql {
  return conditions.length === 0 ? sql`TRUE` : join(conditions, " AND ");
}

// The first and last day a meeting's date can mean, given its precision.
const meetingFirstDay = sql`(CASE m.date_precision WHEN 'year' THEN date_trunc('year', m.date)::date WHEN 'month' THEN date_trunc('month', m.date)::date ELSE m.date END)`;
const meetingLastDay = sql`(CASE m.date_precision WHEN 'year' THEN (date_trunc('year', m.date) + interval '1 year' - interval '1 day')::date WHEN 'month' THEN (date_trunc('month', m.date) + interval '1 month' - interval '1 day')::date ELSE m.date END)`;

/** Meetings (alias m) whose date can fall inside the range; an undated meeting matches no range. */
export function meetingInRange(from?: PartialDate, to?: PartialDate): Sql[] {
  const conditions: Sql[] = [];
  if (from || to) conditions.push(sql`m.date IS NOT NULL AND m.date_precision <> 'unknown'`);
  if (from) conditions.push(sql`${meetingLastDay} >= ${from.first}::date`);
  if (to) conditions.push(sql`${meetingFirstDay} <= ${to.last}::date`);
  return conditions;
}

/** Meetings (alias m) with at least one of these actors among the participants. */
export function meetingWithAnyOf(slugs: string[]): Sql[] {
  if (slugs.length === 0) return [];
  return [sql`EXISTS (SELECT 1 FROM meeting_participant mp JOIN actor pa ON pa.id = mp.actor_id WHERE mp.meeting_id = m.id AND pa.slug = ANY(${slugs}::text[]))`];
}

/** Statements (alias s) dated inside the range: a statement is dated by its article's publication. */
export function statementInRange(from?: PartialDate, to?: PartialDate): Sql[] {
  const conditions: Sql[] = [];
  if (from) conditions.push(sql`s.published_at >= ${from.first}::date`);
  if (to) conditions.push(sql`s.published_at <= ${to.last}::date`);
  return conditions;
}

/** Statements (alias s) by one of these speakers, found through the speaker index. */
export function speakerIn(slugs: string[]): Sql[] {
  if (slugs.length === 0) return [];
  return [sql`s.speaker_id = ANY(ARRAY(SELECT id FROM actor WHERE slug = ANY(${slugs}::text[])))`];
}

/** Statements (alias s) with no named speaker whose label contains one of these ("US official" in "a senior US official"). */
export function unnamedSpeakerLike(labels: string[]): Sql[] {
  if (labels.length === 0) return [];
  return [sql`s.speaker_id IS NULL AND ' ' || s.speaker_label || ' ' ILIKE ANY(${labels.map(wordsWithin)}::text[])`];
}

/** An ILIKE pattern for `words` as whole words inside a text padded with spaces ("us official" is not in "previous official"). */
export function wordsWithin(words: string): string {
  return `% ${escapeLike(words.trim())} %`;
}

/** `text` with LIKE's wildcards taken literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Statements whose article (alias a) was published inside the range: a statement is dated by its report. */
export function articleInRange(from?: PartialDate, to?: PartialDate): Sql[] {
  const conditions: Sql[] = [];
  if (from) conditions.push(sql`a.published_at >= ${from.first}::date`);
  if (to) conditions.push(sql`a.published_at <= ${to.last}::date`);
  return conditions;
}

/** Reads a "YYYY-MM-DD" column value (selected as text) as a UTC date. */
export function dayOrNull(value: string | null): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}

/** The columns every meeting a page lists or shows is read with (a Prisma select). */
export const meetingHeadSelect = { id: true, slug: true, kind: true, date: true, datePrecision: true, location: true } as const;

/**
 * A summary role's affiliation (the role shown beside a name): its own, else the one this person's roles with the
 * same title name most often. Articles name a title with its country in one place and alone in another
 * ("National Security Adviser, Israel"; "the National Security Adviser"); shown alone it reads as another role.
 * `actor`, `title` and `affiliation` are the role row's columns as the query names them.
 */
export function filledAffiliation(actor: Sql, title: Sql, affiliation: Sql): Sql {
  return sql`coalesce(${affiliation}, (
    SELECT same.affiliation FROM role same
    WHERE same.actor_id = ${actor} AND lower(same.title) = lower(${title}) AND same.affiliation IS NOT NULL
    GROUP BY same.affiliation ORDER BY count(*) DESC, same.affiliation LIMIT 1))`;
}
