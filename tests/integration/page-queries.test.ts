// The page queries read lists from indexes in their own order, with LIMITs and capped counts; here each one is
// checked against the straightforward query it replaces (read everything, sort, cut) on a generated corpus.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { writeCorpus } from "@/lib/corpus/write-corpus";
import { getRecordCounts } from "@/lib/db/queries/get-record-counts";
import { getAdjacentMeetings, getMeetingBySlug } from "@/lib/db/queries/get-meeting";
import { getPersonBySlug, listPersonActivity, listPersonArticles } from "@/lib/db/queries/get-person";
import { listTimeline } from "@/lib/db/queries/list-timeline";
import { findQuotes } from "@/lib/db/queries/search-quotes";
import { ingestFiles } from "@/lib/ingest/ingest-files";
import { partialDateRange } from "@/lib/web/dates";
import { roleAtTime } from "@/lib/web/roles";
import { parseQuoteFilters } from "@/lib/web/quote-filters";
import { parseTimelineFilters } from "@/lib/web/timeline-filters";

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-pages-"));
  await writeCorpus(dir, { articles: 80, seed: 3 });
  await ingestFiles(db, [dir], { threads: 0 });
  return () => fs.rm(dir, { recursive: true, force: true });
});

async function busiest(): Promise<{ id: number; slug: string }> {
  const [row] = await db.$queryRaw<Array<{ id: number; slug: string }>>`
    SELECT a.id, a.slug FROM actor a JOIN meeting_participant mp ON mp.actor_id = a.id GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1`;
  if (!row) throw new Error("the corpus has no meetings");
  return row;
}

