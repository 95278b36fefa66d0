// Loading extraction output into the record, with facts built by hand: cross-article resolution, idempotence,
// replacement on change with stable slugs, slug history, garbage collection, atomicity and the advisory lock.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { ExtractionContractError } from "@/lib/ingest/check-facts";
import { rowCounts, snapshot } from "./support/database";
import { actor, extracted, interaction, quote, statement } from "./support/facts";
import { load } from "./support/load";

const url = env.DATABASE_URL ?? "";

const A = `Envoys meet in Geneva
Jake Sullivan met Ron Dermer in Geneva on June 20, 2024. "We made progress," Sullivan said. Dermer said the talks were useful.`;

function articleA(body = A, options: { date?: string; sullivan?: string; sentence?: string } = {}) {
  const sullivan = options.sullivan ?? "Jake Sullivan";
  const sentence = options.sentence ?? `${sullivan} met Ron Dermer in Geneva on June 20, 2024.`;
  return extracted("a.txt", {
    title: "Envoys meet in Geneva",
    publishedAt: "2024-06-21",
    actors: [actor(body, "p1", sullivan, { aliases: ["Sullivan"] }), actor(body, "p2", "Ron Dermer", { aliases: ["Dermer"] })],
    interactions: [interaction(body, "i1", sentence, ["p1", "p2"], options.date ?? "2024-06-20")],
    quotes: [quote(body, "q1", "p1", "We made progress", { interaction: "i1" })],
    statements: [statement(body, "s1", "p2", "the talks were useful")],
  });
}

const B = `A second account
On June 20, 2024, Ron Dermer and Jake Sullivan met in Geneva. Later, CNN's Jake Tapper asked Sullivan about Benny Gantz.`;

function articleB(body = B) {
  return extracted("b.txt", {
    title: "A second account",
    actors: [
      actor(body, "d", "Ron Dermer"),
      actor(body, "s", "Jake Sullivan", { aliases: ["Sullivan"] }),
      actor(body, "t", "Jake Tapper"),
      actor(body, "g", "Benny Gantz"),
    ],
    interactions: [interaction(body, "m", "On June 20, 2024, Ron Dermer and Jake Sullivan met in Geneva.", ["d", "s"], "2024-06-20")],
  });
}

const actorSlugs = async () => (await db.actor.findMany({ orderBy: { slug: "asc" }, select: { slug: true } })).map((row) => row.slug);

