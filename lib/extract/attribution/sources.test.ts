import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "../test-helpers";

// Words taken from a readout or a statement belong to the body that issued it (the shared annotation conventions).
describe("documents and the bodies that issue them", () => {
  it("'it said' and 'it added' point back to the body whose statement is being reported", () => {
    const out = extract([
      "The foreign ministry of Chile said on Monday that talks had resumed.",
      '"Both delegations agreed to meet again," it said.',
      '"The next round will take place in Geneva," it added.',
    ].join("\n"));
    expect(speakerOf(out, "agreed to meet again")).toBe("Chile");
    expect(speakerOf(out, "next round")).toBe("Chile");
  });
  it("'it' is the body that opens the sentence before when nobody reported anything", () => {
    const out = extract('The Senate passed the bill late on Friday. "The measure now goes to the president," it said.');
    expect(speakerOf(out, "goes to the president")).toBe("Senate");
  });
  it("'according to the statement' is the body that issued the statement", () => {
    const out = extract([
      'In a statement after the call, the State Department said the two diplomats "agreed to stay in touch."',
      'Ambassador Lina Park also "welcomed the constructive spirit of the talks," according to the statement.',
    ].join("\n"));
    expect(speakerOf(out, "constructive spirit")).toBe("State Department");
  });
  it("a body's attribution at the end of a sentence outranks the person the sentence is about", () => {
    const out = extract([
      'Prime Minister Omar Haddad met Ana Ruiz. Haddad "stressed the need for calm" and "thanked his hosts," the Kremlin said.',
      'Haddad also voiced "deep concern" about the shelling, the State Department wrote on X.',
    ].join("\n"));
    expect(speakerOf(out, "stressed the need")).toBe("Kremlin");
    expect(speakerOf(out, "thanked his hosts")).toBe("Kremlin");
    expect(speakerOf(out, "deep concern")).toBe("State Department");
  });
  it("a named outer source after 'according to' outranks the person whose words it passes on", () => {
    const out = extract('Senator Rita Moreno met Omar Haddad. Haddad told Moreno that the plan was "dead on arrival," according to Moreno.');
    expect(speakerOf(out, "dead on arrival")).toBe("Rita Moreno");
  });
  it("an ownerless 'according to a readout' leaves the words with the person who said them", () => {
    const out = extract('Prime Minister Omar Haddad met the envoy. The premier "stressed the need for calm," according to a readout.');
    expect(speakerOf(out, "stressed the need")).toBe("Omar Haddad");
  });
  it("a readout from an office, a titled office and a ministry's readout name the body, not the document", () => {
    const out = extract([
      "Leaders meet in Oslo",
      "Prime Minister Omar Haddad met Mayor Tomas Varga on Monday.",
      'Varga "stressed the need for calm," according to a readout from his office.',
      'According to a readout from the Prime Minister\'s Office, Haddad thanked "our partners" for their help.',
      '"The premier reaffirmed his commitment to the talks," the Norwegian Prime Minister\'s Office statement said.',
      'Haddad told Lee that the two sides would "keep talking," according to a Chilean foreign ministry readout.',
    ].join("\n"));
    expect(speakerOf(out, "need for calm")).toBe("Varga's office");
    expect(speakerOf(out, "our partners")).toBe("Prime Minister's Office");
    expect(speakerOf(out, "reaffirmed his commitment")).toBe("Norwegian Prime Minister's Office");
    expect(speakerOf(out, "keep talking")).toBe("Chilean foreign ministry");
  });
  it("state news agencies are organizations that speak", () => {
    const out = extract('The Saudi Press Agency said the crown prince had "welcomed the initiative." The Qatar News Agency reported the emir was "hopeful."');
    expect(speakerOf(out, "welcomed the initiative")).toBe("Saudi Press Agency");
    expect(speakerOf(out, "hopeful")).toBe("Qatar News Agency");
  });
});

