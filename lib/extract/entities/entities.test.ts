import { describe, expect, it } from "vitest";
import { extract, personNames, speakerOf } from "../test-helpers";

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
    const chen = out.actors.find((a) => a.name === "Laura Chen");
    // Aliases are forms of the name; "President Chen" is a title and the name, still one of its mentions.
    expect(chen?.aliases).toEqual(["Chen"]);
    expect(chen?.mentions).toHaveLength(3);
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

  it("keeps surname particles and resolves the surname with or without them", () => {
    const out = extract("Foreign Minister Joris van den Heuvel arrived. Van den Heuvel said little, and aides met with van den Heuvel later. Owner Samir al-Khatib agreed. Al-Khatib left.");
    expect(personNames(out)).toEqual(["Joris van den Heuvel", "Samir al-Khatib"]);
    expect(out.actors.find((a) => a.name === "Joris van den Heuvel")?.aliases).toEqual(expect.arrayContaining(["van den Heuvel", "Van den Heuvel"]));
  });
  it("takes a name in apposition to a role, or followed by an age or 'who', as a person", () => {
    expect(personNames(extract("The union's treasurer, Obiora Nwankwo, disagreed."))).toEqual(["Obiora Nwankwo"]);
    expect(personNames(extract("The prize went to Dorian Quell, who founded the shelter."))).toEqual(["Dorian Quell"]);
    expect(personNames(extract("Tobore Ekwueme, 52, was arrested."))).toEqual(["Tobore Ekwueme"]);
  });
  it("takes a name followed by a company appositive, or after 'analysts at', as an organization", () => {
    const out = extract("Brightwater, the regional utility that serves the valley, said rates would rise. Analysts at Morgan Fairley wrote that the rise was modest.");
    expect(personNames(out)).toEqual([]);
    expect(out.actors.filter((a) => a.kind === "organization").map((a) => a.name)).toEqual(expect.arrayContaining(["Brightwater", "Morgan Fairley"]));
  });
  it("a short form of an organization named in full is that organization", () => {
    const out = extract("Lumen Robotics lost the case. In a filing, Lumen said it would appeal.");
    expect(personNames(out)).toEqual([]);
  });
  it("a couple sharing a surname are two people; an honorific picks by gender", () => {
    const out = extract('Paul and Erika Lindqvist sold the farm. "It was time," Mrs. Lindqvist said.');
    expect(personNames(out)).toEqual(["Erika Lindqvist", "Paul Lindqvist"]);
    expect(speakerOf(out, "It was time")).toBe("Erika Lindqvist");
  });
  it("a Spanish double surname and a name's last two words refer to the whole name", () => {
    const out = extract("President Camila Soto Urrutia spoke first. Soto said the vote would go ahead. Later, Soto Urrutia left.");
    expect(personNames(out)).toEqual(["Camila Soto Urrutia"]);
  });
  it("Chinese and Korean names written surname first", () => {
    const out = extract("Premier Zhao Minghui met President Lee Jae-sung. Lee said the talks went well, and Zhao agreed.");
    expect(personNames(out)).toEqual(["Lee Jae-sung", "Zhao Minghui"]);
  });
  it("Japanese names written surname first, and Western order left alone", () => {
    const out = extract("Prime Minister Fujita Haruki spoke with Foreign Minister Kenta Morimoto. Fujita said the call was useful.");
    expect(personNames(out)).toEqual(["Fujita Haruki", "Kenta Morimoto"]);
  });
  it("a wire credit in parentheses names no one in the story", () => {
    expect(personNames(extract("The vote passed on Monday.\n(Reporting by Ama Owusu; Editing by Carl Brandt)"))).toEqual([]);
  });
  it("a name sharing a named person's surname is a person; a nationality is not", () => {
    const out = extract("Video showed Tavon Mercer running. His mother, Lorna Mercer, said he was unarmed. The Swede said nothing.");
    expect(personNames(out)).toEqual(["Lorna Mercer", "Tavon Mercer"]);
  });
  it("a titled person's name does not join an organization through 'of'", () => {
    expect(personNames(extract("Analyst Rebecca Stoll of Dunmore Securities said costs would fall."))).toEqual(["Rebecca Stoll"]);
  });
  it("a country that is also a given name, before a surname, is a name; a street is a place", () => {
    expect(personNames(extract("Defense Minister Israel Katz spoke. Press secretary Jordan Price left."))).toEqual(["Israel Katz", "Jordan Price"]);
    expect(personNames(extract("The bakery on Joseph Campau Avenue closed."))).toEqual([]);
  });
  it("capitalized words before a listed organization that ends in an organization word belong to its name", () => {
    const out = extract("Prime Minister Kaito Mori won the leadership of the Liberal Democratic Party on Sunday.");
    expect(out.actors.filter((a) => a.kind === "organization").map((a) => a.name)).toEqual(["Liberal Democratic Party"]);
    expect(personNames(out)).toEqual(["Kaito Mori"]);
  });
  it("a party tag, a plural demonym and a shoal are no one; an Arabic surname particle makes a name", () => {
    expect(personNames(extract("Sen. Ana Ruiz, D-Mich., and Rep. Omar Haddad (R-Texas) voted no."))).toEqual(["Ana Ruiz", "Omar Haddad"]);
    expect(personNames(extract('"The Egyptians told us to wait," the source said.'))).toEqual([]);
    expect(personNames(extract("The ships collided near Second Thomas Shoal in June."))).toEqual([]);
    expect(personNames(extract("A delegation led by Khalil al-Masri arrived on Wednesday."))).toEqual(["Khalil al-Masri"]);
    expect(personNames(extract("Speaking for the members of the Council, the representative of Ghana, Kofi Mensah, urged restraint."))).toEqual(["Kofi Mensah"]);
    const body = extract("The Saudi Energy Ministry said the two countries had agreed to study a power link.");
    expect(body.actors.filter((a) => a.kind === "organization").map((a) => a.name)).toEqual(["Saudi Energy Ministry"]);
    expect(body.statements[0]?.speakerLabel).toBe("Saudi Energy Ministry");
  });
  it("a broadcaster's channel number is part of its name and can be a source", () => {
    const out = extract("Minister Ron Dermer is set to fly to Cairo on Sunday, according to Channel 12.");
    expect(out.actors.filter((a) => a.kind === "organization").map((a) => a.name)).toEqual(["Channel 12"]);
    expect(out.statements.map((s) => s.speakerLabel)).toEqual(["Channel 12"]);
  });
  it("a capitalized body ending in 'Forum' is an organization, not a person", () => {
    const out = extract("The Missing Families Forum said families were tired.");
    expect(personNames(out)).toEqual([]);
    expect(out.actors.filter((a) => a.kind === "organization").map((a) => a.name)).toEqual(["Missing Families Forum"]);
    const later = extract("The Missing Families Forum called for calm. The envoy had met the families in Tel Aviv, the forum said in a statement.");
    expect(later.statements.map((s) => s.text)).toEqual(["The envoy had met the families in Tel Aviv"]);
  });
  it("'PM' is a title and 'Datuk Seri' an honorific, so neither makes another person; '6:15 PM' is a time", () => {
    const out = extract("UPDATED MAR 10, 2026, 06:15 PM\n\nPrime Minister Lawrence Wong held talks with Prime Minister Anwar Ibrahim on Monday. PM Wong said the zone was growing. Datuk Seri Anwar said investors were confident.");
    expect(personNames(out)).toEqual(["Anwar Ibrahim", "Lawrence Wong"]);
    expect(out.statements.map((s) => out.actors.find((a) => a.id === s.speaker)?.name)).toEqual(["Lawrence Wong", "Anwar Ibrahim"]);
  });
});
