import { describe, expect, it } from "vitest";
import { extract, personNames } from "../test-helpers";

describe("people, roles and resolution", () => {
  it("finds titled people before or after the name, with affiliation", () => {
    const out = extract("Israeli Defense Minister Avi Stern met Tomas Varga, the Hungarian ambassador to the United Nations, in Geneva.");
    expect(personNames(out)).toEqual(["Avi Stern", "Tomas Varga"]);
    const stern = out.actors.find((a) => a.name === "Avi Stern");
    expect(stern?.roles[0]).toMatchObject({ title: "Defense Minister", affiliation: "Israel" });
    expect(out.actors.find((a) => a.name === "Tomas Varga")?.roles[0]?.affiliation).toBe("Hungary");
  });
  it("resolves surname-only and titled surname mentions to the full name", () => {
    const out = extract("President Laura Chen arrived on Monday. Chen said little. Later, President Chen left.");
    expect(personNames(out)).toEqual(["Laura Chen"]);
    expect(out.actors.find((a) => a.name === "Laura Chen")?.aliases).toEqual(expect.arrayContaining(["Chen", "President Chen"]));
  });
  it("joins a misspelled surname when the given name agrees", () => {
    const out = extract("Adviser Tomasz Wiśniewski spoke first. Adviser Tomasz Wisniewsky spoke again.");
    expect(personNames(out)).toEqual(["Tomasz Wiśniewski"]);
  });
  it("never merges two people who share a given name", () => {
    const out = extract("Mark Owens met Mark Fielding in Paris. Owens said it went well.");
    expect(personNames(out)).toEqual(["Mark Fielding", "Mark Owens"]);
  });
  it("keeps accented names whole", () => {
    expect(personNames(extract("Secretary-General Ant\u00f3nio Guterres called President Recep Erdo\u011fan."))).toEqual(["Ant\u00f3nio Guterres", "Recep Erdo\u011fan"]);
  });
  it("does not make people of contributors, places, organizations or headline words", () => {
    const out = extract("Rival Parties Clash Over Budget Reform\nThe Labor Department and Hamas were named in Gaza City. Officials met in Washington.\nAP's Dana Kirk and Leo Brandt contributed to this report.");
    expect(personNames(out)).toEqual([]);
    expect(out.actors.map((a) => a.name)).toEqual(expect.arrayContaining(["Hamas"]));
  });
  it("a name modifying a noun is not a person mention", () => {
    expect(personNames(extract("The Haddad administration said the Haddad campaign would pause."))).toEqual([]);
  });
});