describe("documents behind a person's words", () => {
  it("a body's readout that describes what someone said speaks for the quoted words", () => {
    const out = extract('Chancellor Omar Haddad called Ana Ruiz on Monday. A Kremlin readout described Haddad condemning "unequivocally" the attack.');
    expect(speakerOf(out, "unequivocally")).toBe("Kremlin");
  });
  it("'was said to have' passes on the document reported before", () => {
    const out = extract([
      "According to a readout from the State Department, Secretary Omar Haddad thanked his hosts.",
      'He was said to have stressed that "the ceasefire must hold."',
    ].join("\n"));
    expect(speakerOf(out, "ceasefire must hold")).toBe("State Department");
  });
  it("a document whose verb closes the sentence outranks the person inside it", () => {
    const out = extract([
      "President Omar Haddad met Ana Ruiz in Ankara. The two discussed aid to Gaza, Haddad\u2019s office wrote.",
      'Turkey backs "an immediate truce," Haddad told Ruiz, the statement read.',
    ].join("\n"));
    expect(speakerOf(out, "immediate truce")).toBe("Haddad\u2019s office");
  });
  it("'the crown prince' is the crown prince, not another prince named since", () => {
    const out = extract([
      "Crown Prince Khalid bin Fahd opened the summit. Prince Saud bin Nayef, the foreign minister, spoke next.",
      '"We need unity," the crown prince said.',
    ].join("\n"));
    expect(speakerOf(out, "We need unity")).toBe("Khalid bin Fahd");
  });
});

describe("bodies named in other ways", () => {
  it("a body named by its head word and an 'of' phrase", () => {
    const out = extract('"The sides agreed to meet again," a statement by the Ministry of External Affairs (MEA) said.');
    expect(speakerOf(out, "agreed to meet again")).toBe("Ministry of External Affairs");
  });
  it("a capital before a reporting verb speaks as its country", () => {
    const out = extract('Officials in the region traded threats on Monday. Tehran denied any role and warned of "a wider war."');
    expect(speakerOf(out, "a wider war")).toBe("Iran");
  });
  it("a prime minister's office is the Prime Minister's Office", () => {
    const out = extract('Prime Minister Arun Mehta had a "useful meeting" with the UN chief, his office said.');
    expect(speakerOf(out, "useful meeting")).toBe("Prime Minister's Office");
  });
  it("a mistyped opening mark after a comma closes the quotation", () => {
    const out = extract("\u201cThe ministers called for an early resolution of the dispute, \u201c a statement by the Ministry of Foreign Affairs said.");
    expect(out.quotes.map((q) => q.text)).toEqual(["The ministers called for an early resolution of the dispute"]);
  });
});

describe("role nouns and continued quotations", () => {
  it("'the official' is the person quoted before when the article introduced no unnamed official", () => {
    const out = extract([
      'Kremlin adviser Yuri Sokolov said the talks were "useful." Moscow would wait, he added.',
      '"We will refrain from more comments," the official said.',
    ].join("\n"));
    expect(speakerOf(out, "refrain from more comments")).toBe("Yuri Sokolov");
    const unnamed = extract('A senior official said the talks were "useful."\n"We will refrain from more comments," the official said.');
    expect(speakerOf(unnamed, "refrain from more comments")).toBe("official");
  });
  it("a paragraph that is only a quotation continues the last speaker across one paragraph of narration", () => {
    const out = extract([
      '"The two leaders discussed trade," said the White House.',
      "The two also discussed energy.",
      '"The President reaffirmed his commitment to the alliance."',
    ].join("\n"));
    expect(speakerOf(out, "reaffirmed his commitment")).toBe("White House");
  });
});

describe("a sentence that opens with its source", () => {
  it("'According to a statement from X, Y “...” and called for “...”': both quotations are the source's", () => {
    const out = extract("President Ana Ruiz spoke on Monday. According to a statement from the palace, Ruiz \u201cstressed the country's support for its neighbours\u201d during the call and called for \u201ca ceasefire as soon as possible and talks between the sides\u201d.");
    expect([speakerOf(out, "stressed the country"), speakerOf(out, "a ceasefire as soon")]).toEqual(["palace", "palace"]);
  });
  it("an 'according to' sentence before gives no source to the next sentence's quotation", () => {
    const out = extract("President Ana Ruiz spoke on Monday. According to the palace, the talks went well. \u201cWe will not retreat,\u201d Ruiz said.");
    expect(speakerOf(out, "We will not retreat")).toBe("Ana Ruiz");
  });
});
