import { describe, expect, it } from "vitest";
import { extract, personNames } from "../test-helpers";

// Title-case words that are not people, and people named by a title and a given name.
describe("capitalized words that name no person", () => {
  it("an agreement named after a person's given name is no person", () => {
    expect(personNames(extract("Minister Ana Ruiz praised the Abraham Accords and the Camp Lucas Agreement on Monday."))).toEqual(["Ana Ruiz"]);
  });
  it("a weekday after a surname is the day, a verb opening the sentence is not a name", () => {
    const out = extract("President Omar Haddad spoke on the phone with Prime Minister Reed Wednesday about the deal. Thanking Reed and Haddad, aides said the call went well.");
    expect(personNames(out)).toEqual(["Omar Haddad", "Reed"]);
    expect(out.interactions.map((i) => i.date)).toEqual(["2024-05-15"]);
  });
  it("a social-media handle, a plural speaker noun and a group after 'group' are no persons", () => {
    expect(personNames(extract("\u201cA warm talk with President @AnaRuizOficial,\u201d Minister Tom Reed wrote."))).toEqual(["Tom Reed"]);
    expect(personNames(extract("Diplomats told reporters that the vote would slip."))).toEqual([]);
    expect(personNames(extract("Police arrested leaders of the criminal group Tren de Norte, Mayor Lina Park said."))).toEqual(["Lina Park"]);
  });
  it("an Arabic place word opens a place, an accented capital is a place", () => {
    expect(personNames(extract("Envoy Tom Reed met with Speaker Nabil Haddad at Ain al-Khadra on Wednesday, then flew to Bogot\u00e1."))).toEqual(["Nabil Haddad", "Tom Reed"]);
  });
  it("a single word named only as a source is an outlet, not a person; a source named in full stays a person", () => {
    const out = extract("The two ministers held talks in Riyadh, according to Vestnik.");
    expect(personNames(out)).toEqual([]);
    expect(out.actors.find((a) => a.name === "Vestnik")?.kind).toBe("organization");
    expect(personNames(extract("Senator Lina Park spoke first. The vote slipped, according to Park."))).toEqual(["Lina Park"]);
  });
});

describe("a given name after a royal or Arabic title", () => {
  it("'Sheikh Khalid' is the emir named in full before; 'King Faisal' is not 'Ahmed bin Faisal'", () => {
    const emir = extract("Emir Sheikh Khalid bin Hamad Al-Nouri met President Omar Haddad. Sheikh Khalid praised the talks.");
    expect(personNames(emir)).toEqual(["Khalid bin Hamad Al-Nouri", "Omar Haddad"]);
    const two = extract("Premier Imran Aziz met King Faisal on Tuesday. He also met Crown Prince Ahmed bin Faisal.");
    expect(personNames(two)).toEqual(["Ahmed bin Faisal", "Faisal", "Imran Aziz"]);
  });
});

describe("nicknames", () => {
  it("a short form before the surname is the person named in full ('Bibi Kessler' is Benjamin Kessler)", () => {
    const out = extract("Prime Minister Benjamin Kessler spoke. Later, Prime Minister Bibi Kessler met with Envoy Tom Reed on Monday.");
    expect(personNames(out)).toEqual(["Benjamin Kessler", "Tom Reed"]);
    expect(out.actors.find((a) => a.name === "Benjamin Kessler")?.aliases).toContain("Bibi Kessler");
  });
  it("a nickname in quotation marks inside the name is an alias, and the nickname alone is the same person", () => {
    const out = extract("Prime Minister Benjamin \u201cBibi\u201d Kessler met Envoy Tom Reed on Monday. On Tuesday, President Omar Haddad called Bibi.");
    expect(personNames(out)).toEqual(["Benjamin Kessler", "Omar Haddad", "Tom Reed"]);
    expect(out.actors.find((a) => a.name === "Benjamin Kessler")?.aliases).toContain("Bibi");
    expect(out.interactions.map((i) => i.kind)).toEqual(["meeting", "call"]);
  });
  it("a short form never joins a different surname", () => {
    expect(personNames(extract("Minister Benjamin Kessler met Senator Bibi Rahman on Monday."))).toEqual(["Benjamin Kessler", "Bibi Rahman"]);
  });
});
