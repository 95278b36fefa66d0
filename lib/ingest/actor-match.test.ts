import { describe, expect, it } from "vitest";
import type { Actor as ExtractedActor } from "@/lib/extract/schema";
import { ActorIndex, candidateKeys, findMatch, isRenamed, type KnownActor } from "./actor-match";
import { normalizeName } from "./names";
import { summarizeRoles } from "./role-evidence";

let nextId = 1;
function known(name: string, kind = "person", aliases: string[] = []): KnownActor {
  const id = nextId++;
  return { id, slug: normalizeName(name).replace(/ /g, "-"), name, kind, forms: new Set([name, ...aliases].map(normalizeName)), roles: summarizeRoles([]), evidenced: true };
}
const local = (name: string, kind: ExtractedActor["kind"] = "person", aliases: string[] = []): ExtractedActor => ({ id: "a", name, kind, aliases, roles: [] });
const match = (actor: ExtractedActor, record: KnownActor[]) => {
  const found = findMatch(actor, record);
  return found && { name: found.actor.name, upgrade: found.upgrade };
};

describe("findMatch", () => {
  const benjamin = known("Benjamin Netanyahu");
  const yair = known("Yair Netanyahu");
  const gantz = known("Benny Gantz");

  it("joins a bare family name to the one person of that name", () => {
    expect(match(local("Gantz"), [benjamin, gantz])).toEqual({ name: "Benny Gantz", upgrade: false });
    expect(match(local("Netanyahu"), [benjamin, gantz])).toEqual({ name: "Benjamin Netanyahu", upgrade: false });
  });

  it("joins an ambiguous bare family name to nobody, whichever namesake came first", () => {
    expect(match(local("Netanyahu"), [benjamin, yair])).toBeNull();
    expect(match(local("Netanyahu"), [yair, benjamin])).toBeNull();
  });

  it("matches the same full name, and a full name written with a middle initial (which then names the actor)", () => {
    expect(match(local("Benny Gantz"), [benjamin, gantz])).toEqual({ name: "Benny Gantz", upgrade: false });
    // The longer form of the same name is kept (an upgrade).
    expect(match(local("Benjamin J. Netanyahu"), [yair, benjamin])).toEqual({ name: "Benjamin Netanyahu", upgrade: true });
    expect(match(local("Jake Tapper"), [known("Jake Sullivan")])).toBeNull();
  });

  it("matches a full name that is a known alias of someone, and a one-word alias only when one person goes by it", () => {
    const bibi = known("Benjamin Netanyahu", "person", ["Bibi Netanyahu", "Bibi"]);
    expect(match(local("Bibi Netanyahu"), [yair, bibi])).toEqual({ name: "Benjamin Netanyahu", upgrade: false });
    expect(match(local("Bibi"), [yair, bibi])).toEqual({ name: "Benjamin Netanyahu", upgrade: false });
    expect(match(local("Bibi"), [known("Bibi Kessler", "person", ["Bibi"]), bibi])).toBeNull();
  });

  it("completes a bare name with a full one (an upgrade), when only one bare name fits", () => {
    const bare = known("Gantz");
    expect(match(local("Benny Gantz"), [benjamin, bare])).toEqual({ name: "Gantz", upgrade: true });
    expect(match(local("Benny Gantz"), [bare, known("Gantz")])).toBeNull();
    // A full name already known is matched exactly, before any bare one.
    expect(match(local("Benny Gantz"), [bare, gantz])).toEqual({ name: "Benny Gantz", upgrade: false });
    // A bare first name is not a family name the full one completes.
    expect(match(local("Benny Gantz", "person", ["Gantz"]), [known("Benny")])).toBeNull();
  });

  it("never matches a person with an organization or the other way round; organizations match by alias", () => {
    const ministry = known("Defense Ministry", "organization", ["Ministry of Defense"]);
    expect(match(local("Defense Ministry"), [ministry])).toBeNull();
    expect(match(local("Ministry of Defense", "organization"), [ministry])).toEqual({ name: "Defense Ministry", upgrade: false });
    expect(match(local("Defense Ministry", "group"), [ministry])).toEqual({ name: "Defense Ministry", upgrade: false });
    expect(match(local("MoD", "organization", ["Defense Ministry"]), [ministry])).toEqual({ name: "Defense Ministry", upgrade: false });
    expect(match(local("Gantz", "organization"), [gantz])).toBeNull();
    expect(match(local("Ministry", "organization"), [ministry])).toBeNull();
  });
});

