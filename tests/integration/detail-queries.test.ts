// The queries behind the article, quote, people and front pages and the speaker picker, on a small record built by
// hand: what each returns, in what order, and what it leaves out.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findCurrentSlug } from "@/lib/db/queries/find-current-slug";
import { getArticleBySlug, listArticles } from "@/lib/db/queries/get-article";
import { getQuoteById } from "@/lib/db/queries/get-quote";
import { getRecordCounts, listMostQuoted } from "@/lib/db/queries/get-record-counts";
import { listAffiliations, listPeople } from "@/lib/db/queries/list-people";
import { listSpeakersBySlug, suggestSpeakers } from "@/lib/db/queries/suggest-speakers";
import type { Actor } from "@/lib/extract/schema";
import { actor, at, extracted, interaction, quote, statement } from "./support/facts";
import { load } from "./support/load";

const FIRST = `Harbour deal near
Mayor Lina Park met Omar Haddad in Lyon on March 9.

"We will build it," Park said. Haddad said the money was ready. The Port Authority said work starts soon.`;
const SECOND = `Harbour deal signed
"It is signed," Haddad said. "Good news for 100% of us," Park said.`;

function withRole(body: string, person: Actor, title: string, affiliation: string | null): Actor {
  return { ...person, roles: [{ title, affiliation, ...at(body, title) }] };
}

let first: number;
let second: number;

beforeEach(async () => {
  const park = actor(FIRST, "p", "Lina Park", { aliases: ["Park"] });
  first = (
    await load(
      FIRST,
      extracted("first.txt", {
        title: "Harbour deal near",
        outlet: "Harbour News",
        url: "https://example.org/first",
        publishedAt: "2024-03-10",
        actors: [withRole(FIRST, park, "Mayor", "Lyon"), actor(FIRST, "h", "Omar Haddad", { aliases: ["Haddad"] }), actor(FIRST, "o", "Port Authority", { kind: "organization" })],
        interactions: [interaction(FIRST, "m", "Mayor Lina Park met Omar Haddad in Lyon on March 9.", ["p", "h"], "2024-03-09")],
        quotes: [quote(FIRST, "q", "p", "We will build it")],
        statements: [statement(FIRST, "s", "h", "the money was ready"), statement(FIRST, "o1", "o", "work starts soon")],
      }),
    )
  ).articleId;
  second = (
    await load(
      SECOND,
      extracted("second.txt", {
        title: "Harbour deal signed",
        publishedAt: "2024-03-11",
        actors: [actor(SECOND, "h", "Omar Haddad", { aliases: ["Haddad"] }), actor(SECOND, "p", "Lina Park", { aliases: ["Park"] })],
        quotes: [quote(SECOND, "q1", "h", "It is signed"), quote(SECOND, "q2", "p", "Good news for 100% of us")],
      }),
    )
  ).articleId;
});

describe("articles", () => {
  it("gives an article with its text and every span the reader highlights", async () => {
    const article = await getArticleBySlug("harbour-deal-near");
    expect(article).toMatchObject({ id: first, title: "Harbour deal near", outlet: "Harbour News", url: "https://example.org/first", body: FIRST });
    expect(article?.statements.map((row) => FIRST.slice(row.start, row.end)).sort()).toEqual(["We will build it", "the money was ready", "work starts soon"]);
    expect(article?.sources.map((row) => [FIRST.slice(row.start, row.end), row.meeting.kind])).toEqual([["Mayor Lina Park met Omar Haddad in Lyon on March 9.", "meeting"]]);
    expect(new Set(article?.mentions.map((row) => row.actor.slug))).toEqual(new Set(["lina-park", "omar-haddad", "port-authority"]));
    expect(await getArticleBySlug("no-such-article")).toBeNull();
  });

  it("lists articles newest first with their counts, and nothing past the last page", async () => {
    const list = await listArticles(1);
    expect(list.total).toBe(2);
    expect(list.articles).toEqual([
      { slug: "harbour-deal-signed", title: "Harbour deal signed", lead: null, outlet: null, url: null, publishedAt: new Date("2024-03-11T00:00:00.000Z"), statements: 2, evidence: 0, mentions: 2 },
      { slug: "harbour-deal-near", title: "Harbour deal near", lead: null, outlet: "Harbour News", url: "https://example.org/first", publishedAt: new Date("2024-03-10T00:00:00.000Z"), statements: 3, evidence: 1, mentions: 7 },
    ]);
    expect((await listArticles(2)).articles).toEqual([]);
    expect((await listArticles(list.maxPage + 1)).articles).toEqual([]);
  });
});

describe("a quote's page", () => {
  it("gives the quote with its paragraph and the quote's offsets in it", async () => {
    const row = await db.statement.findFirstOrThrow({ where: { text: "We will build it" }, select: { id: true } });
    const detail = await getQuoteById(row.id);
    expect(detail).toMatchObject({ kind: "direct", text: "We will build it", speaker: { slug: "lina-park", name: "Lina Park" }, article: { slug: "harbour-deal-near" } });
    expect(detail && "body" in detail.article).toBe(false);
    const context = detail?.context;
    expect(context && context.text.slice(context.quoteStart, context.quoteEnd)).toBe("We will build it");
    // A short paragraph is preceded by the earlier ones.
    expect(context?.text).toBe(FIRST);
    expect(await getQuoteById(row.id + 1000)).toBeNull();
  });
});

