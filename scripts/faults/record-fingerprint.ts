// The content of a record without its surrogate keys or timestamps: two databases that hold the same
// articles, actors, meetings and facts have equal fingerprints even when their ids differ (a killed
// transaction still consumes sequence numbers). Every row is kept, so a duplicate shows as a difference.
import pg from "pg";

// One query per table, each naming rows by natural keys (file names, slugs) instead of ids.
const TABLES: Record<string, string> = {
  article: `SELECT file_name, slug, content_hash, extraction_hash, title, outlet, url, published_at::text, md5(body) FROM article`,
  actor: `SELECT slug, name, kind FROM actor`,
  actor_alias: `SELECT ac.slug, al.alias, ARRAY(SELECT a.file_name FROM article a WHERE a.id = ANY(al.article_ids) ORDER BY 1)::text
    FROM actor_alias al JOIN actor ac ON ac.id = al.actor_id`,
  role: `SELECT ac.slug, a.file_name, r.title, r.affiliation, r.start, r."end" FROM role r JOIN actor ac ON ac.id = r.actor_id JOIN article a ON a.id = r.article_id`,
  mention: `SELECT ac.slug, a.file_name, m.start, m."end" FROM mention m JOIN actor ac ON ac.id = m.actor_id JOIN article a ON a.id = m.article_id`,
  // `key` is left out: it is built from actor ids; meeting_participant compares the same facts by slug.
  meeting: `SELECT slug, kind, date::text, date_precision, location FROM meeting`,
  meeting_participant: `SELECT m.slug, ac.slug FROM meeting_participant p JOIN meeting m ON m.id = p.meeting_id JOIN actor ac ON ac.id = p.actor_id`,
  meeting_source: `SELECT m.slug, a.file_name, s.start, s."end", s.text, s.caption FROM meeting_source s JOIN meeting m ON m.id = s.meeting_id JOIN article a ON a.id = s.article_id`,
  statement: `SELECT a.file_name, ac.slug, s.speaker_label, s.kind, s.cue, s.text, s.start, s."end", s.caption, m.slug, s.search::text
    FROM statement s JOIN article a ON a.id = s.article_id LEFT JOIN actor ac ON ac.id = s.speaker_id LEFT JOIN meeting m ON m.id = s.meeting_id`,
  slug_history: `SELECT h.owner, h.slug, CASE h.owner
      WHEN 'actor' THEN (SELECT slug FROM actor WHERE id = h.target_id)
      WHEN 'meeting' THEN (SELECT slug FROM meeting WHERE id = h.target_id)
      ELSE (SELECT file_name FROM article WHERE id = h.target_id) END
    FROM slug_history h`,
};

export type Fingerprint = { counts: Record<string, number>; rows: Record<string, string[]> };

/** Row counts of every table in `public` (migration history aside), and the id-free rows of the known ones. */
export async function recordFingerprint(url: string): Promise<Fingerprint> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1",
    );
    const counts: Record<string, number> = {};
    for (const { table_name: table } of tables) {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM ${client.escapeIdentifier(table)}`);
      counts[table] = Number(rows[0]?.count ?? 0);
    }
    const rows: Record<string, string[]> = {};
    for (const [table, sql] of Object.entries(TABLES)) {
      const result = await client.query({ text: sql, rowMode: "array" });
      rows[table] = result.rows.map((row: unknown[]) => JSON.stringify(row)).sort();
    }
    return { counts, rows };
  } finally {
    await client.end();
  }
}

/** Tables whose rows differ, each with a few rows only one side has; empty when the records are the same. */
export function fingerprintDifferences(expected: Fingerprint, actual: Fingerprint): string[] {
  const differences: string[] = [];
  const tables = new Set([...Object.keys(expected.counts), ...Object.keys(actual.counts)]);
  for (const table of tables) {
    if (expected.counts[table] !== actual.counts[table]) differences.push(`${table}: ${expected.counts[table] ?? "no table"} rows expected, ${actual.counts[table] ?? "no table"} found`);
  }
  for (const table of Object.keys(TABLES)) {
    const want = new Set(expected.rows[table] ?? []);
    const have = new Set(actual.rows[table] ?? []);
    const missing = [...want].filter((row) => !have.has(row));
    const extra = [...have].filter((row) => !want.has(row));
    if (missing.length || extra.length) differences.push(`${table}: ${missing.length} row(s) missing, e.g. ${missing.slice(0, 2).join(" ")}; ${extra.length} extra, e.g. ${extra.slice(0, 2).join(" ")}`);
  }
  return differences;
}
