// A record of its own for the editor journeys: a database in the e2e cluster with the seed articles, served by
// the production build on EDITOR_PORT, whose address is READOUT_PUBLIC_URL (edits are accepted from it only),
// and an editor account made with `npm run editor:add`. The editors' changes never reach the shared e2e record.
import path from "node:path";
import config from "../../../playwright.config";
import { startEmbedded, type DatabaseHandle } from "@/lib/db/postgres/ensure-database";
import { loadEnv } from "@/lib/env";
import { withClient } from "@/lib/db/with-client";
import { runIngest } from "@/scripts/faults/ingest-runs";
import { startProductionServer, type ProductionServer } from "@/scripts/faults/production-server";
import { runScript } from "../../integration/support/run-script";
import { dropDatabase, freshDatabase } from "./fresh-database";

const DATABASE = "readout_editors";
/** Beside the e2e server's port (3100 + 20 by default), so two checkouts testing at once do not meet. */
export const EDITOR_PORT = loadEnv().READOUT_E2E_PORT + 20;
const REPO = path.resolve(import.meta.dirname, "../../..");

export type EditorRecord = { origin: string; url: string; setupLink: string; query<T>(sql: string, values?: unknown[]): Promise<T[]>; stop(): Promise<void> };

function e2eDataDir(): string {
  const web = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
  return path.resolve(REPO, web?.env?.READOUT_DATA_DIR ?? ".data/e2e");
}

export async function startEditorRecord(email: string): Promise<EditorRecord> {
  const cluster: DatabaseHandle = await startEmbedded({ dataDir: e2eDataDir(), preferredPort: 0 });
  const url = await freshDatabase(cluster.url, DATABASE);
  const ingest = await runIngest(url, [path.join(REPO, "data", "articles")], 60_000);
  if (ingest.code !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
  const port = EDITOR_PORT;
  const origin = `http://127.0.0.1:${port}`;
  const added = await runScript("editor.ts", ["add", email], { DATABASE_URL: url, READOUT_PUBLIC_URL: origin });
  const setupLink = added.stdout.match(/^http\S+\/editor\/setup\?token=\S+$/m)?.[0];
  if (added.code !== 0 || !setupLink) throw new Error(`editor:add failed: ${added.stderr}${added.stdout}`);
  const server: ProductionServer = await startProductionServer(url, { port, env: { READOUT_PUBLIC_URL: origin } });
  return {
    origin,
    url: url,
    setupLink,
    query: async <T>(sql: string, values: unknown[] = []) => withClient(url, async (client) => (await client.query(sql, values)).rows as T[]),
    async stop() {
      await server.stop();
      await dropDatabase(cluster.url, DATABASE);
      await cluster.release();
    },
  };
}
