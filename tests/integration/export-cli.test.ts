// `npm run export` as a person runs it, against the worker's database: every row of a table, as JSON or as CSV
// a spreadsheet opens safely, into a file written whole, and clear refusals of what it cannot do.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { EXPORT_TABLES } from "@/lib/db/export/tables";
import { actor, extracted, interaction, quote, statement } from "./support/facts";
import { load } from "./support/load";
import { runScript } from "./support/run-script";

const exportTable = (...args: string[]) => runScript("export.ts", args);

const FIRST = `Lighthouse accord signed
Orla Brennick met Tobias Fenwright in Portmere on May 2, 2025. "=SUM(A1) is not a policy," Brennick said, adding "a, b and "c"".
Fenwright said that the accord would hold.`;
const SECOND = `Second look at the accord
Fenwright, the harbour minister of Eastmark, said on Friday that talks would go on.`;

async function loadRecord() {
  await load(
    FIRST,
    extracted("first.txt", {
      title: "Lighthouse accord signed",
      publishedAt: "2025-05-03",
      actors: [
        actor(FIRST, "o", "Orla Brennick", { aliases: ["Brennick"] }),
        actor(FIRST, "t", "Tobias Fenwright", { aliases: ["Fenwright"] }),
        actor(FIRST, "p", "Portmere", { kind: "country" }),
      ],
      interactions: [interaction(FIRST, "m", "Orla Brennick met Tobias Fenwright in Portmere on May 2, 2025.", ["o", "t"], "2025-05")],
      quotes: [quote(FIRST, "q1", "o", "=SUM(A1) is not a policy", { label: "Brennick" }), quote(FIRST, "q2", "o", `a, b and "c"`, { label: "Brennick" })],
      statements: [{ ...statement(FIRST, "s1", "t", "the accord would hold"), speakerLabel: "Fenwright" }],
    }),
  );
  await load(
    SECOND,
    extracted("second.txt", {
      title: "Second look at the accord",
      publishedAt: "2025-05-10",
      actors: [{ ...actor(SECOND, "t", "Fenwright", { role: "harbour minister" }), roles: [{ title: "harbour minister", affiliation: "Eastmark" }] }],
      statements: [{ ...statement(SECOND, "s1", "t", "talks would go on"), speakerLabel: "Fenwright", date: "2025-05-09" }],
    }),
  );
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-export-"));
  return () => fs.rm(dir, { recursive: true, force: true });
});

describe("npm run export", () => {
  it("writes every actor with its kind, aliases and roles as JSON, in the shape the resolution scorer reads", async () => {
    await loadRecord();
    const result = await exportTable("actors", "--format", "json");
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { name: "Orla Brennick", kind: "person", aliases: ["Orla Brennick", "Brennick"], slug: "orla-brennick", roles: [] },
      { name: "Tobias Fenwright", kind: "person", aliases: ["Tobias Fenwright", "Fenwright"], slug: "tobias-fenwright", roles: [{ title: "harbour minister", affiliation: "Eastmark" }] },
      { name: "Portmere", kind: "country", aliases: ["Portmere"], slug: "portmere", roles: [] },
    ]);
    expect(result.stderr).toContain("export: 3 actors");
  });

  it("writes quotes as CSV with quoting, formula cells defused, and when each was said", async () => {
    await loadRecord();
    const result = await exportTable("quotes", "--format", "csv");
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split("\r\n");
    expect(lines[0]).toBe("id,kind,speaker,speaker_as_written,cue,text,said,reported,article,start,end,meeting");
    expect(lines.slice(1, -1)).toHaveLength(4);
    // Every cell is quoted (a spreadsheet that guesses another separator cannot split one), formulas defused.
    expect(result.stdout).toContain(`,"direct","Orla Brennick","Brennick","","'=SUM(A1) is not a policy","","2025-05-03","first.txt",`);
    expect(result.stdout).toContain(`,"a, b and ""c""",`);
    expect(result.stdout).toMatch(/,"indirect","Tobias Fenwright","Fenwright","said","talks would go on","2025-05-09","2025-05-10","second\.txt",/);
    expect(result.stdout.endsWith("\r\n")).toBe(true);
  });

  it("writes meetings with their date at its precision, participants and evidence", async () => {
    await loadRecord();
    const result = await exportTable("meetings");
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ kind: "meeting", date: "2025-05", participants: ["Orla Brennick", "Tobias Fenwright"], sources: [{ article: "first.txt", text: expect.stringContaining("met Tobias") }] }),
    ]);
  });

  it("writes an empty record as an empty list and a header alone", async () => {
    const json = await exportTable("actors");
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
    const csv = await exportTable("meetings", "--format", "csv");
    expect(csv.stdout).toBe("slug,kind,date,location,participants,articles,evidence\r\n");
  });

  it("reads a large table a page at a time and still writes every row once, in order", async () => {
    await loadRecord();
    const pieces: string[] = [];
    const run = EXPORT_TABLES.quotes;
    if (!run) throw new Error("no quotes table");
    // One row per page: the paging, not the page size, is what is tested.
    const count = await run(db, "json", async (text) => void pieces.push(text), 1);
    const rows: Array<{ id: number }> = JSON.parse(pieces.join(""));
    expect(count).toBe(4);
    expect(rows.map((row) => row.id)).toEqual([...rows.map((row) => row.id)].sort((a, b) => a - b));
    expect(new Set(rows.map((row) => row.id)).size).toBe(4);
  });

  it("writes --output FILE whole, and leaves no file when the directory is missing", async () => {
    await loadRecord();
    const file = path.join(dir, "actors.csv");
    const result = await exportTable("actors", "--format", "csv", "--output", file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("");
    expect((await fs.readFile(file, "utf8")).split("\r\n")[0]).toBe("name,kind,aliases,slug,roles");
    expect(await fs.readdir(dir)).toEqual(["actors.csv"]);

    const missing = path.join(dir, "nowhere", "actors.json");
    const refused = await exportTable("actors", "--output", missing);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`--output ${missing}: the directory ${path.dirname(missing)} does not exist`);
  });

  it("refuses an unknown table, format or option by name, with the usage, and exit code 2", async () => {
    const table = await exportTable("people");
    expect(table.code).toBe(2);
    expect(table.stderr).toContain(`TABLE must be one of actors, meetings, quotes, not "people"`);
    expect(table.stderr).toContain("usage: npm run -s export --");
    const format = await exportTable("actors", "--format", "xml");
    expect(format.code).toBe(2);
    expect(format.stderr).toContain(`--format must be one of json, csv, not "xml"`);
    const none = await exportTable();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("name a TABLE to export");
    const option = await exportTable("actors", "--fromat", "csv");
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("--fromat");
    expect(table.stdout + format.stdout + none.stdout + option.stdout).toBe("");
  });
});
