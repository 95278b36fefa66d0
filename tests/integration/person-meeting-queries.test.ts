// The meeting page's and the person page's queries on a small record built by hand: roles at the time of a meeting,
// neighbouring meetings, a person's role groups, activity, counterparts and articles.
import { beforeEach, describe, expect, it } from "vitest";
import { getAdjacentMeetings, getMeetingBySlug } from "@/lib/db/queries/get-meeting";
import { getPersonBySlug, listPersonActivity, listPersonArticles } from "@/lib/db/queries/get-person";
import { listRelationships } from "@/lib/db/queries/list-relationships";
import type { Actor } from "@/lib/extract/schema";
import { actor, at, extracted, interaction, quote, statement } from "./support/facts";
import { load } from "./support/load";

const A = `Talks in Lyon
Mayor Lina Park met Omar Haddad on January 9. Rana Noor watched. "We agree," Park said.`;
const B = `Talks again
Governor Lina Park met Omar Haddad and Rana Noor on February 9. Haddad said the plan holds.`;
const C = `A call
Lina Park spoke by phone with Omar Haddad on March 9. They first met on December 1.`;
const D = `Undated note
Rana Noor, the envoy, met Mayor Lina Park.`;

function role(body: string, person: Actor, title: string, affiliation: string | null): Actor {
  return { ...person, roles: [{ title, affiliation, ...at(body, title) }] };
}
const park = (body: string) => actor(body, "p", "Lina Park", { aliases: ["Park"] });
const haddad = (body: string) => actor(body, "h", "Omar Haddad", { aliases: ["Haddad"] });
const noor = (body: string) => actor(body, "n", "Rana Noor");

beforeEach(async () => {
  await load(A, extracted("a.txt", {
    title: "Talks in Lyon",
    publishedAt: "2024-01-10",
    actors: [role(A, park(A), "Mayor", "Lyon"), haddad(A), noor(A)],
    interactions: [interaction(A, "m", "Mayor Lina Park met Omar Haddad on January 9.", ["p", "h"], "2024-01-09")],
    quotes: [quote(A, "q", "p", "We agree")],
  }));
  await load(B, extracted("b.txt", {
    title: "Talks again",
    publishedAt: "2024-02-10",
    actors: [role(B, park(B), "Governor", "Rhone"), haddad(B), noor(B)],
    interactions: [interaction(B, "m", "Governor Lina Park met Omar Haddad and Rana Noor on February 9.", ["p", "h", "n"], "2024-02-09")],
    statements: [statement(B, "s", "h", "the plan holds")],
  }));
  await load(C, extracted("c.txt", {
    title: "A call",
    publishedAt: "2024-03-10",
    actors: [park(C), haddad(C)],
    interactions: [
      interaction(C, "c", "Lina Park spoke by phone with Omar Haddad on March 9.", ["p", "h"], "2024-03-09", "call"),
      interaction(C, "m", "They first met on December 1.", ["p", "h"], "2023-12-01"),
    ],
  }));
  await load(D, extracted("d.txt", {
    title: "Undated note",
    actors: [role(D, park(D), "Mayor", "Lyon"), role(D, noor(D), "envoy", null)],
    interactions: [interaction(D, "m", "Rana Noor, the envoy, met Mayor Lina Park.", ["n", "p"], null)],
  }));
});

async function meeting(slug: string) {
  const found = await getMeetingBySlug(slug);
  if (!found) throw new Error(`no meeting ${slug}`);
  return found;
}
const roles = async (slug: string) => (await meeting(slug)).participants.map((person) => [person.slug, person.role && `${person.role.title}, ${person.role.affiliation ?? "-"}`]);

describe("a meeting's page", () => {
  it("gives each participant the role its source states, else the latest before the date, else the earliest, else an undated one", async () => {
    // Participants by name; the envoy's only role comes from an undated article.
    expect(await roles("2024-02-09-haddad-noor-park")).toEqual([["lina-park", "Governor, Rhone"], ["omar-haddad", null], ["rana-noor", "envoy, -"]]);
    expect(await roles("2024-01-09-haddad-park")).toEqual([["lina-park", "Mayor, Lyon"], ["omar-haddad", null]]);
    // No role in the call's own report: the latest published on or before 9 March is February's.
    expect(await roles("2024-03-09-haddad-park")).toEqual([["lina-park", "Governor, Rhone"], ["omar-haddad", null]]);
    // Before any dated role: the earliest dated one.
    expect(await roles("2023-12-01-haddad-park")).toEqual([["lina-park", "Mayor, Lyon"], ["omar-haddad", null]]);
  });

  it("lists its sources, statements and kind, and nothing for an unknown slug", async () => {
    const call = await meeting("2024-03-09-haddad-park");
    expect(call).toMatchObject({ kind: "call", datePrecision: "day", sources: [{ text: "Lina Park spoke by phone with Omar Haddad on March 9.", article: { slug: "a-call" } }] });
    expect(await getMeetingBySlug("2024-03-09-nobody")).toBeNull();
  });

  it("finds the previous and next dated meetings of all the participants, else of all but one of three, naming everyone at them", async () => {
    const neighbours = async (slug: string) => {
      const found = await getAdjacentMeetings(await meeting(slug));
      return [found.previous && [found.previous.slug, found.previous.shared, found.previous.names], found.next && [found.next.slug, found.next.shared, found.next.names]];
    };
    const pair = ["Lina Park", "Omar Haddad"];
    // No other meeting has all three: the nearest with two of them, each direction.
    expect(await neighbours("2024-02-09-haddad-noor-park")).toEqual([
      ["2024-01-09-haddad-park", pair, pair],
      ["2024-03-09-haddad-park", pair, pair],
    ]);
    // The next meeting of both has a third participant: named too, and not among the shared.
    expect(await neighbours("2024-01-09-haddad-park")).toEqual([["2023-12-01-haddad-park", pair, pair], ["2024-02-09-haddad-noor-park", pair, [...pair, "Rana Noor"]]]);
    expect(await neighbours("2023-12-01-haddad-park")).toEqual([null, ["2024-01-09-haddad-park", pair, pair]]);
    expect(await neighbours("undated-noor-park")).toEqual([null, null]);
  });
});

