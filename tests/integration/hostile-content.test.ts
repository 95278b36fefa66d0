// One article's content must not take the site down. A quote of a megabyte (a long run of short words) searched
// by one of its words made the server build a 50 MB page with a <mark> per match and die of heap exhaustion; the
// production server (as npm start runs it, with its heap limit) now answers such searches with bounded pages, and
// the quote's own page shows it in part until "Show all". Ingest no longer accepts such a quote at all (the
// statement here is written straight into the record, as one loaded before that bound would be). The CSV export
// quotes every cell, so a quote holding "; =2+2" stays one cell in a spreadsheet.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/postgres/ensure-database";
import { LIST_QUOTE_CHARS, MAX_MARKS, QUOTE_PAGE_CHARS } from "@/lib/web/match-highlight";
import { ensureProductionBuild, startProductionServer, type ProductionServer } from "@/scripts/faults/production-server";
import { withClient } from "./support/database";
import { seededDatabase, type SeededDatabase } from "./support/seeded-database";
import { SERVER_SETUP_MS } from "./support/server-setup";

const HUGE_QUOTE = "we press onward and upward ".repeat(40_000); // 1.08 MB
const WORD = "onward";
const CSV_QUOTE = "Costs rose;=2+2\t=3+3";

let database: DatabaseHandle;
let seeded: SeededDatabase;
let server: ProductionServer;
let hugeId: number;

beforeAll(async () => {
  seeded = await seededDatabase("hostile-content");
  database = seeded.database;
  hugeId = await withClient(database.url, async (client) => {
    const { rows } = await client.query<{ id: number }>("UPDATE statement SET text = $1 WHERE id = (SELECT min(id) FROM statement WHERE kind = 'direct') RETURNING id", [HUGE_QUOTE]);
    // A quote with separators a spreadsheet may guess, each followed by a formula.
    await client.query("UPDATE statement SET text = $1 WHERE id = (SELECT id FROM statement WHERE kind = 'direct' ORDER BY id OFFSET 1 LIMIT 1)", [CSV_QUOTE]);
    return rows[0]?.id ?? 0;
  });
  await ensureProductionBuild();
  server = await startProductionServer(database.url);
}, SERVER_SETUP_MS);

afterAll(async () => {
  await server?.stop();
  await seeded?.release();
});

const get = (route: string) => fetch(`${server.origin}${route}`);

describe("a megabyte-long quote in the record", () => {
  it("is searched three times at once: bounded pages, and the server stays up", async () => {
    const answers = await Promise.all([get(`/quotes?q=${WORD}`), get(`/quotes?q=${WORD}&sort=relevance`), get(`/quotes?q=${WORD}+upward`)]);
    const pages = await Promise.all(answers.map((answer) => answer.text()));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    for (const page of pages) {
      expect(page.length, "the search page stays small").toBeLessThan(300_000);
      expect((page.match(/<mark/g) ?? []).length).toBeLessThanOrEqual(MAX_MARKS);
      expect(page).toContain(`Show the whole quote (${HUGE_QUOTE.length.toLocaleString("en-US")} characters)`);
    }
    expect(server.isRunning(), server.output().slice(-2000)).toBe(true);
  });

  it("shows the first part on the quote's own page, and all of it after Show all", async () => {
    const part = await get(`/quotes/${hugeId}`);
    const partText = await part.text();
    expect(part.status).toBe(200);
    expect(partText.length).toBeLessThan(QUOTE_PAGE_CHARS * 6);
    expect(partText).toContain(`/quotes/${hugeId}?all=1`);
    const whole = await get(`/quotes/${hugeId}?all=1`);
    expect(whole.status).toBe(200);
    expect((await whole.text()).length).toBeGreaterThan(HUGE_QUOTE.length);
    expect(server.isRunning(), server.output().slice(-2000)).toBe(true);
  });

  it("keeps the API's answer to the same search whole, and the site answering after it", async () => {
    const api = await get(`/api/quotes?q=${WORD}`);
    expect(api.status).toBe(200);
    const body = (await api.json()) as { quotes: Array<{ id: number; text: string }> };
    expect(body.quotes.find((quote) => quote.id === hugeId)?.text.length).toBe(HUGE_QUOTE.length);
    expect((await get("/")).status).toBe(200);
    expect(LIST_QUOTE_CHARS).toBeLessThan(QUOTE_PAGE_CHARS);
  });
  it("quotes every cell of the CSV export, so a separator inside a quote cannot start a formula", async () => {
    const csv = await (await get("/quotes/csv?q=costs")).text();
    const [header, ...rows] = csv.trim().split("\r\n");
    expect(header?.startsWith("id,published,")).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
    expect(csv).toContain(`"${CSV_QUOTE}"`);
  });
});

