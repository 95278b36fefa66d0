// The person rules with invented people: who is merged, on what evidence, and who never is.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/extract/schema";
import { normalizeName } from "./names";
import { matchPerson, type PersonCandidate } from "./person-match";
import { summarizeRoles } from "./role-evidence";

type Role = Actor["roles"][number];
const role = (title: string, affiliation: string | null = null): Role => ({ title, affiliation });

function local(name: string, options: { aliases?: string[]; roles?: Role[] } = {}): Actor {
  return { id: "x", name, kind: "person", aliases: options.aliases ?? [], roles: options.roles ?? [] };
}

function known(name: string, options: { aliases?: string[]; roles?: Role[] } = {}): PersonCandidate {
  return { name, forms: new Set([name, ...(options.aliases ?? [])].map(normalizeName)), roles: summarizeRoles(options.roles ?? []) };
}

const matched = (person: Actor, candidates: PersonCandidate[]) => {
  const match = matchPerson(person, candidates);
  return match && { name: match.actor.name, upgrade: match.upgrade, rule: match.rule };
};

describe("matchPerson", () => {
  it("joins the same name, and a full name the record knows as an alias", () => {
    expect(matched(local("Teodor Vasquez"), [known("Teodor Vasquez")])).toEqual({ name: "Teodor Vasquez", upgrade: false, rule: "same name" });
    expect(matched(local("Vasquez"), [known("Vasquez")])?.rule).toBe("same name");
  });

  it("joins a middle initial, and takes the fuller name", () => {
    expect(matched(local("Petra J. Lindqvist"), [known("Petra Lindqvist")])).toEqual({ name: "Petra Lindqvist", upgrade: true, rule: "same first and family name" });
    expect(matched(local("Petra Lindqvist"), [known("Petra J. Lindqvist")])?.upgrade).toBe(false);
  });

  it("never joins two people who share a family name or a given name", () => {
    expect(matched(local("Oren Talmi"), [known("Yael Talmi")])).toBeNull();
    expect(matched(local("Oren Talmi"), [known("Oren Basri")])).toBeNull();
    expect(matched(local("Oren Talmi", { roles: [role("Finance Minister", "Eastmark")] }), [known("Yael Talmi", { roles: [role("Finance Minister", "Eastmark")] })])).toBeNull();
  });

  it("joins a name with a suffix only when a role agrees, and never two different suffixes", () => {
    const defence = [role("Secretary of Defence")];
    expect(matched(local("Carl B. Mott III", { roles: [role("Defence Secretary")] }), [known("Carl Mott", { roles: defence })])).toEqual({
      name: "Carl Mott",
      upgrade: true,
      rule: "a suffix on one side",
    });
    expect(matched(local("Carl Mott Jr."), [known("Carl Mott", { roles: defence })])).toBeNull();
    expect(matched(local("Carl Mott Jr.", { roles: defence }), [known("Carl Mott Sr.", { roles: defence })])).toBeNull();
  });

  it("joins a family name alone to the one person of that name, unless their roles say they are two", () => {
    expect(matched(local("Vasquez"), [known("Teodor Vasquez")])?.rule).toBe("family name alone");
    expect(matched(local("Vasquez"), [known("Teodor Vasquez"), known("Lina Vasquez")])).toBeNull();
    // Of two, the one whose role this article gives.
    const mayor = known("Lina Vasquez", { roles: [role("mayor", "Lindholm")] });
    expect(matched(local("Vasquez", { roles: [role("Foreign Minister")] }), [known("Teodor Vasquez", { roles: [role("Foreign Minister", "Eastmark")] }), mayor])?.name).toBe("Teodor Vasquez");
    // A family name written first: the record knows the one-word name from an article that gave both.
    expect(matched(local("Xi"), [known("Xi Wenbo", { aliases: ["Xi"] })])?.rule).toBe("family name alone");
    expect(matched(local("Xi"), [known("Xi Wenbo")])).toBeNull();
    expect(matched(local("Vasquez", { roles: [role("General", "Westmark")] }), [known("Teodor Vasquez", { roles: [role("Foreign Minister", "Eastmark")] })])).toBeNull();
    expect(matched(local("Vasquez", { roles: [role("Foreign Minister")] }), [known("Teodor Vasquez", { roles: [role("Foreign Minister", "Eastmark")] })])?.rule).toBe("family name alone");
  });

  it("completes a family name with a full name, but never a monarch's given name", () => {
    expect(matched(local("Teodor Vasquez"), [known("Vasquez")])).toEqual({ name: "Vasquez", upgrade: true, rule: "full name completes a family name" });
    const king = known("Halim", { aliases: ["Halim II"], roles: [role("King", "Eastmark")] });
    expect(matched(local("Rafiq Halim", { roles: [role("army chief", "Westmark")] }), [king])).toBeNull();
    expect(matched(local("Rafiq Halim"), [known("Halim", { aliases: ["Halim II"] })])).toBeNull();
    expect(matched(local("Halim", { roles: [role("King")] }), [known("Rafiq Halim")])).toBeNull();
  });

  it("joins a familiar given name with a role in common", () => {
    const minister = [role("Prime Minister", "Eastmark")];
    expect(matched(local("Bill Hadley", { roles: minister }), [known("William Hadley", { roles: minister })])?.rule).toBe("familiar given name");
    expect(matched(local("Bill Hadley"), [known("William Hadley", { roles: minister })])).toBeNull();
    expect(matched(local("Bill Hadley", { roles: minister }), [known("Walter Hadley", { roles: minister })])).toBeNull();
  });

  it("joins transliterations and misspellings with a role in common", () => {
    const envoy = [role("envoy", "Westmark")];
    expect(matched(local("Abdel Karim al-Sissi", { roles: envoy }), [known("Abdul Karim el-Sisi", { roles: envoy })])?.rule).toBe("transliteration");
    expect(matched(local("Muhammad Qadri", { roles: envoy }), [known("Mohammed Qadri", { roles: [role("special envoy")] })])?.rule).toBe("transliteration");
    expect(matched(local("Tomas Verbrugge", { roles: [role("mayor", "Lindholm")] }), [known("Tomas Verbrugghe", { roles: [role("Mayor")] })])?.rule).toBe("misspelling");
    expect(matched(local("Tomas Verbrugge"), [known("Tomas Verbrugghe")])).toBeNull();
    expect(matched(local("Marek Ostrowski", { roles: envoy }), [known("Mirko Ostrowski", { roles: envoy })])).toBeNull();
  });

  it("joins a lineage with its family name added, and a name to the longer name it ends, with a role in common", () => {
    const minister = [role("Foreign Minister", "Eastmark")];
    expect(matched(local("Nasir bin Farid Al Hamdan", { roles: minister }), [known("Nasir bin Farid", { roles: [role("Prince", "Eastmark")] })])).toEqual({
      name: "Nasir bin Farid",
      upgrade: true,
      rule: "lineage",
    });
    expect(matched(local("Nasir bin Farid Al Hamdan", { roles: minister }), [known("Nasir bin Kamal", { roles: minister })])).toBeNull();
    const president = [role("President")];
    expect(matched(local("Marco Aurelio Lucas da Costa", { roles: president }), [known("Lucas da Costa", { roles: [role("President", "Southland")] })])).toEqual({
      name: "Lucas da Costa",
      upgrade: true,
      rule: "end of a longer name",
    });
    // "da Costa" alone is a family name, not a name the longer one ends with.
    expect(matched(local("Marco da Costa", { roles: president }), [known("Lucas da Costa", { roles: president })])).toBeNull();
  });

  it("picks nobody when a loose rule fits two people", () => {
    const envoy = [role("envoy")];
    expect(matched(local("Bill Hadley", { roles: envoy }), [known("William Hadley", { roles: envoy }), known("Billy Hadley", { roles: envoy })])).toBeNull();
  });
});
