import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "../test-helpers";

describe("speaker attribution", () => {
  it("X said / said X / X tweeted: / according to X", () => {
    const out = extract([
      '"The budget is balanced," Finance Minister Clara Diaz said.',
      '"We disagree," said Senator Paul Grant.',
      'Governor Mark Ellis tweeted: "We are open for business."',
      'The talks stalled, "because nobody moved," according to Helen Ward.',
    ].join("\n"));
    expect(speakerOf(out, "budget is balanced")).toBe("Clara Diaz");
    expect(speakerOf(out, "We disagree")).toBe("Paul Grant");
    expect(speakerOf(out, "open for business")).toBe("Mark Ellis");
    expect(speakerOf(out, "nobody moved")).toBe("Helen Ward");
  });
  it("resolves pronouns to the right person by recency and gender", () => {
    const out = extract('Defense Minister Clara Diaz met Paul Grant on Monday. "It was a good start," she said.\n"We will see," he added.');
    expect(speakerOf(out, "good start")).toBe("Clara Diaz");
    expect(speakerOf(out, "We will see")).toBe("Paul Grant");
  });
  it("a quote split around its attribution keeps one speaker", () => {
    const out = extract('"We are ready," Mayor Lina Park said. "The trucks leave at noon."');
    expect(speakerOf(out, "trucks leave")).toBe("Lina Park");
  });
  it("long lowercase titles and role nouns that refer back", () => {
    const out = extract('White House press secretary Karen Holt said the trip was on. Prime Minister Omar Haddad agreed. "This is settled," the prime minister said.');
    expect(out.actors.find((a) => a.name === "Karen Holt")?.roles[0]).toMatchObject({ title: "White House press secretary", affiliation: "White House" });
    expect(speakerOf(out, "This is settled")).toBe("Omar Haddad");
  });
  it("partial quotes inside a paraphrase go to the clause subject", () => {
    const out = extract('Prime Minister Omar Haddad criticized the plan, calling it a "dangerous gamble."');
    expect(speakerOf(out, "dangerous gamble")).toBe("Omar Haddad");
    expect(out.quotes[0]?.kind).toBe("partial");
  });
  it("unnamed officials and organizations can speak", () => {
    const out = extract('A senior European official said the deal was "very close." Prime Minister Omar Haddad\u2019s office issued a statement saying "no agreement exists."');
    expect(speakerOf(out, "very close")).toBe("senior European official");
    expect(out.quotes.find((q) => q.text.includes("very close"))?.speaker).toBeNull();
    expect(speakerOf(out, "no agreement exists")).toBe("Omar Haddad\u2019s office");
  });
  it("a possessive statement names its speaker", () => {
    const out = extract('Envoy Rita Moreno spoke. Despite Moreno\u2019s public statement that "the border stays open," trucks waited.');
    expect(speakerOf(out, "border stays open")).toBe("Rita Moreno");
  });
  it("a name in apposition to the speaker's role speaks", () => {
    const out = extract(['The club\u2019s treasurer, Obiora Nwankwo, said the books were "in order."', '"We will appeal," said the firm\u2019s lawyer, Tobore Ekwueme.'].join("\n"));
    expect(speakerOf(out, "in order")).toBe("Obiora Nwankwo");
    expect(speakerOf(out, "We will appeal")).toBe("Tobore Ekwueme");
  });
  it("'his office' is the office of the man just named; a plural possessive names an organization", () => {
    const out = extract('Mayor Tomas Varga skipped the vote. His office said he was "unwell." The growers\u2019 association said the plan was "a disaster."');
    expect(speakerOf(out, "unwell")).toBe("Varga's office");
    expect(speakerOf(out, "a disaster")).toBe("growers\u2019 association");
  });
  it("a quotation signed on the next line, or introduced by a line ending in a colon", () => {
    const out = extract('The mayor wrote to residents on Monday:\n"Repairs start next week. Thank you for your patience."\n\u2014 Mayor Lina Park');
    expect(speakerOf(out, "Repairs start")).toBe("Lina Park");
  });
  it("an office named before its only holder, and a description of the person just named", () => {
    const out = extract('A federal judge on Monday said the ban was "plainly unlawful." U.S. District Judge Rosa Ibarra ordered a hearing.\nStriker Paul Grant scored twice. The veteran said it felt "like a final."');
    expect(speakerOf(out, "plainly unlawful")).toBe("Rosa Ibarra");
    expect(speakerOf(out, "like a final")).toBe("Paul Grant");
  });
  it("a participle after a relative clause belongs to the clause subject", () => {
    const out = extract('Governor Mark Ellis, who took office in May promising "a clean slate," vetoed the bill.');
    expect(speakerOf(out, "a clean slate")).toBe("Mark Ellis");
  });
  it("nested reported speech goes to the outer speaker", () => {
    const out = extract('Governor Mark Ellis said on Friday that Mayor Lina Park once described the tunnel as "a money pit."');
    expect(speakerOf(out, "a money pit")).toBe("Mark Ellis");
  });
  it("a verb after a quote with content of its own, or in a subordinate clause, does not attribute it", () => {
    const out = extract('As Mayor Lina Park listed "safer streets" and "cleaner parks," Tom Reed said yes. Park praised the "new library," when Reed interrupted her.');
    expect(speakerOf(out, "cleaner parks")).not.toBe("Tom Reed");
    expect(speakerOf(out, "new library")).toBe("Lina Park");
  });
  it("a characterization introduced by 'as' belongs to the clause subject", () => {
    const out = extract('Senator Paul Grant has gone after the mayor as a "reckless spender."');
    expect(speakerOf(out, "reckless spender")).toBe("Paul Grant");
  });
  it("a quotation opening its sentence continues the report of the sentence before", () => {
    const out = extract('The budget will pass, Senator Paul Grant said. "We have the votes and we have the time."');
    expect(speakerOf(out, "We have the votes")).toBe("Paul Grant");
  });
  it("a subject phrase opening with a speaker noun, and an opening participle's subject", () => {
    const out = extract('Protesters marching through the square chanted "No more cuts!" Mayor Lina Park listened. Praising the "quiet dignity" of the crowd, Park left.');
    expect(speakerOf(out, "No more cuts")).toBe("Protesters");
    expect(speakerOf(out, "quiet dignity")).toBe("Lina Park");
  });
  it("said to a listener, and a split quotation around 'X said,'", () => {
    const out = extract('"By acting now," Mayor Lina Park said, "we save a year." "I would," Tom Reed said to the crowd.');
    expect(speakerOf(out, "we save a year")).toBe("Lina Park");
    expect(speakerOf(out, "I would")).toBe("Tom Reed");
  });
  it("'the official' after 'a US official' stays unnamed; a person 'of' a place speaks, not the place", () => {
    const out = extract('Envoy Tom Reed met Defense Minister Ana Ruiz, a US official told reporters. The official said Washington was "deeply frustrated." Mayor Lina Park of Lyon called it "a disgrace."');
    expect(out.quotes.find((q) => q.text === "deeply frustrated")?.speaker).toBeNull();
    expect(speakerOf(out, "a disgrace")).toBe("Lina Park");
  });
  it("a quoted verb phrase is said by the subject before it", () => {
    const out = extract('Prime Minister Omar Haddad met the envoy. The premier "stressed the need for calm," according to a readout.');
    expect(speakerOf(out, "stressed the need")).toBe("Omar Haddad");
  });
  it("a sentence ending in 'daily briefing' is a sentence, not a newsletter prompt", () => {
    const out = extract('Press secretary Jordan Price declined to comment. "We want a real solution," Price said at the daily briefing.');
    expect(speakerOf(out, "real solution")).toBe("Jordan Price");
  });
  it("a titled person 'of the University of X' speaks; an album title is not a quote", () => {
    const out = extract('Co-author Dirk Notz of the University of Hamburg said the results held. "Every degree matters," he said. Monroe released her album "Paper Hearts" in 2019.');
    expect(speakerOf(out, "Every degree matters")).toBe("Dirk Notz");
    expect(out.quotes.map((q) => q.text)).toEqual(["Every degree matters"]);
  });
  it("'a statement from X's office' is the office speaking, named as the office", () => {
    const out = extract("According to a statement from Levin's office, the two discussed \"a new chapter\" in relations.");
    expect(speakerOf(out, "a new chapter")).toBe("Levin's office");
  });
  it("an unnamed source 'in Jerusalem' speaks; the place is where it is", () => {
    const out = extract('A senior official in Jerusalem said the talks focused on "the day after" in Gaza.');
    expect(speakerOf(out, "the day after")).toBe("senior official in Jerusalem");
  });
  it("words quoted inside a named person's report are that person's, though a spokesperson passed them on", () => {
    const out = extract('Minister Ana Ruiz spoke. During the call, President Lee Jae-won congratulated Ruiz and said the two countries "share the values of freedom," spokesperson Kang Min-seo told reporters.');
    expect(speakerOf(out, "share the values")).toBe("Lee Jae-won");
  });
  it("'..., according to X' at the end attributes a phrase quoted earlier in the sentence", () => {
    const out = extract('The two ministers signed a declaration on "a renewed partnership" covering trade, according to a joint communique.');
    expect(speakerOf(out, "a renewed partnership")).toBe("joint communique");
  });
  it("a dateline's agency and a body inside a title are not the subject; 'the state broadcaster' is a listener", () => {
    const out = extract([
      'ROME, Feb 16 (Reuters) - African Union Commission chairperson Ana Ruiz called for a ceasefire, telling leaders that "the guns must fall silent."',
      'President Omar Haddad denied the claim. "We are defending our borders," he told the state broadcaster last week.',
    ].join("\n"));
    expect(speakerOf(out, "the guns must fall silent")).toBe("Ana Ruiz");
    expect(speakerOf(out, "We are defending our borders")).toBe("Omar Haddad");
  });
  it("the person 'who said' refers to; a title's office speaks as a body", () => {
    const out = extract([
      "The chancellor, Ana Ruiz, spoke. Ruiz met business leaders, including the chamber's director, Omar Haddad, who said afterwards that firms wanted \"stability above all.\"",
      "The plan passed, the Prime Minister's Office said.",
    ].join("\n"));
    expect(speakerOf(out, "stability above all")).toBe("Omar Haddad");
    expect(out.statements.find((s) => s.text === "The plan passed")?.speakerLabel).toBe("Prime Minister's Office");
    expect(out.actors.some((a) => a.kind === "person" && a.name === "Office")).toBe(false);
  });
  it("an interview's unquoted 'I' is the person interviewed, only where the article asks questions", () => {
    const qa = [
      "Budget talks: the finance minister on taxes",
      "In an interview with The Guardian, the finance minister, Ana Ruiz, discusses the budget.",
      "Will taxes rise?",
      'I told the cabinet that we would not raise "a single tax" this year.',
    ].join("\n");
    expect(speakerOf(extract(qa), "a single tax")).toBe("Ana Ruiz");
    const story = [
      "Budget talks: the finance minister on taxes",
      "In an interview with The Guardian, the finance minister, Ana Ruiz, discussed the budget.",
      'I asked the cabinet whether it would raise "a single tax" this year.',
    ].join("\n");
    expect(speakerOf(extract(story), "a single tax")).not.toBe("Ana Ruiz");
  });
  it("a relation noun speaks as an unnamed speaker ('her husband said', 'his predecessor said')", () => {
    const out = extract('Minister Ana Ruiz resigned. "She was tired," her husband said. His predecessor said the council was "on life support."');
    expect(out.quotes.find((q) => q.text === "She was tired")?.speakerLabel).toBe("husband");
    expect(out.quotes.find((q) => q.text === "on life support")?.speakerLabel).toBe("predecessor");
  });
  it("a tag after a lawmaker's name; quotes inside a named person's report, passed on by a body's readout, are the body's", () => {
    expect(speakerOf(extract('"Workers are hurting," Sen. Ana Ruiz, D-Mich., wrote on X.'), "Workers are hurting")).toBe("Ana Ruiz");
    const out = extract('Minister Omar Haddad told Ana Ruiz that Beijing "will never accept provocations" but was willing to "manage differences", according to a ministry readout.');
    expect(speakerOf(out, "will never accept provocations")).toBe("ministry");
    expect(speakerOf(out, "manage differences")).toBe("ministry");
    expect(speakerOf(extract('Rep. Ana Ruiz spoke. Secretary Omar Haddad listened.\nHaddad, according to Ruiz, promised to "look into it."'), "look into it")).toBe("Omar Haddad");
    const relayed = extract('Chancellor Omar Haddad spoke by phone with Ana Ruiz on Monday, according to a government spokesperson, and urged her to "keep the bigger picture in mind."');
    expect(speakerOf(relayed, "keep the bigger picture in mind")).toBe("Omar Haddad");
    expect(speakerOf(extract('The talks stalled, according to Helen Ward, who called them "a waste of time."'), "a waste of time")).toBe("Helen Ward");
  });
  it("'..., Wong said in a Facebook post': a verb form after a name inside the aside is a noun", () => {
    const out = extract('Prime Minister Lawrence Wong met Anwar Ibrahim on Monday. "We are neighbours," Wong said in a Facebook post.');
    expect(speakerOf(out, "We are neighbours")).toBe("Lawrence Wong");
  });
});

