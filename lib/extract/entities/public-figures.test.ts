import { describe, expect, it } from "vitest";
import { extract, pairs, personNames } from "../test-helpers";

// People of the news named by surname alone (lib/extract/lexicon/public-figures.json): a person, named in full.
describe("public figures named by surname alone", () => {
  it("a bare surname with no title, no given name and no reporting verb is the public figure, named in full", () => {
    const out = extract("Modi called Obama on Monday to talk about trade.");
    expect(personNames(out)).toEqual(["Barack Obama", "Narendra Modi"]);
    expect(pairs(out)).toEqual(["call:Barack Obama+Narendra Modi@2024-05-13"]);
  });
  it("a titled surname gets the full name too, and its later bare mentions join it", () => {
    const out = extract("President Putin received the delegation in Moscow. Putin thanked the guests.");
    expect(personNames(out)).toEqual(["Vladimir Putin"]);
    expect(out.actors.find((a) => a.name === "Vladimir Putin")?.mentions).toHaveLength(2);
  });
  it("the name modifying a government's noun names no person", () => {
    expect(personNames(extract("The pact negotiated by the Obama administration held, and Biden's government extended it. Top Biden officials agreed."))).toEqual([]);
  });
  it("someone else in the article with that surname keeps it", () => {
    expect(personNames(extract("Michelle Obama spoke at the school. Obama said the children were ready."))).toEqual(["Michelle Obama"]);
  });
  it("accents do not matter, and a surname not in the list stays unknown without other evidence", () => {
    expect(personNames(extract("The summit closed at noon. Talks with Erdogan went on while Varga waited."))).toEqual(["Recep Tayyip Erdoğan"]);
  });
  it("a leader called by the given name, as the custom is, joins the full name the article gave", () => {
    const out = extract("Eritrean President Isaias Afwerki flew to Addis Ababa. Prime Minister Abiy welcomed President Isaias at the airport.");
    expect(personNames(out)).toEqual(["Abiy Ahmed", "Isaias Afwerki"]);
  });
});
