import { describe, expect, it } from "vitest";
import { extract } from "../test-helpers";

const found = (text: string) => extract(text).statements.map((s) => ({ who: s.speakerLabel, cue: s.cue, text: s.text }));

describe("reported speech", () => {
  it("X said that ...", () => {
    expect(found("Mayor Lina Park said that the bridge would reopen in June.")).toEqual([{ who: "Lina Park", cue: "said", text: "the bridge would reopen in June" }]);
  });
  it("X emphasized / stressed an object", () => {
    expect(found("Minister Omar Haddad emphasized the need to protect farmers from the drought.")[0]).toMatchObject({ who: "Omar Haddad", cue: "emphasized", text: "the need to protect farmers from the drought" });
  });
  it("X told Y that ... and X told Y ... without that", () => {
    expect(found("Chief Anna Berg told reporters that the suspect had fled.")[0]?.text).toBe("the suspect had fled");
    expect(found("Chief Anna Berg told the council there was no threat to the public.")[0]?.text).toBe("there was no threat to the public");
  });
  it("According to X, ...", () => {
    expect(found("According to spokesman Ben Cole, the shipment left on time.")[0]).toMatchObject({ who: "Ben Cole", text: "the shipment left on time" });
  });
  it("unnamed officials report too", () => {
    expect(found("A senior US official warned that the ceasefire could collapse.")[0]).toMatchObject({ who: "senior US official", cue: "warned" });
  });
  it("a direct quote is a quote, not a statement", () => {
    expect(found('Mayor Lina Park said, "The bridge will reopen."')).toEqual([]);
  });
  it("..., X said. / ..., said X, the mayor. / ..., according to X.", () => {
    expect(found("The bridge will reopen in June, Mayor Lina Park said on Friday.")).toEqual([{ who: "Lina Park", cue: "said", text: "The bridge will reopen in June" }]);
    expect(found("The bridge will reopen in June, said Lina Park, the mayor.")[0]).toMatchObject({ who: "Lina Park", text: "The bridge will reopen in June" });
    expect(found("Exports fell 4% in March, according to the statistics office.")[0]).toMatchObject({ who: "statistics office", text: "Exports fell 4% in March" });
    expect(found("The talks will resume next week, a senior official tells Reuters.")[0]).toMatchObject({ text: "The talks will resume next week" });
  });
  it("the outer speaker of nested reported speech", () => {
    expect(found("A Spanish official said Minister Ana Ruiz had told the envoy that Madrid would back the plan.")).toEqual([
      { who: "Spanish official", cue: "said", text: "Minister Ana Ruiz had told the envoy that Madrid would back the plan" },
    ]);
  });
  it("coordinated reports are separate statements with the same speaker", () => {
    expect(found("Minister Ana Ruiz said the deal was fair but warned that prices would rise.")).toEqual([
      { who: "Ana Ruiz", cue: "said", text: "the deal was fair" },
      { who: "Ana Ruiz", cue: "warned", text: "prices would rise" },
    ]);
  });
  it("content starts after asides and ends at the clause", () => {
    expect(found("Chief Anna Berg said in a statement on Monday that the suspect had fled, as officers searched the area.")[0]?.text).toBe("the suspect had fled");
    expect(found("Mayor Lina Park urged residents to conserve water.")[0]).toMatchObject({ cue: "urged", text: "residents to conserve water" });
  });
  it("a characterization and a report through 'of' with a content noun", () => {
    expect(found("A senior official described the situation as highly precarious.")[0]?.text).toBe("the situation as highly precarious");
    expect(found("Minister Omar Haddad spoke of the need for a new water policy.")[0]).toMatchObject({ cue: "spoke of", text: "the need for a new water policy" });
  });
  it("no statement from nouns, targets, participles, asides, denials or unattributable pronouns", () => {
    expect(found("The ministry's remarks were published. Battleground states could decide it.")).toEqual([]);
    expect(found("Minister Omar Haddad criticized the plan. Haddad reaffirmed his backing for the mayor.")).toEqual([]);
    expect(found("The ministry denied the report, clarifying that only one permit was revoked.")).toEqual([]);
    expect(found("Minister Omar Haddad stated in the recorded meeting of the finance committee on Monday.")).toEqual([]);
    expect(found("Minister Omar Haddad declined to say whether the plan would pass. They said it was over.")).toEqual([]);
  });
  it("headlines: 'X: claim' and 'X Says ...'", () => {
    expect(extract("Haddad: Water Plan Will Pass Before Summer\nMinister Omar Haddad spoke on Monday.").statements[0]).toMatchObject({ speakerLabel: "Omar Haddad", text: "Water Plan Will Pass Before Summer" });
  });
  it("a demand ('called for') and a document's finding ('video shows that')", () => {
    expect(found("Mayor Lina Park called for an independent review of the budget.")[0]).toMatchObject({ cue: "called for", text: "an independent review of the budget" });
    expect(found("The video shows that the officer had his hands raised.")[0]).toMatchObject({ cue: "shows", text: "the officer had his hands raised" });
  });
  it("'warned against', asides with a show's title, '..., X said, as ...', sources with a relative clause", () => {
    expect(found("Governor Mark Ellis warned against moving too early.")[0]).toMatchObject({ cue: "warned", text: "against moving too early" });
    expect(found('Speaker Mike Brandt said in an interview with CNN\'s "State of the Union" that the House would wait.')[0]?.text).toBe("the House would wait");
    expect(found("Envoy Tom Reed met the premier on Thursday, the premier's office said, as talks stalled.")[0]).toMatchObject({ cue: "said", text: "Envoy Tom Reed met the premier on Thursday" });
    expect(found("The two leaders met on Monday, according to two people familiar with the meeting who were not authorized to speak.")[0]?.text).toBe("The two leaders met on Monday");
  });
  it("a place in capitals before a colon is a dateline, not a transcript turn; '(MEA) said' keeps its speaker", () => {
    expect(found("NEW DELHI: Prime Minister Ana Ruiz and President Omar Haddad held talks on Wednesday, the ministry of external affairs (MEA) said in a statement.")).toEqual([
      { who: "ministry of external affairs", cue: "said", text: "Prime Minister Ana Ruiz and President Omar Haddad held talks on Wednesday" },
    ]);
  });
  it("an unlisted place in capitals opening the story before a colon is a dateline too", () => {
    const out = extract("Prince receives premier\n\nJEDDAH: Prince Ana Ruiz received Premier Omar Haddad on Monday, the foreign ministry said.\n\nThe two discussed trade.");
    expect(out.statements.map((st) => [st.cue, st.text])).toEqual([["said", "Prince Ana Ruiz received Premier Omar Haddad on Monday"]]);
  });
  it("'..., the officials said, asking not to be identified': the participle is an aside, the report comes first", () => {
    expect(found("Minister Ana Ruiz held a call with Omar Haddad on Friday, the officials said, asking not to be identified.")).toEqual([
      { who: "officials", cue: "said", text: "Minister Ana Ruiz held a call with Omar Haddad on Friday" },
    ]);
  });
  it("a denial of an act in a gerund is reported", () => {
    expect(found("Rep. Ana Ruiz has denied receiving campaign contributions from the firm.")).toEqual([{ who: "Ana Ruiz", cue: "denied", text: "receiving campaign contributions from the firm" }]);
  });
  it("'said X, but he warned that Y' is two reports", () => {
    expect(found("Mayor Ana Ruiz said the council would vote in March, but she warned that members would not accept cuts.")).toEqual([
      { who: "Ana Ruiz", cue: "said", text: "the council would vote in March" },
      { who: "Ana Ruiz", cue: "warned", text: "members would not accept cuts" },
    ]);
  });
  it("transcript turns: NAME in capitals and a colon", () => {
    const out = extract("Energy Secretary Ruth Calder spoke on Monday.\nRUTH CALDER: Nobody can promise that. We have more reserve capacity.\nCalder left.");
    expect(out.statements[0]).toMatchObject({ speakerLabel: "Ruth Calder", cue: ":", text: "Nobody can promise that. We have more reserve capacity." });
  });
  it("'said, speaking on condition of anonymity' reports nothing after the comma; 'told reporters on arrival that'", () => {
    expect(found('"We will find a way," a senior diplomat said, speaking on condition of anonymity.')).toEqual([]);
    expect(found("Prime Minister Gabor Szalai told reporters on arrival that his country would refuse.")[0]?.text).toBe("his country would refuse");
  });
  it("the role in apposition before a name is not what the person reported", () => {
    expect(found("Sudan's ambassador in Washington, Khalid Idris, told Axios.")).toEqual([]);
    expect(found("The deal is off, the president, Ana Ruiz, said.")).toEqual([{ who: "Ana Ruiz", cue: "said", text: "The deal is off" }]);
  });
  it("a report before its attribution keeps its relative clause; 'in a phone call' is an aside; a body's readout is the body's", () => {
    expect(found("Secretary Dan Ashby, who will travel with her, spoke by phone with Laura Sarmiento, according to a State Department readout.")).toEqual([
      { who: "State Department", cue: "according to", text: "Secretary Dan Ashby, who will travel with her, spoke by phone with Laura Sarmiento" },
    ]);
    expect(found("Foreign Minister Wang Lei told Cho in a phone call on Tuesday that Beijing was willing to talk.")[0]?.text).toBe("Beijing was willing to talk");
  });
  it("a reporting participle after a comma reports for the clause subject; an object noun is no content", () => {
    expect(found("The finance minister, Rosa Lind, defended the budget, telling MPs the plan would cut debt by 2027.")).toEqual([
      { who: "Rosa Lind", cue: "telling", text: "the plan would cut debt by 2027" },
    ]);
    expect(found("Mayor Lina Park rejected the offer, saying that the city could not afford it.")[0]).toMatchObject({ who: "Lina Park", cue: "saying", text: "the city could not afford it" });
    expect(found("The agency issued a report, noting the risk of floods.")).toEqual([]);
    expect(found("Crowds marched through the city, chanting slogans.")).toEqual([]);
  });
  it("'is stressing that' is the clause's verb; 'accused X of Y' reports the charge", () => {
    expect(found("Senator Ana Ruiz is stressing that her plan will lower rents.")[0]).toMatchObject({ who: "Ana Ruiz", text: "her plan will lower rents" });
    expect(found("Opposition leader Paul Grant accused the government of hiding the costs.")[0]).toMatchObject({ who: "Paul Grant", cue: "accused", text: "the government of hiding the costs" });
  });
  it("a plain present verb makes a clause; an aside inside the subject and a 'though' clause are handled", () => {
    expect(found("Teacher Maria Soto said parents still want smaller classes.")[0]?.text).toBe("parents still want smaller classes");
    expect(found("Minister Wang Lei said China and Chile, as trading nations, share common interests.")[0]?.text).toBe("China and Chile, as trading nations, share common interests");
    expect(found("Coach Ben Cole said the team planned a protest, though he acknowledged it was unlikely to work.").map((f) => f.text)).toEqual([
      "the team planned a protest",
      "it was unlikely to work",
    ]);
    expect(found("Mayor Lina Park said goodbye.")).toEqual([]);
  });
  it("sources after 'according to' keep their nouns, a document speaks for its issuer; a dateline with a two-word place is skipped", () => {
    expect(found("The plan was approved, according to people familiar with the talks.")[0]).toMatchObject({ who: "people familiar with the talks", text: "The plan was approved" });
    expect(found("The plan was approved on Monday, a government statement said.")[0]).toMatchObject({ who: "government", text: "The plan was approved on Monday" });
    expect(found("CAPE TOWN, South Africa \u2014 Minister Ana Ruiz met union leaders on Monday, according to two officials.")[0]?.text).toBe("Minister Ana Ruiz met union leaders on Monday");
  });
  it("'called on Sunday for' is a demand; a participle after it ends the demand; a listener 'aboard' a plane is an aside", () => {
    expect(found("Chairperson Ana Ruiz called on Sunday for an immediate ceasefire in the east, warning that talks could fail.").map((f) => f.text)).toEqual([
      "an immediate ceasefire in the east",
      "talks could fail",
    ]);
    expect(found("Secretary Dan Ashby told reporters aboard his plane on Wednesday that he expected to return soon.")[0]?.text).toBe("he expected to return soon");
  });
  it("'said about 20 people ...' is an estimate, not a topic; a body's poll after adjectives is the source", () => {
    expect(found("Governor Ana Ruiz has said about 20 people have asked for the seat.")[0]?.text).toBe("about 20 people have asked for the seat");
    expect(found("Governor Ana Ruiz spoke about the budget.")).toEqual([]);
    expect(found("The candidates are tied, according to a new CNN national poll.")[0]).toMatchObject({ who: "CNN", text: "The candidates are tied" });
  });
  it("'say' takes a clause without a finite-looking verb; 'X argues that' after a capitalized name is the verb; 'said nothing' reports nothing", () => {
    expect(found("But many economists say the bank's cautious approach hurts growth.")[0]?.text).toBe("the bank's cautious approach hurts growth");
    expect(found("NCRA argues that families still want their own schools.")[0]?.text).toBe("families still want their own schools");
    expect(found("Mayor Ana Ruiz said nothing.")).toEqual([]);
  });
  it("'According to X, speaking on \"Show,\" ...': the show's closing mark ends the aside; a quotation after a plain aside stays a quote", () => {
    expect(found('Spokesman Ben Cole spoke. According to Cole, speaking on "Morning Edition," the mayor still backs the plan.')[0]).toMatchObject({ who: "Ben Cole", text: "the mayor still backs the plan" });
    expect(found('According to spokesman Ben Cole, speaking on radio, "We will win."')).toEqual([]);
  });
  it("adjectives before a group source; an appositive between dashes; 'they' after a group's report", () => {
    expect(found("The plan is an insult to all voters, top black lawmakers said on Friday.")[0]).toMatchObject({ who: "top black lawmakers", text: "The plan is an insult to all voters" });
    expect(found("Dara Kell -- co-editor of a book on the debates -- said the candidate liked surprises.")[0]).toMatchObject({ who: "Dara Kell", text: "the candidate liked surprises" });
    expect(found("The mayor shouted at staff, according to city insiders. They said he fired two clerks on the spot.")).toEqual([
      { who: "city insiders", cue: "according to", text: "The mayor shouted at staff" },
      { who: "city insiders", cue: "said", text: "he fired two clerks on the spot" },
    ]);
    // A "they" with no group report right before it still names nobody.
    expect(found("The mayor shouted at staff. They said he fired two clerks on the spot.")).toEqual([]);
  });
  it("'called X a Y' is a characterization; 'called off a visit' and 'called him a day later' are not", () => {
    expect(found("Senator Ana Ruiz has called the tax plan a gift to the rich.")[0]).toMatchObject({ who: "Ana Ruiz", cue: "called", text: "the tax plan a gift to the rich" });
    expect(found("Minister Omar Haddad called off a planned visit to the capital.")).toEqual([]);
    expect(found("Minister Omar Haddad called his counterpart a day later.")).toEqual([]);
  });
  it("'said the event brought back memories of her father': the words after 'said' are what was said, not a speaker", () => {
    expect(found("Dana Ruiz, 59, who watched the ceremony on a screen, said the event brought back memories of her father.")[0]).toMatchObject({ who: "Dana Ruiz", text: "the event brought back memories of her father" });
  });
  it("a title-case headline that ends '..., Lindsey Graham Says' or '..., Former White House Doctor Says'", () => {
    const headline = (title: string) => extract(`${title}\n\nSenator Lindsey Graham spoke in Ohio on Monday.`).statements.map((s) => ({ who: s.speakerLabel, text: s.text }));
    expect(headline("Tax Plan Will Fail, Lindsey Graham Says")).toEqual([{ who: "Lindsey Graham", text: "Tax Plan Will Fail" }]);
    expect(headline("Candidate Hid Health Problems, Former White House Doctor Says")).toEqual([{ who: "Former White House Doctor", text: "Candidate Hid Health Problems" }]);
  });
  it("'..., according to a database tracking such deaths.' ends the sentence, so the report came first; a cut name is no source", () => {
    expect(found("Nine people died in the floods this year, according to a Reuters database tracking such deaths.")[0]).toMatchObject({ cue: "according to", text: "Nine people died in the floods this year" });
    // The source phrase stops inside "Ohio AFL-CIO President Dana Ruiz": no report may be credited to the cut "Ohio"
    // (the whole name may be credited, or nothing), while the same report with the name whole is found.
    expect(found("Pressure is building on the mayor, according to Ohio AFL-CIO President Dana Ruiz.").filter((s) => s.who !== "Dana Ruiz")).toEqual([]);
    expect(found("Pressure is building on the mayor, according to Dana Ruiz, the Ohio AFL-CIO president.")).toEqual([{ who: "Dana Ruiz", cue: "according to", text: "Pressure is building on the mayor" }]);
  });
  it("a document's finding without 'that'; group nouns such as 'environmentalists'; an opening 'But' is not the speaker", () => {
    expect(found("Instant polls showed the senator was the winner of the debate.")[0]).toMatchObject({ who: "Instant polls", text: "the senator was the winner of the debate" });
    expect(found("But environmentalists worry that the mines could poison the river.")[0]).toMatchObject({ who: "environmentalists", text: "the mines could poison the river" });
  });
  it("a passive reports nothing: 'have been charged with', 'was told that'", () => {
    expect(found("Neither the mayor nor her allies have been charged with any crime related to the contract.")).toEqual([]);
    expect(found("The council was told that the bridge would close.")).toEqual([]);
  });
  it("'just this month' between subject and verb; a long listener before 'that'; 'said one GOP source' after a clause between commas", () => {
    expect(found("Acme Bank just this month announced it would drop the fees.")[0]).toMatchObject({ who: "Acme Bank", text: "it would drop the fees" });
    expect(found("Mayor Ana Ruiz told a meeting of regional transport leaders that few people understood the risk.")[0]).toMatchObject({ who: "Ana Ruiz", text: "few people understood the risk" });
    expect(found("The vote did not go well, and the meeting fell apart from there, said one GOP source in the room.")).toEqual([
      { who: "GOP source", cue: "said", text: "The vote did not go well, and the meeting fell apart from there" },
    ]);
  });
  it("a body's or a study's finding without 'that' needs a finite verb; 'called X and Y a Z'", () => {
    expect(found("A group of researchers shows companies have moved profits offshore.")[0]).toMatchObject({ cue: "shows", text: "companies have moved profits offshore" });
    expect(found("The ruling stands even if the court found an enhanced interest in her husband's actions.")).toEqual([]);
    expect(found("Senator Ana Ruiz called the citation and the public demand a political ploy.")[0]).toMatchObject({ cue: "called", text: "the citation and the public demand a political ploy" });
  });
  it("'It said' after a sentence an organization opens; 'many of whom say' speaks for the group before the comma", () => {
    expect(found("Acme Corp. filed suit against the city on Monday. It said the contract was void.")[0]).toMatchObject({ who: "Acme Corp", text: "the contract was void" });
    expect(found("The plan went over badly with relatives of the victims, many of whom say the claims are unfounded.")[0]).toMatchObject({ who: "relatives of the victims", text: "the claims are unfounded" });
  });
});