describe("old slugs", () => {
  it("lead to the current slug of a renamed actor, and nowhere for a slug never used", async () => {
    const bare = `Port chief\nNoor spoke.`;
    await load(bare, extracted("chief.txt", { title: "Port chief", actors: [actor(bare, "n", "Noor")] }));
    expect(await findCurrentSlug("actor", "noor")).toBeNull();
    const edited = `Port chief\nRana Noor spoke.`;
    await load(edited, extracted("chief.txt", { title: "Port chief", actors: [actor(edited, "n", "Rana Noor")] }));
    expect(await findCurrentSlug("actor", "noor")).toBe("rana-noor");
    expect(await findCurrentSlug("meeting", "noor")).toBeNull();
    expect(await findCurrentSlug("article", "harbour-deal-near")).toBeNull();
  });

  it("lead to the current slug of an article whose title an edit changed", async () => {
    const retitled = FIRST.replace("Harbour deal near", "Harbour deal closer");
    await load(retitled, extracted("first.txt", { title: "Harbour deal closer", publishedAt: "2024-03-10" }));
    expect(await findCurrentSlug("article", "harbour-deal-near")).toBe("harbour-deal-closer");
  });

  it("lead to the current slug of a meeting whose date an edit corrected", async () => {
    const redated = FIRST.replace("March 9", "March 8");
    const people = [actor(redated, "p", "Lina Park", { aliases: ["Park"] }), actor(redated, "h", "Omar Haddad", { aliases: ["Haddad"] })];
    await load(
      redated,
      extracted("first.txt", { title: "Harbour deal near", publishedAt: "2024-03-10", actors: people, interactions: [interaction(redated, "m", "Mayor Lina Park met Omar Haddad in Lyon on March 8.", ["p", "h"], "2024-03-08")] }),
    );
    expect(await findCurrentSlug("meeting", "2024-03-09-haddad-park")).toBe("2024-03-08-haddad-park");
    expect(await findCurrentSlug("actor", "2024-03-09-haddad-park")).toBeNull();
  });
});

describe("people", () => {
  it("lists everyone by name with meeting and quote counts and the latest role, filtered by kind and affiliation", async () => {
    const all = await listPeople({ kind: "all", page: 1 });
    expect(all.total).toBe(3);
    expect(all.people).toEqual([
      { slug: "lina-park", name: "Lina Park", kind: "person", role: { title: "Mayor", affiliation: "Lyon" }, meetings: 1, quotes: 2 },
      { slug: "omar-haddad", name: "Omar Haddad", kind: "person", role: null, meetings: 1, quotes: 2 },
      { slug: "port-authority", name: "Port Authority", kind: "organization", role: null, meetings: 0, quotes: 1 },
    ]);
    expect((await listPeople({ kind: "organization", page: 1 })).people.map((person) => person.slug)).toEqual(["port-authority"]);
    expect(await listPeople({ kind: "all", affiliation: "Lyon", page: 1 })).toMatchObject({ total: 1, people: [{ slug: "lina-park" }] });
    expect((await listPeople({ kind: "all", affiliation: "Paris", page: 1 })).total).toBe(0);
    expect((await listPeople({ kind: "all", page: all.maxPage + 1 })).people).toEqual([]);
    expect(await listAffiliations()).toEqual(["Lyon"]);
  });
});

describe("speaker suggestions", () => {
  it("finds speakers by any name, misspelt or partial, best match first, and never someone with no quotes", async () => {
    expect((await suggestSpeakers("Haddad")).map((row) => row.slug)).toEqual(["omar-haddad"]);
    expect((await suggestSpeakers("hadad")).map((row) => row.slug)).toEqual(["omar-haddad"]);
    expect((await suggestSpeakers("  lina  ")).map((row) => [row.slug, row.quotes, row.score])).toEqual([["lina-park", 2, 1]]);
    expect((await suggestSpeakers("Authority")).map((row) => row.slug)).toEqual(["port-authority"]);
    expect(await suggestSpeakers("   ")).toEqual([]);
    // LIKE's wildcards are matched as characters.
    expect(await suggestSpeakers("%")).toEqual([]);
    expect(await suggestSpeakers("_")).toEqual([]);
    expect((await suggestSpeakers("a", 1)).length).toBe(1);
  });

  it("names the speakers a URL selects, in its order, leaving out unknown slugs", async () => {
    expect(await listSpeakersBySlug(["omar-haddad", "nobody", "lina-park"])).toEqual([
      { slug: "omar-haddad", name: "Omar Haddad", quotes: 2 },
      { slug: "lina-park", name: "Lina Park", quotes: 2 },
    ]);
    expect(await listSpeakersBySlug([])).toEqual([]);
  });
});

describe("front page", () => {
  it("counts what the record holds and lists the most quoted", async () => {
    expect(await getRecordCounts()).toEqual({ articles: 2, people: 2, organizations: 1, meetings: 1, quotes: 5 });
    expect(await listMostQuoted(2)).toEqual([
      { slug: "lina-park", name: "Lina Park", kind: "person", quotes: 2 },
      { slug: "omar-haddad", name: "Omar Haddad", kind: "person", quotes: 2 },
    ]);
    expect(second).toBeGreaterThan(first);
  });
});
