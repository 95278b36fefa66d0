// Direct access to the database behind the app under test, for the few facts a journey must arrange
// itself (an old slug), never to read what the pages show.
import path from "node:path";
import pg from "pg";
import config from "../../../playwright.config";
import { startEmbedded } from "@/lib/db/postgres/ensure-database";

function e2eDataDir(): string {
  const server = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
  const dir = server?.env?.READOUT_DATA_DIR;
  if (!dir) throw new Error("playwright.config.ts: webServer.env.READOUT_DATA_DIR is not set; the e2e database cannot be found");
  return path.resolve(import.meta.dirname, "../../..", dir);
}

/** Runs `work` with a client of the e2e server's database (joining the embedded cluster it runs). */
export async function withRecordDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const database = await startEmbedded({ dataDir: e2eDataDir(), preferredPort: 0 });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await client.connect();
    return await work(client);
  } finally {
    await client.end();
    await database.release();
  }
}

/** Records `oldSlug` as a former slug of the meeting now at `currentSlug`, as a re-ingest that renamed it would. */
export async function addOldMeetingSlug(currentSlug: string, oldSlug: string): Promise<void> {
  await withRecordDatabase(async (client) => {
    const { rowCount } = await client.query(
      `INSERT INTO slug_history (owner, slug, target_id) SELECT 'meeting', $1, id FROM meeting WHERE slug = $2 ON CONFLICT (owner, slug) DO UPDATE SET target_id = EXCLUDED.target_id`,
      [oldSlug, currentSlug],
    );
    if (rowCount !== 1) throw new Error(`no meeting has the slug ${currentSlug}`);
  });
}