describe("reported speech around participles and trailing quotations", () => {
  const reports = (text: string) => extract(text).statements.map((s) => s.text);
  it("a reporting participle after a clause with an irregular verb reports for the sentence's subject", () => {
    const out = extract("Envoy Lina Park met the speaker on Monday.\nShe then held a short news conference, emphasizing that the border talks depend on the truce.");
    expect(out.statements.map((s) => [s.text, s.speaker && out.actors.find((a) => a.id === s.speaker)?.name])).toContainEqual(["the border talks depend on the truce", "Lina Park"]);
  });
  it("a participle ends the object of the verb before it and reports on its own", () => {
    expect(reports("Envoy Lina Park confirmed her plan to continue the talks, announcing that she would travel to Oslo.")).toEqual(["her plan to continue the talks", "she would travel to Oslo"]);
  });
  it("', adding that' after an inverted attribution reports for the speaker after the verb", () => {
    const out = extract('"The rules are at stake," said Commissioner Lina Park, adding that partners must cooperate more closely.');
    expect(out.statements[0]?.text).toBe("partners must cooperate more closely");
    expect(out.actors.find((a) => a.id === out.statements[0]?.speaker)?.name).toBe("Lina Park");
  });
  it("a quotation after the clause's comma is cut off the report instead of swallowing it", () => {
    expect(reports('Foreign Minister Lina Park said Norway remained open to talks, \u201ceven if the other side has walked away from the table.\u201d')).toEqual(["Norway remained open to talks"]);
  });
});

