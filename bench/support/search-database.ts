// The search benchmark's database: the 10,000-article corpus loaded into a database of its own, with synthetic statements
// added in SQL (sentences drawn from word pools, spoken by the corpus's people with a skew towards the busiest,
// dated by real articles) until it holds at least a million. Kept in .data/bench and reused by later runs.
// The added statements' spans are empty: they exist to be searched, never to be shown in an article.
import pg from "pg";
import { openCorpusDatabase, type CorpusDatabase } from "./corpus-database";
import { withClient } from "@/lib/db/with-client";

const OPENERS = ["We", "The government", "Our delegation", "Negotiators", "The ministry", "Nobody here", "Everyone at the table", "The coalition", "Our partners", "The opposition", "Farmers", "The central bank", "Investors", "Our side", "The committee"];
const VERBS = ["will not accept", "cannot support", "strongly welcomes", "has rejected", "expects progress on", "wants clarity on", "is ready to discuss", "will review", "remains committed to", "is deeply worried about", "has concerns about", "fully backs", "will not sign", "asked for more time on", "pushed back on", "praised the work on", "called for a vote on", "warned against delaying", "proposed changes to", "will fund"];
const TOPICS = [
  "grain corridor", "water-sharing agreement", "border crossing", "fishing quota", "pipeline project", "tariff dispute", "ceasefire proposal", "refugee program",
  "debt restructuring", "power grid link", "vaccine supply", "port expansion", "rail link", "mining license", "drought relief plan", "election observer mission",
  "cybersecurity pact", "fuel subsidy", "housing program", "teachers strike", "customs union", "airspace agreement", "prisoner exchange", "climate fund",
  "budget deficit", "inflation target", "energy prices", "sanctions package", "trade deal", "security guarantees", "fertilizer imports", "wheat harvest",
  "steel tariffs", "pension reform", "minimum wage", "health budget", "army reform", "tax treaty", "visa program", "flood defenses",
];
const TAILS = ["before the end of the year", "without conditions", "in the coming weeks", "after the vote", "for the sake of our farmers", "as soon as possible", "despite the pressure", "once the report is published", "at the next summit", "under any circumstances", "if the numbers add up", "with our neighbours", "this winter", "for a second time", "in good faith"];

const literal = (words: string[]) => `ARRAY[${words.map((word) => `'${word.replace(/'/g, "''")}'`).join(", ")}]`;

export const SEARCH_VOCABULARY = { topics: TOPICS, verbs: VERBS };

export async function openSearchDatabase(options: { statements: number; log: (line: string) => void }): Promise<CorpusDatabase> {
  // Its own database, loaded from the corpus rather than copied: a copy needs the corpus database unused.
  const database = await openCorpusDatabase({ articles: 10_000, database: `search_${options.statements}`, log: options.log });
  try {
    if ((await countStatements(database.url)) < options.statements) {
      options.log(`adding synthetic statements up to ${options.statements.toLocaleString("en-US")} (once; a minute or two)`);
      await synthesize(database.url, options.statements);
    }
    return database;
  } catch (error) {
    await database.release();
    throw error;
  }
}

const countStatements = (url: string): Promise<number> => withClient(url, countStatementsWith);

async function synthesize(url: string, target: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET maintenance_work_mem = '256MB'");
    const missing = target - (await countStatementsWith(client));
    await client.query("SELECT setseed(0.42)");
    await client.query(`CREATE TEMP TABLE pool_article AS SELECT row_number() OVER (ORDER BY id) AS n, id, published_at FROM article`);
    // Speakers ranked by how much the corpus quotes them; power(random(), 3) favours the top of the ranking.
    await client.query(`CREATE TEMP TABLE pool_speaker AS
      SELECT row_number() OVER (ORDER BY count(s.id) DESC, a.id) AS n, a.id, a.name FROM actor a LEFT JOIN statement s ON s.speaker_id = a.id WHERE a.kind = 'person' GROUP BY a.id`);
    await client.query(`
      INSERT INTO statement (article_id, speaker_id, speaker_label, kind, cue, text, start, "end", caption, meeting_id, published_at)
      SELECT pa.id, ps.id, ps.name, r.kind::"StatementKind", CASE WHEN r.kind = 'indirect' THEN 'said' END, r.text, 0, 0, false, NULL, pa.published_at
      FROM (
        SELECT 1 + floor(random() * (SELECT count(*) FROM pool_article))::int AS article,
               1 + floor(power(random(), 3) * (SELECT count(*) FROM pool_speaker))::int AS speaker,
               (ARRAY['direct', 'partial', 'indirect'])[1 + floor(random() * 3)::int] AS kind,
               (${literal(OPENERS)})[1 + floor(random() * ${OPENERS.length})::int] || ' ' || (${literal(VERBS)})[1 + floor(random() * ${VERBS.length})::int]
                 || ' the ' || (${literal(TOPICS)})[1 + floor(random() * ${TOPICS.length})::int] || ' ' || (${literal(TAILS)})[1 + floor(random() * ${TAILS.length})::int]
                 || CASE WHEN random() < 0.3 THEN ', and the ' || (${literal(TOPICS)})[1 + floor(random() * ${TOPICS.length})::int] || ' too' ELSE '' END || '.' AS text
        FROM generate_series(1, ${Math.max(0, missing)})
      ) r
      JOIN pool_article pa ON pa.n = r.article
      JOIN pool_speaker ps ON ps.n = r.speaker`);
    await client.query("VACUUM (ANALYZE) statement");
  } finally {
    await client.end();
  }
}

async function countStatementsWith(client: pg.Client): Promise<number> {
  return Number((await client.query("SELECT count(*) AS n FROM statement")).rows[0]?.n ?? 0);
}
