// The addresses the web benchmark loads, chosen from the record: the busiest person (most statements), their
// latest meeting, and a word they use often for the quote search.
import pg from "pg";

export type SampleUrls = { person: string; meeting: string; word: string; routes: Record<string, string> };

export async function sampleUrls(databaseUrl: string): Promise<SampleUrls> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async <T>(text: string, values: unknown[] = []): Promise<T> => {
      const { rows } = await client.query(text, values);
      if (!rows[0]) throw new Error(`the benchmark database has no row for: ${text}`);
      return rows[0] as T;
    };
    const person = await one<{ id: number; slug: string }>(
      `SELECT a.id, a.slug FROM actor a JOIN statement s ON s.speaker_id = a.id GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1`,
    );
    const meeting = await one<{ slug: string }>(
      `SELECT m.slug FROM meeting m JOIN meeting_participant mp ON mp.meeting_id = m.id AND mp.actor_id = $1
       WHERE m.date IS NOT NULL ORDER BY m.date DESC, m.id DESC LIMIT 1`,
      [person.id],
    );
    // A content word (longer than four letters) frequent in the person's statements.
    const word = await one<{ word: string }>(
      `SELECT word FROM ts_stat($$SELECT search FROM statement WHERE speaker_id = ${Number(person.id)}$$)
       WHERE length(word) > 4 ORDER BY ndoc DESC, word LIMIT 1`,
    );
    const query = `speaker=${person.slug}&q=${encodeURIComponent(word.word)}`;
    return {
      person: person.slug,
      meeting: meeting.slug,
      word: word.word,
      routes: {
        person: `/people/${person.slug}`,
        meeting: `/meetings/${meeting.slug}`,
        timeline: "/timeline",
        quotes: `/quotes?${query}`,
        "api quotes": `/api/quotes?${query}`,
        "static (icon)": "/icon.svg",
      },
    };
  } finally {
    await client.end();
  }
}