describe("reported speech whose object is what was said, and plural sources", () => {
  const reports = (text: string) => extract(text).statements.map((s) => [s.cue, s.text]);
  it("'urged', 'pledged', 'praised X for', 'thanked X for', 'expressed' report their object", () => {
    expect(reports("Foreign Minister Lina Park urged unity among the rival factions.")).toEqual([["urged", "unity among the rival factions"]]);
    expect(reports("Prime Minister Omar Haddad praised Norway for its mediation in the border dispute.")).toEqual([["praised", "Norway for its mediation in the border dispute"]]);
    expect(reports("President Ana Ruiz thanked the hosts for convening the summit and pledged support for the reconstruction fund.")).toEqual([
      ["thanked", "the hosts for convening the summit"],
      ["pledged", "support for the reconstruction fund"],
    ]);
  });
  it("welcoming a person to a place is a visit, not a report", () => {
    expect(reports("President Ana Ruiz welcomed Prime Minister Omar Haddad to the palace on Tuesday.")).toEqual([]);
  });
  it("'but has said' is a second report by the same speaker", () => {
    const out = extract("Senator Lina Park has urged allies to spend more on defense but has said she will keep every treaty commitment.");
    expect(out.statements.map((s) => s.text)).toEqual(["allies to spend more on defense", "she will keep every treaty commitment"]);
  });
  it("'they' is the plural source the sentence opens with; 'those close to him' is a source", () => {
    const out = extract("Environmentalists have urged the state to close the mine, although they say they accept a slower timetable.");
    expect(out.statements.find((s) => s.cue === "say")?.speakerLabel).toBe("Environmentalists");
    expect(extract("Those close to the mayor say that she will run again.").statements[0]?.text).toBe("she will run again");
  });
});

describe("news media as sources", () => {
  it("'Israeli media reported that ...' and ', state news agency X reported.' name the outlet as the source", () => {
    const out = extract([
      "Ministers meet in Riyadh",
      "Israeli media reported that the cabinet would vote on Sunday.",
      "The crown prince met the emir on the sidelines of the summit, state news agency SPA reported.",
    ].join("\n"));
    expect(out.statements.map((s) => [s.speakerLabel, s.text])).toEqual([
      ["Israeli media", "the cabinet would vote on Sunday"],
      ["Saudi Press Agency", "The crown prince met the emir on the sidelines of the summit"],
    ]);
  });
  it("an aside before 'as she called for' is not a source", () => {
    const out = extract("His guest, the activist Lina Park, was moved as she called for the ratification of the treaty.");
    expect(out.statements.map((s) => s.text)).toEqual(["the ratification of the treaty"]);
  });
});