describe("an attribution followed by a circumstance", () => {
  it("'said as ...' and 'wrote on X.' before another quotation still attribute the quotation", () => {
    const out = extract([
      'Queen Rania Haddad arrived in Paris on Monday. "We came to listen," Haddad said as the president greeted her at the palace.',
      'Deputy Minister Karim Nasser hosted the talks. "Both sides want to continue," he wrote on X. "We will meet again soon."',
    ].join("\n"));
    expect(speakerOf(out, "We came to listen")).toBe("Rania Haddad");
    expect(speakerOf(out, "Both sides want to continue")).toBe("Karim Nasser");
    expect(speakerOf(out, "meet again soon")).toBe("Karim Nasser");
  });
  it("what follows a verb that attributes an opening quotation is not reported speech, unless 'that' opens it", () => {
    const out = extract([
      '"We are ready," Mayor Lina Park said during a visit that was delayed by rain.',
      '"It went well," Park said before boarding her plane.',
      '"We stay," Park said, adding that the city would rebuild the bridge.',
    ].join("\n"));
    expect(out.statements.map((s) => s.text)).toEqual(["the city would rebuild the bridge"]);
  });
});

describe("outer reporters and pronouns", () => {
  it("'..., said X' after a clause that follows the quotation", () => {
    const out = extract('"We have talked to both armies, but neither has answered" on joining the talks, said Tom Reyes, the special envoy.');
    expect(speakerOf(out, "neither has answered")).toBe("Tom Reyes");
  });
  it("a quotation inside an 'adding that' clause is the reporter's, not the inner clause subject's", () => {
    const out = extract('Envoy Yuri Sokolov said the talks went well, adding that Russia and the US had agreed to "respect each other\u2019s interests."');
    expect(speakerOf(out, "respect each other")).toBe("Yuri Sokolov");
  });
  it("a pronoun prefers the subject to a name a preposition governs", () => {
    const out = extract('Seen as an ally of Ana Ruiz, Tomas Varga was in Lima to discuss what he called a "fair proposal."');
    expect(speakerOf(out, "fair proposal")).toBe("Tomas Varga");
  });
  it("'state' before a noun is not a reporting verb", () => {
    const out = extract('The leaders discussed "regional developments," Saudi state news agency SPA reported.');
    expect(speakerOf(out, "regional developments")).toBe("Saudi Press Agency");
    expect(out.statements.every((s) => s.cue !== "state")).toBe(true);
  });
});