describe("loadArticle", () => {
  it("writes an article's actors, meeting, quotes and statements with spans into its text", async () => {
    const result = await load(A, articleA());
    expect(result.status).toBe("new");
    const article = await db.article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(article).toMatchObject({ slug: "envoys-meet-in-geneva", fileName: "a.txt", title: "Envoys meet in Geneva", body: A });
    expect(article.publishedAt?.toISOString()).toBe("2024-06-21T00:00:00.000Z");
    expect(await actorSlugs()).toEqual(["jake-sullivan", "ron-dermer"]);

    const sullivan = await db.actor.findUniqueOrThrow({ where: { slug: "jake-sullivan" }, include: { aliases: true, mentions: true } });
    expect(sullivan.aliases.map((alias) => [alias.alias, alias.articleIds])).toEqual(
      expect.arrayContaining([["Jake Sullivan", [article.id]], ["Sullivan", [article.id]]]),
    );
    for (const mention of sullivan.mentions) expect(A.slice(mention.start, mention.end)).toMatch(/Sullivan$/);

    const meeting = await db.meeting.findUniqueOrThrow({ where: { slug: "2024-06-20-dermer-sullivan" }, include: { participants: true, sources: true } });
    expect(meeting).toMatchObject({ kind: "meeting", datePrecision: "day" });
    expect(meeting.participants.map((participant) => participant.actorId).sort()).toHaveLength(2);
    const [source] = meeting.sources;
    expect(source && A.slice(source.start, source.end)).toBe(source?.text);

    const statements = await db.statement.findMany({ orderBy: { start: "asc" }, include: { speaker: true } });
    expect(statements.map((row) => [row.kind, row.speaker?.slug, row.text, row.meetingId, row.cue])).toEqual([
      ["direct", "jake-sullivan", "We made progress", meeting.id, null],
      ["indirect", "ron-dermer", "the talks were useful", null, "said"],
    ]);
    for (const row of statements) expect(A.slice(row.start, row.end)).toBe(row.text);
  });

  it("changes nothing when the same article is loaded again", async () => {
    await load(A, articleA());
    await load(B, articleB());
    const before = await snapshot(url);
    const again = await load(A, articleA());
    expect(again.status).toBe("unchanged");
    expect(await snapshot(url)).toEqual(before);
  });

  it("makes the same people and the same meeting in two articles one actor and one meeting with two sources", async () => {
    const a = await load(A, articleA());
    const b = await load(B, articleB());
    expect(await actorSlugs()).toEqual(["benny-gantz", "jake-sullivan", "jake-tapper", "ron-dermer"]);
    const sullivan = await db.actor.findUniqueOrThrow({ where: { slug: "jake-sullivan" }, include: { aliases: { orderBy: { alias: "asc" } } } });
    expect(sullivan.aliases.map((alias) => [alias.alias, [...alias.articleIds].sort()])).toEqual([
      ["Jake Sullivan", [a.articleId, b.articleId].sort()],
      ["Sullivan", [a.articleId, b.articleId].sort()],
    ]);
    const meetings = await db.meeting.findMany({ include: { sources: true } });
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.sources.map((source) => source.articleId).sort()).toEqual([a.articleId, b.articleId].sort());
  });

  it("completes a bare family name with the full name another article gives, and redirects the old slug", async () => {
    const text = `Gantz speaks\nGantz said the war cabinet would meet.`;
    await load(text, extracted("c.txt", { title: "Gantz speaks", actors: [actor(text, "g", "Gantz")] }));
    const bare = await db.actor.findUniqueOrThrow({ where: { slug: "gantz" } });
    await load(B, articleB());
    const full = await db.actor.findUniqueOrThrow({ where: { id: bare.id } });
    expect(full).toMatchObject({ name: "Benny Gantz", slug: "benny-gantz" });
    expect(await db.slugHistory.findMany({ select: { owner: true, slug: true, targetId: true } })).toEqual([{ owner: "actor", slug: "gantz", targetId: bare.id }]);
  });

  it("keeps slugs of what an edited article still reports, and drops what nothing supports any more", async () => {
    await load(A, articleA());
    await load(B, articleB());
    const before = await db.actor.findMany({ select: { id: true, slug: true }, orderBy: { id: "asc" } });
    const meeting = await db.meeting.findFirstOrThrow({ select: { id: true, slug: true } });

    const edited = `${A} Antony Blinken joined later.`;
    const facts = articleA(edited);
    facts.actors.push(actor(edited, "p3", "Antony Blinken"));
    expect((await load(edited, facts)).status).toBe("changed");
    const after = await db.actor.findMany({ select: { id: true, slug: true }, orderBy: { id: "asc" } });
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((row) => row.slug)).toContain("antony-blinken");
    expect(await db.meeting.findFirstOrThrow({ select: { id: true, slug: true } })).toEqual(meeting);
    expect(await db.meetingSource.count({ where: { meetingId: meeting.id } })).toBe(2);

    // Back to the original text: Blinken, named by no article now, is removed with his aliases and mentions.
    await load(A, articleA());
    expect(await actorSlugs()).not.toContain("antony-blinken");
    expect(await db.actorAlias.count({ where: { alias: "Antony Blinken" } })).toBe(0);
    expect(await db.actor.findMany({ select: { id: true, slug: true }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("keeps a meeting whose date an edit corrected, under a new slug that the old one redirects to", async () => {
    await load(A, articleA());
    const original = await db.meeting.findFirstOrThrow();
    const corrected = A.replace("June 20", "June 21");
    await load(corrected, articleA(corrected, { date: "2024-06-21", sentence: "Jake Sullivan met Ron Dermer in Geneva on June 21, 2024." }));
    const meeting = await db.meeting.findFirstOrThrow();
    expect(meeting).toMatchObject({ id: original.id, slug: "2024-06-21-dermer-sullivan" });
    expect(await db.slugHistory.findUnique({ where: { owner_slug: { owner: "meeting", slug: "2024-06-20-dermer-sullivan" } } })).toMatchObject({ targetId: original.id });
  });

  it("keeps an actor whose misspelt name an edit corrected, and redirects the old slug", async () => {
    const typo = A.replace("Jake Sullivan", "Jake Sulivan");
    await load(typo, articleA(typo, { sullivan: "Jake Sulivan" }));
    const before = await db.actor.findUniqueOrThrow({ where: { slug: "jake-sulivan" } });
    await load(A, articleA());
    const after = await db.actor.findUniqueOrThrow({ where: { id: before.id }, include: { aliases: true } });
    expect(after).toMatchObject({ slug: "jake-sullivan", name: "Jake Sullivan" });
    expect(after.aliases.map((alias) => alias.alias).sort()).toEqual(["Jake Sullivan", "Sullivan"]);
    expect(await db.slugHistory.findUnique({ where: { owner_slug: { owner: "actor", slug: "jake-sulivan" } } })).toMatchObject({ targetId: before.id });
  });

  it("keeps undated meetings of the same people in different articles apart", async () => {
    const first = `One\nSullivan and Dermer met again.`;
    const second = `Two\nSullivan and Dermer met again.`;
    const facts = (file: string, body: string) =>
      extracted(file, {
        actors: [actor(body, "s", "Jake Sullivan", { aliases: ["Sullivan"] }), actor(body, "d", "Ron Dermer", { aliases: ["Dermer"] })],
        interactions: [interaction(body, "m", "Sullivan and Dermer met again.", ["s", "d"], null)],
      });
    await load(first, facts("one.txt", first));
    await load(second, facts("two.txt", second));
    const slugs = (await db.meeting.findMany({ orderBy: { id: "asc" } })).map((meeting) => meeting.slug);
    expect(slugs).toEqual(["undated-dermer-sullivan", "undated-dermer-sullivan-2"]);
  });

  it("writes nothing when the output breaks the extraction contract", async () => {
    await expect(load(A, { ...articleA(), actors: [{ id: "", name: "" }] } as never)).rejects.toThrow(ExtractionContractError);
    expect(Object.values(await rowCounts(url)).every((count) => count === 0)).toBe(true);
  });

  it("drops a fact whose span lies outside the text, with a warning, and loads the rest", async () => {
    const facts = articleA();
    facts.quotes.push({ ...quote(A, "q2", "p1", "We made progress"), start: 10, end: A.length + 50 });
    const result = await load(A, facts);
    expect(result.warnings).toEqual([expect.stringContaining('quote "q2": span 10-')]);
    expect(await db.statement.count()).toBe(2);
  });

  it("rolls the whole article back when the database rejects one of its facts", async () => {
    const facts = articleA();
    const first = facts.statements[0];
    if (first) first.text = "bad \u0000 byte"; // PostgreSQL text cannot hold NUL
    await expect(load(A, facts)).rejects.toThrow();
    expect(Object.values(await rowCounts(url)).every((count) => count === 0)).toBe(true);
  });

  it("never duplicates an actor when two loads run at once", async () => {
    const [a, b] = await Promise.all([load(A, articleA()), load(B, articleB())]);
    expect([a.status, b.status]).toEqual(["new", "new"]);
    expect(await db.actor.count({ where: { name: "Jake Sullivan" } })).toBe(1);
    expect(await db.meeting.count()).toBe(1);
    expect(await db.meetingSource.count()).toBe(2);
  });
});
