// Every quote and piece of reported speech: who said it (as the record knows them and as the article wrote it),
// when it was said as far as the text pins it, and the article and passage it comes from.
import { partialDateSql } from "./partial-date";
import type { ExportTable } from "./table";

export type ExportedQuote = {
  id: number;
  kind: string;
  speaker: string | null;
  speakerAsWritten: string;
  cue: string | null;
  text: string;
  /** When it was said (YYYY, YYYY-MM or YYYY-MM-DD); null when the text does not say. */
  said: string | null;
  /** The article's publication date. */
  reported: string | null;
  article: string;
  start: number;
  end: number;
  meeting: string | null;
};

export const quotesTable: ExportTable<ExportedQuote> = {
  name: "quotes",
  async readPage(tx, afterId, limit) {
    const rows = await tx.$queryRaw<ExportedQuote[]>`
      SELECT s.id, s.kind::text AS kind, sp.name AS speaker, s.speaker_label AS "speakerAsWritten", s.cue, s.text,
             ${partialDateSql("s.said_date", "s.said_date_precision")} AS said, to_char(s.published_at, 'YYYY-MM-DD') AS reported,
             a.file_name AS article, s.start, s."end", m.slug AS meeting
      FROM statement s JOIN article a ON a.id = s.article_id LEFT JOIN actor sp ON sp.id = s.speaker_id LEFT JOIN meeting m ON m.id = s.meeting_id
      WHERE s.id > ${afterId} ORDER BY s.id LIMIT ${limit}`;
    return rows.map((row) => ({ id: row.id, row }));
  },
  columns: ["id", "kind", "speaker", "speaker_as_written", "cue", "text", "said", "reported", "article", "start", "end", "meeting"],
  csvRow: (quote) => [quote.id, quote.kind, quote.speaker, quote.speakerAsWritten, quote.cue, quote.text, quote.said, quote.reported, quote.article, quote.start, quote.end, quote.meeting],
};