describe("headlines and repeated quotations", () => {
  it("a role in a headline is the one person the article names with that role", () => {
    const out = extract([
      "Visiting Rome, Chilean foreign minister says talks are 'going well'",
      "",
      "Chilean Foreign Minister Ana Ruiz met her Italian counterpart on Monday.",
      "Ruiz said the visit had been useful.",
    ].join("\n"));
    expect(speakerOf(out, "going well")).toBe("Ana Ruiz");
  });
  it("a headline phrase in quotation marks that nobody in the headline says is no quote", () => {
    const out = extract(["The 'Forever Chemicals' Problem Reaches the Coast", "", "Officials met on Monday to discuss the spill."].join("\n"));
    expect(out.quotes).toEqual([]);
  });
  it("the same words of the same speaker quoted again inside a later report are recorded once", () => {
    const out = extract([
      "Mayor Lina Park promised residents a \u201cquick recovery\u201d after the flood.",
      "On Friday, Park outlined plans for a \u201cquick recovery,\u201d rebuilding the bridge and opening schools.",
    ].join("\n"));
    expect(out.quotes.filter((q) => q.text === "quick recovery")).toHaveLength(1);
  });
});

describe("quotations joined in one report", () => {
  it("'Y said the program follows \"X\" and only \"Z\"': an adverb after the conjunction keeps the speaker", () => {
    const out = extract("Chancellor Tom Reed and President Ana Ruiz met. Reed had described the issue as \"a matter of balance,\" Ruiz said the program was only used to follow \"very specific leads\" and only \"with court oversight.\"");
    expect([speakerOf(out, "a matter of balance"), speakerOf(out, "very specific leads"), speakerOf(out, "with court oversight")]).toEqual(["Tom Reed", "Ana Ruiz", "Ana Ruiz"]);
  });
});

