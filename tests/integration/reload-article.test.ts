// Loading an article again: same text with new extraction rules, and an edit that completes a bare name. Facts are
// built by hand (support/facts.ts), so each test names exactly what changed between the two loads.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { actor, extracted, quote, statement } from "./support/facts";
import { load } from "./support/load";

const TEXT = `Port talks resume
Lina Park met Omar Haddad at the port on Monday. "The cranes stay," Park said. Haddad said the deal was close.`;

function facts(options: { statements?: boolean } = {}) {
  return extracted("port.txt", {
    title: "Port talks resume",
    publishedAt: "2024-05-16",
    actors: [actor(TEXT, "p", "Lina Park", { aliases: ["Park"] }), actor(TEXT, "h", "Omar Haddad", { aliases: ["Haddad"] })],
    quotes: [quote(TEXT, "q", "p", "The cranes stay")],
    statements: options.statements === false ? [] : [statement(TEXT, "s", "h", "the deal was close")],
  });
}

const statementTexts = async () => (await db.statement.findMany({ orderBy: { start: "asc" }, select: { text: true } })).map((row) => row.text);

describe("loading an article again", () => {
  it("replaces the facts of an unchanged text when the extraction gives different ones (new rules)", async () => {
    expect((await load(TEXT, facts({ statements: false }))).status).toBe("new");
    expect(await statementTexts()).toEqual(["The cranes stay"]);
    // The same bytes: only the extraction's output differs.
    const again = await load(TEXT, facts());
    expect(again.status).toBe("changed");
    expect(again.facts).toMatchObject({ quotes: 1, statements: 1 });
    expect(await statementTexts()).toEqual(["The cranes stay", "the deal was close"]);
    // And back: a rule that stops finding a fact removes it.
    expect((await load(TEXT, facts({ statements: false }))).status).toBe("changed");
    expect(await statementTexts()).toEqual(["The cranes stay"]);
    expect((await load(TEXT, facts({ statements: false }))).status).toBe("unchanged");
  });

  it("renames the actor in place when an edit of the only article naming it completes its bare name", async () => {
    const bare = `Envoy speaks\nGantz said the talks would go on.`;
    await load(bare, extracted("envoy.txt", { title: "Envoy speaks", actors: [actor(bare, "g", "Gantz")], statements: [statement(bare, "s", "g", "the talks would go on")] }));
    const before = await db.actor.findUniqueOrThrow({ where: { slug: "gantz" } });

    const full = `Envoy speaks\nBenny Gantz said the talks would go on.`;
    const edit = await load(full, extracted("envoy.txt", { title: "Envoy speaks", actors: [actor(full, "g", "Benny Gantz", { aliases: ["Gantz"] })], statements: [statement(full, "s", "g", "the talks would go on")] }));
    expect(edit.status).toBe("changed");
    const actors = await db.actor.findMany({ select: { id: true, name: true, slug: true } });
    expect(actors).toEqual([{ id: before.id, name: "Benny Gantz", slug: "benny-gantz" }]);
    expect(await db.slugHistory.findMany({ select: { owner: true, slug: true, targetId: true } })).toEqual([{ owner: "actor", slug: "gantz", targetId: before.id }]);
    expect(await db.statement.findFirstOrThrow({ select: { speakerId: true } })).toEqual({ speakerId: before.id });
  });

  it("renames the actor in place when an edit completes a bare name another article also uses", async () => {
    const other = `Second report\nGantz spoke again.`;
    await load(other, extracted("other.txt", { title: "Second report", actors: [actor(other, "g", "Gantz")] }));
    const bare = `Envoy speaks\nGantz said the talks would go on.`;
    await load(bare, extracted("envoy.txt", { title: "Envoy speaks", actors: [actor(bare, "g", "Gantz")] }));
    const before = await db.actor.findUniqueOrThrow({ where: { slug: "gantz" } });

    const full = `Envoy speaks\nBenny Gantz said the talks would go on.`;
    expect((await load(full, extracted("envoy.txt", { title: "Envoy speaks", actors: [actor(full, "g", "Benny Gantz")] }))).status).toBe("changed");
    expect(await db.actor.findMany({ select: { id: true, name: true, slug: true } })).toEqual([{ id: before.id, name: "Benny Gantz", slug: "benny-gantz" }]);
  });
});