function timelineFilters(query: Record<string, string>) {
  const parsed = parseTimelineFilters(query);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe("page queries", () => {
  it("give each meeting's participants the role lib/web/roles.ts chooses, and the same neighbours as one grouped query", async () => {
    const meetings = await db.meeting.findMany({ select: { slug: true }, orderBy: { id: "asc" }, take: 60 });
    expect(meetings.length).toBe(60);
    for (const { slug } of meetings) {
      const meeting = await getMeetingBySlug(slug);
      if (!meeting) throw new Error(`no meeting ${slug}`);
      const sources = meeting.sources.map((source) => source.article.id);
      for (const participant of meeting.participants) {
        const roles = await db.role.findMany({ where: { actorId: participant.id }, orderBy: { id: "asc" }, select: { title: true, affiliation: true, articleId: true, article: { select: { publishedAt: true } } } });
        const expected = roleAtTime(roles.map((role) => ({ ...role, publishedAt: role.article.publishedAt })), sources, meeting.date);
        expect(participant.role, `${slug}: ${participant.slug}`).toEqual(expected ? { title: expected.title, affiliation: expected.affiliation } : null);
      }
      const ids = meeting.participants.map((participant) => participant.id);
      const neighbours = await getAdjacentMeetings(meeting);
      // The nearest meeting of all the participants; else, for three or more, of all but one.
      const nearest = async (needed: number, compare: string, order: string) => {
        const [found] = meeting.date
          ? await db.$queryRawUnsafe<Array<{ slug: string }>>(
              `SELECT m.slug FROM meeting m JOIN meeting_participant mp ON mp.meeting_id = m.id
               WHERE mp.actor_id = ANY($1::int[]) AND m.id <> $2 AND m.date IS NOT NULL AND (m.date, m.id) ${compare} ($3::date, $2::int)
               GROUP BY m.id HAVING count(*) >= $4 ORDER BY m.date ${order}, m.id ${order} LIMIT 1`,
              ids,
              meeting.id,
              meeting.date.toISOString().slice(0, 10),
              needed,
            )
          : [];
        return found;
      };
      for (const [direction, compare, order] of [["previous", "<", "DESC"], ["next", ">", "ASC"]] as const) {
        const expected = (await nearest(ids.length, compare, order)) ?? (ids.length >= 3 ? await nearest(ids.length - 1, compare, order) : undefined);
        expect(neighbours[direction]?.slug ?? null, `${slug} ${direction}`).toBe(expected?.slug ?? null);
      }
    }
  });

  it("page the timeline as one ORDER BY over every meeting and dated statement would", async () => {
    const person = await busiest();
    // Every entry with what the filters look at; the filters are then applied here, not by SQL.
    const everything = await db.$queryRawUnsafe<Array<{ type: string; id: number; kind: string; day: string | null; precision: string; people: number[] }>>(
      `SELECT type, id, kind, day, precision, people FROM (
         SELECT 'meeting' AS type, m.id, m.kind::text AS kind, m.date AS date, m.date::text AS day, m.date_precision::text AS precision,
                ARRAY(SELECT mp.actor_id FROM meeting_participant mp WHERE mp.meeting_id = m.id) AS people
         FROM meeting m
         UNION ALL
         SELECT 'statement', s.id, 'statement', a.published_at, a.published_at::text, 'day', ARRAY[s.speaker_id]
         FROM statement s JOIN article a ON a.id = s.article_id WHERE a.published_at IS NOT NULL
       ) e ORDER BY date ASC NULLS LAST, type, id`,
    );
    // The days a dated entry can mean: a meeting known to the month or year covers all of it.
    const covers = (entry: (typeof everything)[number]) => {
      if (!entry.day || entry.precision === "unknown") return null;
      return partialDateRange(entry.day.slice(0, entry.precision === "year" ? 4 : entry.precision === "month" ? 7 : 10));
    };
    const monthOf = (type: string) => everything.find((entry) => entry.type === type && entry.precision === "day" && entry.day)?.day?.slice(0, 7) ?? "none";
    const queries: Array<Record<string, string>> = [
      {},
      { person: person.slug },
      { kind: "statement" },
      { kind: "call" },
      { kind: "meeting", person: person.slug },
      { from: "2018", to: "2021" },
      // A month that holds a meeting dated to the day, with and without a kind.
      { from: monthOf("meeting"), to: monthOf("meeting") },
      { kind: "statement", from: monthOf("statement"), to: monthOf("statement") },
      { kind: "statement", from: "2019-06-01" },
    ];
    for (const query of queries) {
      const filters = timelineFilters(query);
      const expected = everything
        .filter((entry) => !query.person || entry.people.includes(person.id))
        // Without a kind the timeline shows meetings held and calls.
        .filter((entry) => (query.kind ? entry.kind === query.kind : entry.kind === "meeting" || entry.kind === "call"))
        .filter((entry) => {
          if (!filters.from && !filters.to) return true;
          const days = covers(entry);
          return !!days && (!filters.from || days.last >= filters.from.first) && (!filters.to || days.first <= filters.to.last);
        })
        .map(({ type, id }) => ({ type, id }));
      expect(expected.length, `${JSON.stringify(query)} matches entries in the corpus`).toBeGreaterThan(0);
      for (const page of [1, 2, 3]) {
        const timeline = await listTimeline({ ...filters, page });
        const got = timeline.entries.map((entry) => (entry.type === "meeting" ? { type: "meeting", id: entry.meeting.id } : { type: "statement", id: entry.statement.id }));
        expect(got, `${JSON.stringify(query)} page ${page}`).toEqual(expected.slice((page - 1) * 40, page * 40));
        expect(timeline.total, JSON.stringify(query)).toBe(expected.length);
      }
    }
  });

  it("search quotes in the order and number the straightforward query gives", async () => {
    const person = await busiest();
    const [word] = await db.$queryRaw<Array<{ word: string }>>`SELECT word FROM ts_stat('SELECT search FROM statement') WHERE length(word) > 4 ORDER BY ndoc DESC, word LIMIT 1`;
    for (const query of [{ q: word?.word ?? "agreement", sort: "date" }, { speaker: person.slug }, { speaker: person.slug, q: word?.word ?? "agreement", sort: "date" }, { q: "we will be" }]) {
      const parsed = parseQuoteFilters(query);
      if (!parsed.ok) throw new Error(parsed.error);
      const result = await findQuotes(parsed.value);
      const config = "q" in query && query.q === "we will be" ? "simple" : "english";
      const expected = await db.$queryRawUnsafe<Array<{ id: number }>>(
        `SELECT s.id FROM statement s JOIN article a ON a.id = s.article_id LEFT JOIN actor sp ON sp.id = s.speaker_id
         WHERE ($1::text IS NULL OR to_tsvector($3::regconfig, s.text) @@ websearch_to_tsquery($3::regconfig, $1)) AND ($2::text IS NULL OR sp.slug = $2)
         ORDER BY ${parsed.value.sort === "relevance" ? `ts_rank(to_tsvector($3::regconfig, s.text), websearch_to_tsquery($3::regconfig, $1)) DESC,` : ""} a.published_at DESC NULLS LAST, s.article_id, s.start, s.id`,
        "q" in query ? query.q : null,
        "speaker" in query ? query.speaker : null,
        config,
      );
      expect(expected.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(result.total).toBe(Math.min(expected.length, 1000));
      expect(result.quotes.map((quote) => quote.id), JSON.stringify(query)).toEqual(expected.slice(0, 20).map((row) => row.id));
    }
  });

  it("list a person's first meetings, latest quotes and articles as the straightforward queries do", async () => {
    const person = await busiest();
    const detail = await getPersonBySlug(person.slug);
    const activity = await listPersonActivity(person.id);
    const meetings = await db.$queryRaw<Array<{ slug: string }>>`
      SELECT m.slug FROM meeting m JOIN meeting_participant mp ON mp.meeting_id = m.id WHERE mp.actor_id = ${person.id} ORDER BY m.date ASC NULLS LAST, m.id LIMIT 30`;
    expect(activity.meetings.map((meeting) => meeting.slug)).toEqual(meetings.map((meeting) => meeting.slug));
    const quotes = await db.$queryRaw<Array<{ id: number }>>`
      SELECT s.id FROM statement s JOIN article a ON a.id = s.article_id WHERE s.speaker_id = ${person.id} ORDER BY a.published_at DESC NULLS LAST, s.article_id, s.start, s.id LIMIT 20`;
    expect(activity.quotes.map((quote) => quote.id)).toEqual(quotes.map((quote) => quote.id));
    const [articles] = await db.$queryRaw<Array<{ total: number }>>`
      SELECT count(*)::int AS total FROM article a WHERE EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id AND m.actor_id = ${person.id})
        OR EXISTS (SELECT 1 FROM statement s WHERE s.article_id = a.id AND s.speaker_id = ${person.id}) OR EXISTS (SELECT 1 FROM role r WHERE r.article_id = a.id AND r.actor_id = ${person.id})`;
    expect((await listPersonArticles(person.id)).total).toBe(articles?.total);
    const [counts] = await db.$queryRaw<Array<{ meetings: number; notHeld: number; statements: number }>>`
      SELECT (SELECT count(*) FROM meeting_participant mp JOIN meeting m ON m.id = mp.meeting_id WHERE mp.actor_id = ${person.id} AND m.kind IN ('meeting', 'call'))::int AS meetings,
             (SELECT count(*) FROM meeting_participant mp JOIN meeting m ON m.id = mp.meeting_id WHERE mp.actor_id = ${person.id} AND m.kind IN ('planned', 'canceled'))::int AS "notHeld",
             (SELECT count(*) FROM statement WHERE speaker_id = ${person.id})::int AS statements`;
    expect(detail?._count).toEqual(counts);
  });

  it("serve cached reads until an ingest changes the record, then fresh ones", async () => {
    const before = await getRecordCounts();
    // A row written behind the ingest's back (no new record version) is not seen: the read is cached.
    await db.$executeRaw`INSERT INTO article (slug, file_name, content_hash, extraction_hash, body) VALUES ('behind', 'behind.txt', 'h', 'e', 'text')`;
    expect(await getRecordCounts()).toEqual(before);
    // The same seed's first 80 articles are the files already loaded; five are new.
    await writeCorpus(path.join(dir, "more"), { articles: 85, seed: 3 });
    await ingestFiles(db, [path.join(dir, "more")], { threads: 0 });
    const after = await getRecordCounts();
    expect(after.articles).toBe(before.articles + 1 + 5);
    expect(after.quotes).toBeGreaterThan(before.quotes);
  });
});
