// `npm run score:resolution` end to end with a stand-in scorer: the article directories are ingested into a
// throwaway database, its actors exported, and the scorer called with the gold directories and that export.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { runScript } from "./support/run-script";

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-score-resolution-"));
  return () => fs.rm(dir, { recursive: true, force: true });
});

// Prints the arguments it was given and the person names of the actors file, as the real scorer reads them.
const STAND_IN_SCORER = `import fs from "node:fs";
const args = process.argv.slice(2);
const actors = JSON.parse(fs.readFileSync(args[args.indexOf("--actors") + 1], "utf8"));
console.log(JSON.stringify({ args, people: actors.filter((a) => a.kind === "person").map((a) => a.name).sort() }));
`;

describe("npm run score:resolution", () => {
  it("ingests the article directories into a throwaway database and scores its actors against the gold", async () => {
    const articles = path.join(dir, "articles");
    const gold = path.join(dir, "gold");
    await fs.mkdir(articles);
    await fs.mkdir(gold);
    await fs.writeFile(path.join(articles, "harbour.txt"), "Harbour talks resume\n\nForeign Minister Anna Kowal met Defence Minister David Fenwright in Portmere on Monday, the ministry said.\n");
    await fs.writeFile(path.join(articles, "manifest.json"), JSON.stringify([{ file: "harbour.txt", publishedAt: "2025-03-12" }]));
    const scorer = path.join(dir, "scorer.mjs");
    await fs.writeFile(scorer, STAND_IN_SCORER);

    const result = await runScript("score-resolution.ts", ["--scorer", scorer, "--gold", gold, articles]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`${articles}: 1 article(s) ingested, 0 failed`);
    const report: { args: string[]; people: string[] } = JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}");
    expect(report.args.slice(0, 2)).toEqual(["--gold", gold]);
    expect(report.args).toContain("--verbose");
    expect(report.people).toEqual(["Anna Kowal", "David Fenwright"]);
    // Nothing is left behind: the throwaway database lived under the system's temporary directory.
    expect(await fs.readdir(articles)).toEqual(["harbour.txt", "manifest.json"]);
  });

  it("refuses a missing scorer or directory by name, with the usage and exit code 2", async () => {
    const none = await runScript("score-resolution.ts", ["--gold", dir, dir]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--scorer names the scorer");
    const missing = await runScript("score-resolution.ts", ["--scorer", path.join(dir, "nope.mjs"), "--gold", dir, dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`--scorer ${path.join(dir, "nope.mjs")}: no such file`);
    expect(missing.stderr).toContain("usage: npm run -s score:resolution");
  });
});
