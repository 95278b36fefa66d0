// Every meeting, call, planned and canceled meeting: its date at the precision known, who took part, and the
// sentence of each article that reports it.
import { partialDateSql } from "./partial-date";
import type { ExportTable } from "./table";

export type ExportedMeeting = {
  slug: string;
  kind: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the articles are; null when undated. */
  date: string | null;
  location: string | null;
  participants: string[];
  sources: Array<{ article: string; text: string }>;
};

type Row = ExportedMeeting & { id: number };

export const meetingsTable: ExportTable<ExportedMeeting> = {
  name: "meetings",
  async readPage(tx, afterId, limit) {
    const rows = await tx.$queryRaw<Row[]>`
      SELECT m.id, m.slug, m.kind::text AS kind,
             ${partialDateSql("m.date", "m.date_precision")} AS date,
             m.location,
             coalesce((SELECT array_agg(a.name ORDER BY a.name) FROM meeting_participant p JOIN actor a ON a.id = p.actor_id WHERE p.meeting_id = m.id), '{}') AS participants,
             coalesce((SELECT json_agg(json_build_object('article', ar.file_name, 'text', s.text) ORDER BY s.article_id, s.start)
                       FROM meeting_source s JOIN article ar ON ar.id = s.article_id WHERE s.meeting_id = m.id), '[]') AS sources
      FROM meeting m WHERE m.id > ${afterId} ORDER BY m.id LIMIT ${limit}`;
    return rows.map(({ id, ...meeting }) => ({ id, row: meeting }));
  },
  columns: ["slug", "kind", "date", "location", "participants", "articles", "evidence"],
  csvRow: (meeting) => [
    meeting.slug,
    meeting.kind,
    meeting.date,
    meeting.location,
    meeting.participants.join("; "),
    [...new Set(meeting.sources.map((source) => source.article))].join("; "),
    meeting.sources.map((source) => source.text).join(" | "),
  ],
};