describe("isRenamed", () => {
  it("is an edit when the family name is kept, or the spelling is close", () => {
    expect(isRenamed(known("Gantz"), local("Benny Gantz"))).toBe(true);
    expect(isRenamed(known("Jake Sulivan"), local("Jake Sullivan"))).toBe(true);
    expect(isRenamed(known("Jake Sullivan"), local("Jake Tapper"))).toBe(false);
    expect(isRenamed(known("Defense Ministry", "organization"), local("Defence Ministry", "organization"))).toBe(true);
    expect(isRenamed(known("Defense Ministry", "organization"), local("Foreign Ministry", "organization"))).toBe(false);
  });

  it("is never an edit between a person and an organization", () => {
    expect(isRenamed(known("Gantz"), local("Gantz", "organization"))).toBe(false);
    expect(isRenamed(known("Gantz", "organization"), local("Gantz"))).toBe(false);
  });

  it("for organizations, keeping the last word is not enough", () => {
    expect(isRenamed(known("Health Ministry", "organization"), local("Foreign Ministry", "organization"))).toBe(false);
  });
});

describe("candidateKeys", () => {
  it("gives people's name keys and everyone's normalized names and aliases", () => {
    const found = candidateKeys([local("Benny Gantz", "person", ["Gantz", " "]), local("The Defense Ministry", "organization", ["Ministry"])]);
    expect(found.forms).toEqual(["benny gantz", "gantz", "the defense ministry", "ministry"]);
    expect(found.keys).toContain("family:gantz");
    expect(found.keys.every((key) => !key.includes("ministry"))).toBe(true);
    expect(candidateKeys([local("!!", "person")])).toEqual({ keys: [], forms: [] });
  });
});

describe("ActorIndex", () => {
  it("finds for an actor exactly the candidates findMatch needs, in the order they were added", () => {
    const index = new ActorIndex<KnownActor>();
    const yair = known("Yair Netanyahu");
    const benjamin = known("Benjamin Netanyahu", "person", ["Bibi"]);
    const ministry = known("Defense Ministry", "organization", ["Ministry of Defense"]);
    const other = known("Jake Sullivan");
    for (const actor of [yair, benjamin, ministry, other]) index.add(actor);
    expect(index.list).toEqual([yair, benjamin, ministry, other]);
    expect(index.candidatesFor(local("Netanyahu"))).toEqual([yair, benjamin]);
    expect(index.candidatesFor(local("Bibi", "person"))).toEqual([benjamin]);
    expect(index.candidatesFor(local("Ministry of Defense", "organization"))).toEqual([ministry]);
    expect(index.candidatesFor(local("Nobody Known"))).toEqual([]);
  });

  it("finds an actor under a form added later, and under a new name after keyName", () => {
    const index = new ActorIndex<KnownActor>();
    const gantz = known("Gantz");
    index.add(gantz);
    index.addForm(gantz, "benny");
    expect(gantz.forms.has("benny")).toBe(true);
    expect(index.candidatesFor(local("Benny", "organization"))).toEqual([gantz]);
    gantz.name = "Benny Levi";
    expect(index.candidatesFor(local("Levi"))).toEqual([]);
    index.keyName(gantz);
    expect(index.candidatesFor(local("Levi"))).toEqual([gantz]);
    expect(index.candidatesFor(local("Benny Levi", "organization"))).toEqual([gantz]);
  });
});
