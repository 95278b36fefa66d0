// Loading many new articles in one transaction (lib/ingest/new-articles.ts) gives the record that loading them
// one at a time gives: the same rows, ids, slugs, aliases and slug history, whatever the batch boundaries.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { generateArticles } from "@/lib/corpus/generate-corpus";
import { extractArticle } from "@/lib/extract";
import { loadArticles } from "@/lib/ingest/load-articles";
import { prepareArticle, type PreparedArticle } from "@/lib/ingest/prepare-article";
import { truncateAll, withClient } from "./support/database";
import { actor, extracted, interaction, quote } from "./support/facts";
import { createHash } from "node:crypto";

const url = env.DATABASE_URL ?? "";

function prepared(body: string, facts: ReturnType<typeof extracted>): PreparedArticle {
  return prepareArticle({ fileName: facts.file, body, contentHash: createHash("sha256").update(body).digest("hex") }, facts);
}

// Hand-built articles that exercise what generated ones rarely do: a bare name completed later (a rename),
// one meeting reported twice, an undated meeting, and two articles of the same title.
function handBuilt(): PreparedArticle[] {
  const bare = "Gantz speaks\nGantz said the cabinet would meet.";
  const full = "A second account\nOn June 20, 2024, Ron Dermer and Benny Gantz met in Geneva. Gantz said: \"We talked.\"";
  const again = "A second account\nRon Dermer and Benny Gantz met in Geneva on June 20, 2024.";
  const undated = "Undated\nRon Dermer and Benny Gantz met again.";
  return [
    prepared(bare, extracted("bare.txt", { title: "Gantz speaks", actors: [actor(bare, "g", "Gantz")] })),
    prepared(
      full,
      extracted("full.txt", {
        title: "A second account",
        actors: [actor(full, "d", "Ron Dermer"), actor(full, "g", "Benny Gantz", { aliases: ["Gantz"] })],
        interactions: [interaction(full, "m", "On June 20, 2024, Ron Dermer and Benny Gantz met in Geneva.", ["d", "g"], "2024-06-20")],
        quotes: [quote(full, "q", "g", "We talked.", { interaction: "m" })],
      }),
    ),
    prepared(
      again,
      extracted("again.txt", {
        title: "A second account",
        actors: [actor(again, "d", "Ron Dermer"), actor(again, "g", "Benny Gantz")],
        interactions: [{ ...interaction(again, "m", "Ron Dermer and Benny Gantz met in Geneva on June 20, 2024.", ["d", "g"], "2024-06-20"), location: "Geneva" }],
      }),
    ),
    prepared(undated, extracted("undated.txt", { actors: [actor(undated, "d", "Ron Dermer"), actor(undated, "g", "Benny Gantz")], interactions: [interaction(undated, "m", "Ron Dermer and Benny Gantz met again.", ["d", "g"], null)] })),
  ];
}

function corpus(): PreparedArticle[] {
  const generated = [...generateArticles({ articles: 48, seed: 5 })].map((article) =>
    prepared(article.text, extractArticle(article.text, { ...article.entry }) as ReturnType<typeof extracted>),
  );
  const [a, b, c, d] = handBuilt();
  // Interleaved, so renames and shared meetings cross batch boundaries.
  return [...generated.slice(0, 10), a, ...generated.slice(10, 20), b, ...generated.slice(20, 30), c, d, ...generated.slice(30)].filter((article): article is PreparedArticle => !!article);
}

/** The whole record, without what legitimately differs between two loads: times, and ids of upserted rows. */
async function record(): Promise<Record<string, unknown[]>> {
  const queries: Record<string, string> = {
    article: `SELECT id, slug, file_name, content_hash, extraction_hash, title, outlet, url, published_at, body FROM article ORDER BY id`,
    actor: `SELECT id, slug, name, kind, name_keys, titles, affiliations FROM actor ORDER BY id`,
    actor_alias: `SELECT actor_id, alias, normalized, article_ids FROM actor_alias ORDER BY actor_id, alias`,
    meeting: `SELECT id, slug, key, kind, date, date_precision, location FROM meeting ORDER BY id`,
    meeting_participant: `SELECT * FROM meeting_participant ORDER BY 1, 2`,
    meeting_source: `SELECT * FROM meeting_source ORDER BY id`,
    role: `SELECT * FROM role ORDER BY id`,
    mention: `SELECT * FROM mention ORDER BY id`,
    statement: `SELECT * FROM statement ORDER BY id`,
    article_chrome: `SELECT * FROM article_chrome ORDER BY 1, 2`,
    slug_history: `SELECT owner, slug, target_id FROM slug_history ORDER BY owner, slug`,
  };
  return withClient(url, async (client) => {
    const result: Record<string, unknown[]> = {};
    for (const [table, sql] of Object.entries(queries)) result[table] = (await client.query(sql)).rows;
    return result;
  });
}

describe("loadArticles", () => {
  it("writes the same record in batches as one article at a time", async () => {
    const articles = corpus();
    for (const article of articles) await loadArticles(db, [article]);
    const oneByOne = await record();
    expect(oneByOne.article).toHaveLength(articles.length);
    expect(oneByOne.slug_history).toContainEqual({ owner: "actor", slug: "gantz", target_id: expect.any(Number) });

    await truncateAll(url);
    for (let start = 0; start < articles.length; start += 17) await loadArticles(db, articles.slice(start, start + 17));
    expect(await record()).toEqual(oneByOne);

    await truncateAll(url);
    const results = await loadArticles(db, articles);
    expect(results.map((result) => result.status)).toEqual(articles.map(() => "new"));
    expect(await record()).toEqual(oneByOne);
  });

  it("treats a file met twice in one batch as new, then unchanged or changed", async () => {
    const [first] = handBuilt();
    if (!first) throw new Error("no article");
    const edited = prepared("Gantz speaks\nGantz said the cabinet would meet today.", extracted("bare.txt", { title: "Gantz speaks" }));
    const results = await loadArticles(db, [first, first, edited]);
    expect(results.map((result) => result.status)).toEqual(["new", "unchanged", "changed"]);
    expect(await db.article.count()).toBe(1);
  });

  it("increments the record version in the transaction that changes the record, and not otherwise", async () => {
    const [first] = handBuilt();
    if (!first) throw new Error("no article");
    const version = async () => (await db.recordVersion.findUnique({ where: { id: 1 } }))?.version ?? 0;
    const before = await version();
    await loadArticles(db, [first]);
    expect(await version()).toBe(before + 1);
    await loadArticles(db, [first]);
    expect(await version()).toBe(before + 1);
  });
});