describe("a role with a two-word demonym", () => {
  it("'South African President, X,' is South Africa's president, and 'the South African President said' is X", () => {
    const text = ["The meeting was held on Thursday. South African President, Cyril Dube, met with President Omar Haddad.", "Haddad travelled to attend the inauguration.", "\u201cThank you so much for coming,\u201d the South African President said."].join("\n");
    const out = extract(text);
    expect(out.actors.find((a) => a.name === "Cyril Dube")?.roles[0]?.affiliation).toBe("South Africa");
    expect(speakerOf(out, "Thank you so much")).toBe("Cyril Dube");
  });
});

describe("a participle after a quotation", () => {
  it("is no inverted reporting verb: the country it names is what is implied, not who spoke", () => {
    const out = extract("The call lasted two hours.\n\nThe premier said the deal must be \u201cfair to both sides\u201d \u2014 implying acceptance of the new border with Ukraine.");
    expect(speakerOf(out, "fair to both sides")).toBe("premier");
    const second = extract("The call lasted two hours.\n\nAny deal should be \u201clasting\u201d, the Kremlin said, as well as \u201cdeal with what started the war\u201d, implying acceptance of eastern Ukraine.");
    expect(second.quotes.map((q) => q.speakerLabel)).toEqual(["Kremlin", "Kremlin"]);
  });
});