describe("a person's page", () => {
  it("gives a summary role the country or body its title names elsewhere for the same person, and lists roles as written", async () => {
    // A later article names the title alone: shown beside her name, it keeps the affiliation the title has elsewhere.
    const E = `Harbour visit\nMayor Lina Park met Omar Haddad on April 9.`;
    await load(E, extracted("e.txt", {
      title: "Harbour visit",
      publishedAt: "2024-04-10",
      actors: [role(E, park(E), "Mayor", null), haddad(E)],
      interactions: [interaction(E, "m", "Mayor Lina Park met Omar Haddad on April 9.", ["p", "h"], "2024-04-09")],
    }));
    expect((await meeting("2024-04-09-haddad-park")).participants.find((person) => person.slug === "lina-park")?.role).toEqual({ title: "Mayor", affiliation: "Lyon" });
    const person = await getPersonBySlug("lina-park");
    expect(person?.lastRole).toEqual({ title: "Mayor", affiliation: "Lyon" });
    // The role list is the evidence: the new article's role stays as that article writes it.
    expect(person?.roles.filter((row) => row.article.slug === "harbour-visit").map((row) => [row.title, row.affiliation])).toEqual([["Mayor", null]]);
    // A title never given an affiliation stays without one.
    expect((await roles("undated-noor-park")).find(([slug]) => slug === "rana-noor")).toEqual(["rana-noor", "envoy, -"]);
  });

  it("groups the roles by title and affiliation in the order they first appear, undated sources last, and gives the last role", async () => {
    const person = await getPersonBySlug("lina-park");
    expect(person?.aliases.map((alias) => alias.alias)).toEqual(["Lina Park", "Park"]);
    expect(person?.roles.map((row) => [row.title, row.affiliation, row.groupTotal, row.article.slug])).toEqual([
      ["Mayor", "Lyon", 2, "talks-in-lyon"],
      ["Mayor", "Lyon", 2, "undated-note"],
      ["Governor", "Rhone", 1, "talks-again"],
    ]);
    // An undated article counts as the latest.
    expect(person?.lastRole).toEqual({ title: "Mayor", affiliation: "Lyon" });
    expect(person?._count).toEqual({ meetings: 5, notHeld: 0, statements: 1 });
    expect((await getPersonBySlug("omar-haddad"))?.lastRole).toBeNull();
    expect(await getPersonBySlug("nobody")).toBeNull();
  });

  it("lists meetings in date order with the others present, undated last, and quotes newest first", async () => {
    const person = await getPersonBySlug("omar-haddad");
    const activity = await listPersonActivity(person?.id ?? 0);
    expect(activity.meetings.map((row) => [row.slug, row.participants.map((participant) => participant.actor.slug)])).toEqual([
      ["2023-12-01-haddad-park", ["lina-park"]],
      ["2024-01-09-haddad-park", ["lina-park"]],
      ["2024-02-09-haddad-noor-park", ["lina-park", "rana-noor"]],
      ["2024-03-09-haddad-park", ["lina-park"]],
    ]);
    expect(activity.quotes.map((row) => row.text)).toEqual(["the plan holds"]);
    const park = await getPersonBySlug("lina-park");
    expect((await listPersonActivity(park?.id ?? 0)).meetings.map((row) => row.slug).at(-1)).toBe("undated-noor-park");
  });

  it("lists who she met (held meetings and calls) by how often, newest first, and lists the articles newest first, undated last", async () => {
    const park = await getPersonBySlug("lina-park");
    const relationships = await listRelationships(park?.id ?? 0);
    // Park's roles put her on Lyon's side; the others name no side and each met her alone at least once.
    expect(relationships.side).toBe("Lyon");
    expect(relationships.met.map((row) => [row.slug, row.count, row.meetings.length])).toEqual([
      ["omar-haddad", 4, 4],
      ["rana-noor", 2, 2],
    ]);
    expect(relationships.met[0]?.meetings.map((meeting) => meeting.slug)).toEqual(["2024-03-09-haddad-park", "2024-02-09-haddad-noor-park", "2024-01-09-haddad-park", "2023-12-01-haddad-park"]);
    expect(relationships.alongside).toEqual([]);
    expect(relationships.notHeld).toEqual([]);
    const articles = await listPersonArticles(park?.id ?? 0);
    expect(articles.total).toBe(4);
    // Mentions as the hand-built facts give them: every "Lina Park" and every "Park".
    const mentions = (body: string) => body.split("Lina Park").length - 1 + body.split("Park").length - 1;
    expect(articles.articles.map((row) => [row.slug, row.mentions])).toEqual([["a-call", mentions(C)], ["talks-again", mentions(B)], ["talks-in-lyon", mentions(A)], ["undated-note", mentions(D)]]);
  });
});
