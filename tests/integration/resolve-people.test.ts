// One person, one page across articles, through the real loader (new articles and edited ones): names that vary
// join on evidence, namesakes stay apart, and a record from before the name keys is keyed on the next ingest.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { fillNameKeys } from "@/lib/ingest/name-keys";
import type { Actor } from "@/lib/extract/schema";
import { actor, extracted } from "./support/facts";
import { load } from "./support/load";

type Person = { name: string; aliases?: string[]; title?: string; affiliation?: string | null };

/** An article that names these people once each, every one with the role given. */
function article(file: string, people: Person[]) {
  const body = `${file}\n${people.map((person) => `${person.title ? `${person.title} ` : ""}${[person.name, ...(person.aliases ?? [])].join(", also ")} spoke.`).join("\n")}`;
  const actors: Actor[] = people.map((person, index) => ({
    ...actor(body, `p${index}`, person.name, { aliases: person.aliases ?? [] }),
    roles: person.title ? [{ title: person.title, affiliation: person.affiliation ?? null }] : [],
  }));
  return { body, facts: extracted(file, { title: file, actors }) };
}

const loadPeople = async (file: string, people: Person[]) => {
  const { body, facts } = article(file, people);
  return load(body, facts);
};

const pages = async () => (await db.actor.findMany({ where: { kind: "person" }, orderBy: { id: "asc" }, include: { aliases: { orderBy: { id: "asc" } } } })).map((row) => [row.name, row.aliases.map((alias) => alias.alias)]);

describe("one person, one page", () => {
  it("joins a lineage to its longer form and a middle initial with a suffix, on a role in common, under the fuller name", async () => {
    await loadPeople("one.txt", [
      { name: "Nasir bin Farid", title: "Foreign Minister", affiliation: "Eastmark" },
      { name: "Carl Mott", title: "Defence Secretary" },
    ]);
    await loadPeople("two.txt", [
      { name: "Nasir bin Farid Al Hamdan", title: "Foreign Minister", affiliation: "Eastmark" },
      { name: "Carl B. Mott III", title: "Secretary of Defence" },
    ]);
    expect(await pages()).toEqual([
      ["Nasir bin Farid Al Hamdan", ["Nasir bin Farid", "Nasir bin Farid Al Hamdan"]],
      ["Carl B. Mott III", ["Carl Mott", "Carl B. Mott III"]],
    ]);
    expect(await db.slugHistory.count({ where: { owner: "actor", slug: { in: ["nasir-bin-farid", "carl-mott"] } } })).toBe(2);
  });

  it("keeps a king and an officer who share one name part on two pages, in either order", async () => {
    const king: Person = { name: "Halim", aliases: ["Halim II"], title: "King", affiliation: "Eastmark" };
    const officer: Person = { name: "Rafiq Halim", aliases: ["Halim"], title: "army chief", affiliation: "Westmark" };
    await loadPeople("king.txt", [king]);
    await loadPeople("officer.txt", [officer]);
    expect((await pages()).map(([name]) => name)).toEqual(["Halim", "Rafiq Halim"]);
  });

  it("keeps two people with one family name apart, and joins a familiar given name only on a role in common", async () => {
    await loadPeople("one.txt", [{ name: "Oren Talmi", title: "mayor", affiliation: "Lindholm" }, { name: "William Hadley", title: "Prime Minister", affiliation: "Eastmark" }]);
    await loadPeople("two.txt", [{ name: "Yael Talmi", title: "mayor", affiliation: "Lindholm" }, { name: "Bill Hadley" }]);
    await loadPeople("three.txt", [{ name: "Billy Hadley", title: "Prime Minister" }]);
    expect((await pages()).map(([name]) => name)).toEqual(["Oren Talmi", "William Hadley", "Yael Talmi", "Bill Hadley"]);
    const william = await db.actor.findFirstOrThrow({ where: { name: "William Hadley" }, include: { aliases: true } });
    expect(william.aliases.map((alias) => [alias.alias, alias.articleIds.length])).toEqual(expect.arrayContaining([["Billy Hadley", 1]]));
  });

  it("reads a given name alone as the person the same article names in full", async () => {
    await loadPeople("one.txt", [{ name: "Nasir bin Farid Al Hamdan", title: "Emir" }, { name: "Nasir", aliases: ["Sheikh Nasir"] }]);
    expect(await pages()).toEqual([["Nasir bin Farid Al Hamdan", ["Nasir bin Farid Al Hamdan", "Nasir", "Sheikh Nasir"]]]);
  });

  it("applies the same rules to an edited article as to a new one", async () => {
    await loadPeople("one.txt", [{ name: "Lucas da Costa", title: "President", affiliation: "Southland" }]);
    await loadPeople("two.txt", [{ name: "Teodor Vasquez" }]);
    const edited = await loadPeople("two.txt", [{ name: "Marco Aurelio Lucas da Costa", title: "President" }]);
    expect(edited.status).toBe("changed");
    expect((await pages()).map(([name]) => name)).toEqual(["Marco Aurelio Lucas da Costa"]);
  });

  it("keeps each person's titles and affiliations in step with the articles that give them", async () => {
    await loadPeople("one.txt", [{ name: "Petra Lindqvist", title: "envoy", affiliation: "Eastmark" }]);
    await loadPeople("two.txt", [{ name: "Petra Lindqvist", title: "Mayor", affiliation: "Lindholm" }]);
    const read = () => db.actor.findFirstOrThrow({ select: { titles: true, affiliations: true } });
    expect(await read()).toEqual({ titles: ["Mayor", "envoy"], affiliations: ["Eastmark", "Lindholm"] });
    expect((await loadPeople("two.txt", [{ name: "Petra Lindqvist" }])).status).toBe("changed");
    expect(await read()).toEqual({ titles: ["envoy"], affiliations: ["Eastmark"] });
    expect((await loadPeople("two.txt", [{ name: "Petra Lindqvist", title: "Governor", affiliation: "Eastmark" }])).status).toBe("changed");
    expect(await read()).toEqual({ titles: ["Governor", "envoy"], affiliations: ["Eastmark"] });
    expect((await loadPeople("one.txt", [{ name: "Petra Lindqvist", title: "Governor" }])).status).toBe("changed");
    expect(await read()).toEqual({ titles: ["Governor"], affiliations: ["Eastmark"] });
  });

  it("keys people written before the name keys existed, so the next article finds them", async () => {
    await loadPeople("one.txt", [{ name: "Petra Lindqvist", title: "envoy" }]);
    await db.$executeRaw`UPDATE "actor" SET "name_keys" = NULL`;
    await db.$transaction((tx) => fillNameKeys(tx));
    const [row] = await db.$queryRaw<Array<{ name_keys: string[] }>>`SELECT "name_keys" FROM "actor"`;
    expect(row?.name_keys).toEqual(expect.arrayContaining([expect.stringMatching(/^family:/), expect.stringMatching(/^given:/)]));
    await loadPeople("two.txt", [{ name: "Lindqvist", title: "envoy" }]);
    expect((await pages()).map(([name]) => name)).toEqual(["Petra Lindqvist"]);
  });
});
