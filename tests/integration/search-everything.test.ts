// The search box's people group on a record built by hand: a person's latest role is shown with the country the
// same title names in another article, as the people list and person page show it.
import { beforeEach, describe, expect, it } from "vitest";
import { searchEverything } from "@/lib/db/queries/search-everything";
import { parseSearchQuery } from "@/lib/web/search-query";
import { actor, extracted, quote } from "./support/facts";
import { load } from "./support/load";

const OLDER = `Stern visits Rome
Israeli National Security Adviser Avi Stern arrived in Rome. "We came to listen," Stern said.`;
const NEWER = `Stern returns
National Security Adviser Avi Stern returned on Monday. "It went well," Stern said.`;

const stern = (body: string, title: string, affiliation: string | null) => {
  const person = actor(body, "s", "Avi Stern", { aliases: ["Stern"], role: title });
  return { ...person, roles: person.roles.map((role) => ({ ...role, affiliation })) };
};

beforeEach(async () => {
  await load(OLDER, extracted("older.txt", { title: "Stern visits Rome", publishedAt: "2024-01-10", actors: [stern(OLDER, "National Security Adviser", "Israel")], quotes: [quote(OLDER, "q", "s", "We came to listen")] }));
  await load(NEWER, extracted("newer.txt", { title: "Stern returns", publishedAt: "2024-02-10", actors: [stern(NEWER, "National Security Adviser", null)], quotes: [quote(NEWER, "q", "s", "It went well")] }));
});

describe("the search box's people", () => {
  it("show the latest role with the country its title names elsewhere", async () => {
    const { people } = await searchEverything(parseSearchQuery("Avi Stern"));
    expect(people.find((person) => person.name === "Avi Stern")).toMatchObject({ role: "National Security Adviser, Israel", quotes: 2 });
  });
});