describe("a statement's issuer", () => {
  it("a statement from or by someone speaks in their name", () => {
    const from = extract("The talks resumed in Oslo on Monday.\n\nA statement from the Foreign Ministry called the offer \u201ca step back.\u201d");
    expect(from.quotes.map((q) => q.speakerLabel)).toEqual(["Foreign Ministry"]);
    const by = extract("The talks resumed in Oslo on Monday.\n\nA statement by Mayor Lina Ruiz called the offer \u201ca step back.\u201d");
    expect(by.quotes.map((q) => q.speakerLabel)).toEqual(["Lina Ruiz"]);
    // With no verb of its own before the quotation, the statement's "from" or "by" names who speaks.
    const drew = extract("Governor Omar Haddad made an offer on Monday.\n\nThe offer drew a statement from Mayor Lina Ruiz: \u201cIt is a step back.\u201d");
    expect(drew.quotes.map((q) => q.speakerLabel)).toEqual(["Lina Ruiz"]);
    const byTheMinistry = extract("Governor Omar Haddad made an offer on Monday.\n\nThe offer drew a statement by the Foreign Ministry: \u201cIt is a step back.\u201d");
    expect(byTheMinistry.quotes.map((q) => q.speakerLabel)).toEqual(["Foreign Ministry"]);
  });
});

