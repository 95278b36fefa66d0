import { describe, expect, it } from "vitest";
import { extract, pairs } from "../test-helpers";

// Published on Thursday 2024-05-16.
describe("meetings and calls", () => {
  it("X met with Y and Z, told as one event, is one meeting of the three, with the weekday resolved back to publication", () => {
    expect(pairs(extract("Foreign Minister Ana Ruiz met with Prime Minister Omar Haddad and Senator Paul Grant at the Capitol on Tuesday."))).toEqual([
      "meeting:Ana Ruiz+Omar Haddad+Paul Grant@2024-05-14",
    ]);
    expect(pairs(extract("Envoy Lina Park and Adviser Tom Reed held talks with President Omar Haddad in Cairo."))).toEqual(["meeting:Lina Park+Omar Haddad+Tom Reed@?"]);
  });
  it("met separately with A and B, held meetings with A and B, met leaders including A and B: a meeting with each", () => {
    expect(pairs(extract("Foreign Minister Ana Ruiz met separately with Prime Minister Omar Haddad and Senator Paul Grant.")).sort()).toEqual(["meeting:Ana Ruiz+Omar Haddad@?", "meeting:Ana Ruiz+Paul Grant@?"]);
    expect(pairs(extract("Envoy Lina Park held meetings with President Omar Haddad and Senator Paul Grant.")).sort()).toEqual(["meeting:Lina Park+Omar Haddad@?", "meeting:Lina Park+Paul Grant@?"]);
    const host = "President Ana Ruiz on Monday met a host of regional leaders, including King Omar Haddad and Premier Lina Park, at the summit.";
    expect(pairs(extract(host)).sort()).toEqual(["meeting:Ana Ruiz+Lina Park@2024-05-13", "meeting:Ana Ruiz+Omar Haddad@2024-05-13"]);
    const among = "Senator Ana Ruiz flew in. Among the ministers Ruiz met with were Defense Minister Omar Haddad and Finance Minister Lina Park.";
    expect(pairs(extract(among)).sort()).toEqual(["meeting:Ana Ruiz+Lina Park@?", "meeting:Ana Ruiz+Omar Haddad@?"]);
  });
  it("a meeting noun quoted as its description ('a “frank meeting” with X') is a meeting with X", () => {
    expect(pairs(extract("Premier Ana Ruiz had a \u201cfrank meeting\u201d with President Omar Haddad on Monday, her office said."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-13"]);
  });
  it("the meeting between A, B and C is one group", () => {
    expect(pairs(extract("Envoy Lina Park, Adviser Tom Reed and President Omar Haddad spoke. Reporters asked about the meeting between Park, Reed, and Haddad."))).toEqual([
      "meeting:Lina Park+Omar Haddad+Tom Reed@?",
    ]);
  });
  it("was set to meet is planned; a date after publication is planned", () => {
    expect(pairs(extract("Envoy Lina Park was set to meet with President Omar Haddad."))).toEqual(["planned:Lina Park+Omar Haddad@?"]);
    expect(pairs(extract("Envoy Lina Park and President Omar Haddad discussed trade ahead of their meeting on May 20 at the palace."))).toEqual(["planned:Lina Park+Omar Haddad@2024-05-20"]);
  });
  it("a phone conversation is a call", () => {
    expect(pairs(extract("President Omar Haddad spoke. Haddad reaffirmed support in a conversation with Chancellor Lina Park on Monday."))).toEqual(["call:Lina Park+Omar Haddad@2024-05-13"]);
  });
  it("a meeting that was supposed to happen after a cancellation is canceled", () => {
    const text = "The premier canceled the trip earlier this week. Officials are rescheduling the meeting that was supposed to take place today with Envoy Lina Park and Adviser Tom Reed.";
    expect(pairs(extract(text))).toEqual(["canceled:Lina Park+Tom Reed@2024-05-16"]);
  });
  it("a caption listing people together is a meeting, marked as a caption", () => {
    const out = extract("File: (Left to right) Envoy Lina Park, President Omar Haddad and Adviser Tom Reed at the palace on March 7, 2023. (Tom Reed/Twitter)\nBody text follows here.");
    expect(pairs(out)).toEqual(["meeting:Lina Park+Omar Haddad+Tom Reed@2023-03-07"]);
    expect(out.interactions[0]?.caption).toBe(true);
  });
  it("spoke by phone with, sat down with, and two people who spoke by phone", () => {
    expect(pairs(extract("Chancellor Lina Park spoke by phone with President Omar Haddad on Monday."))).toEqual(["call:Lina Park+Omar Haddad@2024-05-13"]);
    expect(pairs(extract("Envoy Tom Reed sat down with Senator Paul Grant in Lyon on Tuesday."))).toEqual(["meeting:Paul Grant+Tom Reed@2024-05-14"]);
    expect(pairs(extract("President Omar Haddad and Chancellor Lina Park spoke by phone on Monday and agreed to meet in June."))).toEqual(["call:Lina Park+Omar Haddad@2024-05-13"]);
  });
  it("an unnamed partner makes no pair of the subjects; reporters are not partners", () => {
    expect(pairs(extract("Senator Paul Grant and Envoy Tom Reed met privately with local farmers on Monday."))).toEqual([]);
    expect(pairs(extract("Senator Paul Grant spoke with reporters after Envoy Tom Reed left."))).toEqual([]);
  });
  it("the clause subject meets when the verb is an infinitive, and an attribution ends the list", () => {
    expect(pairs(extract("Envoy Tom Reed is scheduled to travel to Rome on Friday to meet Foreign Minister Ana Ruiz, the ministry said."))).toEqual(["planned:Ana Ruiz+Tom Reed@2024-05-17"]);
  });
  it("a meeting called off, and one that had been due before a postponement", () => {
    expect(pairs(extract("Minister Ana Ruiz called off a planned meeting with Envoy Tom Reed."))).toEqual(["canceled:Ana Ruiz+Tom Reed@?"]);
    const text = "Minister Ana Ruiz postponed a trip to Rome that had been planned for Friday. Ruiz had been due to meet Envoy Tom Reed there.";
    expect(pairs(extract(text))).toEqual(["canceled:Ana Ruiz+Tom Reed@2024-05-17"]);
  });
  it("a role's holder named in apposition is the partner; a second verb shares the subject", () => {
    const out = extract("Minister Ana Ruiz met Envoy Tom Reed in the morning and later hosted Egypt's deputy trade minister, Nabil Karam, at the ministry.");
    expect(pairs(out).sort()).toEqual(["meeting:Ana Ruiz+Nabil Karam@?", "meeting:Ana Ruiz+Tom Reed@?"]);
  });
  it("a dateline is not the meeting's date", () => {
    expect(pairs(extract("ROME, May 16 (Reuters) - Minister Ana Ruiz met Envoy Tom Reed on Tuesday, officials said."))).toEqual(["meeting:Ana Ruiz+Tom Reed@2024-05-14"]);
  });
  it("two named people who spoke together met; 'the two ministers' are the two just named", () => {
    expect(pairs(extract("Minister Ana Ruiz and Envoy Tom Reed spoke for an hour in Rome on Monday."))).toEqual(["meeting:Ana Ruiz+Tom Reed@2024-05-13"]);
    expect(pairs(extract("Minister Ana Ruiz spoke for an hour in Rome on Monday."))).toEqual([]);
    const text = "Minister Ana Ruiz met Envoy Tom Reed on Monday. The two ministers also held a brief meeting with Chancellor Lina Park.";
    expect(pairs(extract(text)).sort()).toEqual(["meeting:Ana Ruiz+Lina Park+Tom Reed@2024-05-13", "meeting:Ana Ruiz+Tom Reed@2024-05-13"]);
  });
  it("an organization after 'of' is a participant's affiliation", () => {
    expect(pairs(extract("Minister Ana Ruiz met with investor Paul Grant of Harbor Peak Partners in May."))).toEqual(["meeting:Ana Ruiz+Paul Grant@2024-05"]);
  });
  it("a pronoun subject ('she will also meet'), and a weekday before 'ahead of' after a past meeting", () => {
    expect(pairs(extract("Minister Ana Ruiz flies to Rome next week, where she will also meet Envoy Tom Reed."))).toEqual(["planned:Ana Ruiz+Tom Reed@2024-05"]);
    expect(pairs(extract("Minister Ana Ruiz met Envoy Tom Reed on Wednesday ahead of the vote."))).toEqual(["meeting:Ana Ruiz+Tom Reed@2024-05-15"]);
  });
  it("a summit of named leaders is one group", () => {
    expect(pairs(extract("A summit of Chancellor Lina Park, President Omar Haddad and Envoy Tom Reed focused on trade."))).toEqual(["meeting:Lina Park+Omar Haddad+Tom Reed@?"]);
  });

  it("A and B held meetings with C and D: one meeting with both for each partner, and the later 'meeting between A, B and C' is the same", () => {
    const text =
      "Adviser Lina Park and Minister Tom Reed held meetings with Envoy Omar Haddad and Senator Ana Ruiz in Geneva on Tuesday. " +
      "No readout was issued of the meeting between Park, Reed, and Haddad.";
    expect(pairs(extract(text)).sort()).toEqual(["meeting:Ana Ruiz+Lina Park+Tom Reed@2024-05-14", "meeting:Lina Park+Omar Haddad+Tom Reed@2024-05-14"]);
  });
  it("several people holding meetings with one partner each met the partner", () => {
    const text = "Envoys Lina Park, Tom Reed, Paul Grant and Ana Ruiz held meetings with visiting Minister Omar Haddad.";
    expect(pairs(extract(text)).sort()).toEqual(["meeting:Ana Ruiz+Omar Haddad@?", "meeting:Lina Park+Omar Haddad@?", "meeting:Omar Haddad+Paul Grant@?", "meeting:Omar Haddad+Tom Reed@?"]);
  });
  it("A and B met with C is one meeting; a meeting with a list is one meeting", () => {
    expect(pairs(extract("Adviser Lina Park and Minister Tom Reed met with Envoy Omar Haddad on Monday."))).toEqual(["meeting:Lina Park+Omar Haddad+Tom Reed@2024-05-13"]);
    expect(pairs(extract("Minister Ana Ruiz spoke. After her meeting with Envoy Omar Haddad and Senator Tom Reed, Ruiz left."))).toEqual(["meeting:Ana Ruiz+Omar Haddad+Tom Reed@?"]);
  });
  it("the same meeting stated twice is one record, with the date one of them gives", () => {
    const text = "Minister Ana Ruiz met with Adviser Tom Reed at the White House on Thursday. Ruiz later praised her meeting with Reed as frank.";
    const out = extract(text);
    expect(pairs(out)).toEqual(["meeting:Ana Ruiz+Tom Reed@2024-05-16"]);
    expect(out.interactions[0]?.location).toBe("White House");
    // Both sentences link their remarks to the one record.
    expect(out.statements.every((s) => s.interaction === null || s.interaction === out.interactions[0]?.id)).toBe(true);
  });
  it("different days or kinds stay apart", () => {
    const text = "Minister Ana Ruiz met with Adviser Tom Reed on Monday. Ruiz met with Reed again on May 2. Ruiz will meet with Reed next week.";
    expect(pairs(extract(text)).sort()).toEqual(["meeting:Ana Ruiz+Tom Reed@2024-05-02", "meeting:Ana Ruiz+Tom Reed@2024-05-13", "planned:Ana Ruiz+Tom Reed@2024-05"]);
  });
  it("leaders who 'spoke today with' each other spoke by phone, unless a place or an in-person setting is named", () => {
    expect(pairs(extract("President Karen Holt spoke today with Prime Minister Kaito Mori of Japan to congratulate him."))).toEqual(["call:Kaito Mori+Karen Holt@2024-05-16"]);
    expect(pairs(extract("President Karen Holt spoke with Prime Minister Kaito Mori on the sidelines of the summit on Monday."))).toEqual(["meeting:Kaito Mori+Karen Holt@2024-05-13"]);
  });
  it("a meeting in a relative clause has the person 'who' refers to as its subject", () => {
    const text = "Prime Minister Zoltan Kiss, who spoke by phone with President Andriy Bondar on Monday, has said that Budapest will not send weapons.";
    expect(pairs(extract(text))).toEqual(["call:Andriy Bondar+Zoltan Kiss@2024-05-13"]);
  });
  it("a list after 'meetings with' runs through a titled name; a denied meeting is none", () => {
    const text = "Premier Li Wenhao met Prime Minister Arvind Rao. President Luiz Costa held separate meetings on Monday with Rao, Li and South African President Thabo Nkosi.";
    expect(pairs(extract(text)).sort()).toEqual(["meeting:Arvind Rao+Li Wenhao@?", "meeting:Arvind Rao+Luiz Costa@2024-05-13", "meeting:Li Wenhao+Luiz Costa@2024-05-13", "meeting:Luiz Costa+Thabo Nkosi@2024-05-13"]);
    expect(pairs(extract("President Karen Holt has no plans to meet President Diego Cabello. President Moustapha Sarr did not meet Minister Jean Duval."))).toEqual([]);
  });
  it("'spoke by phone Monday with', after a relative clause that looks ahead, was a call on Monday", () => {
    const text = "Secretary of State Daniel Ashby, who will accompany the president, spoke by phone Monday with Foreign Minister Laura Sarmiento.";
    expect(pairs(extract(text))).toEqual(["call:Daniel Ashby+Laura Sarmiento@2024-05-13"]);
  });
  it("'X told Y in a phone call' is a call between them", () => {
    const text = "Minister Cho Hyun-woo flew home. Foreign Minister Wang Lei told Cho in a phone call on Tuesday that Beijing was willing to talk.";
    expect(pairs(extract(text))).toEqual(["call:Cho Hyun-woo+Wang Lei@2024-05-14"]);
  });
  it("'their first face-to-face talks' reaches past adjectives to the possessive: both named before are the sides", () => {
    const text = "President Karen Holt and Prime Minister Kaito Mori held their first face-to-face talks in Tokyo on Monday.";
    expect(pairs(extract(text))).toEqual(["meeting:Kaito Mori+Karen Holt@2024-05-13"]);
  });
  it("a role noun subject after an opening adverb is resolved to its holder", () => {
    const text = "Prime Minister Kaito Mori flew to Rome. Meanwhile, the prime minister spoke by phone with President Karen Holt on Tuesday.";
    expect(pairs(extract(text))).toEqual(["call:Kaito Mori+Karen Holt@2024-05-14"]);
  });
  it("'This morning the Secretary spoke by phone with X' before the Secretary is named: the article's only holder of the role", () => {
    const text = "This morning the Secretary spoke by phone with Foreign Minister Joseph Kariuki. Later, Secretary of State Daniel Ashby told reporters that talks would continue.";
    expect(pairs(extract(text))).toEqual(["call:Daniel Ashby+Joseph Kariuki@2024-05-16"]);
    const two = "This morning the Secretary spoke by phone with Foreign Minister Joseph Kariuki. Secretary of State Daniel Ashby and Secretary of Defense Ruth Vance flew home.";
    expect(pairs(extract(two))).toEqual([]);
  });
  it("'A and B discussed <topic> via video link' is a call between them; one subject discussing by phone is none", () => {
    const text = "President Maia Sandu and President Volodymyr Kovalenko discussed the energy crisis in the breakaway region via video link on Monday.";
    expect(pairs(extract(text))).toEqual(["call:Maia Sandu+Volodymyr Kovalenko@2024-05-13"]);
    expect(pairs(extract("President Maia Sandu discussed the crisis by phone on Monday."))).toEqual([]);
  });
  it("'X hosted A and B' is one meeting of the three; guests hosted separately met only the host", () => {
    const text = "Foreign Minister Vivian Tan hosted Foreign Minister Mohamad Hasan and Foreign Minister Budi Santoso in Singapore on Monday for trilateral talks.";
    expect(pairs(extract(text)).sort()).toEqual(["meeting:Budi Santoso+Mohamad Hasan+Vivian Tan@2024-05-13"]);
    const apart = "Foreign Minister Vivian Tan separately hosted Foreign Minister Mohamad Hasan and Foreign Minister Budi Santoso on Monday.";
    expect(pairs(extract(apart)).sort()).toEqual(["meeting:Budi Santoso+Vivian Tan@2024-05-13", "meeting:Mohamad Hasan+Vivian Tan@2024-05-13"]);
  });
  it("'X met A and has spoken twice with B' shares the subject", () => {
    const text = "Minister Ana Ruiz met Adviser Tom Reed in Madrid and has spoken twice with President Karen Holt since then.";
    expect(pairs(extract(text)).sort()).toEqual(["meeting:Ana Ruiz+Karen Holt@?", "meeting:Ana Ruiz+Tom Reed@?"]);
  });
  it("a gathering noun with no partner joins its named subjects; a lone subject meets no one", () => {
    expect(pairs(extract("Envoy Lina Park and President Omar Haddad held talks in Cairo on Monday."))).toEqual(["meeting:Lina Park+Omar Haddad@2024-05-13"]);
    expect(pairs(extract("ROME -- Envoy Lina Park and President Omar Haddad agreed on Monday to resume visits, in a virtual summit held via video link."))).toEqual(["call:Lina Park+Omar Haddad@2024-05-13"]);
    expect(pairs(extract("Envoy Lina Park held talks in Cairo on Monday."))).toEqual([]);
  });
  it("a coordinated verb shares the sentence's opening subject; 'had spoken with' is a call; a virtual meeting is a call", () => {
    expect(pairs(extract("Prime Minister Ana Ruiz arrived in Rome on May 13 for her first visit and met with President Omar Haddad."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-13"]);
    expect(pairs(extract("An aide said President Omar Haddad had also spoken with Chancellor Lina Park earlier this month."))).toEqual(["call:Lina Park+Omar Haddad@2024-05"]);
    expect(pairs(extract("Earlier this month, Premier Ana Ruiz held a virtual meeting via video link with President Omar Haddad."))).toEqual(["call:Ana Ruiz+Omar Haddad@2024-05"]);
  });
  it("honorific surnames ('Mr. Castellano and Ms. Fitz') form a partner list", () => {
    const text = "Gov. Kathleen Marrow, Senator Andre Castellano and Speaker Dolores Fitz spoke. Ms. Marrow is scheduled to meet with Mr. Castellano and Ms. Fitz again on May 19.";
    expect(pairs(extract(text)).filter((p) => p.startsWith("planned"))).toEqual(["planned:Andre Castellano+Dolores Fitz+Kathleen Marrow@2024-05-19"]);
  });
  it("'called on' a person is a visit, 'phone talks' a call, 'the two ministers held a dialogue' a meeting, 'met leaders, including X' a meeting with X", () => {
    expect(pairs(extract("Minister Penny Walsh arrived. Later, Walsh called on President Omar Haddad at his residence."))).toEqual(["meeting:Omar Haddad+Penny Walsh@?"]);
    expect(pairs(extract("Senator Ana Ruiz called on President Omar Haddad to resign."))).toEqual([]);
    expect(pairs(extract("President Ana Ruiz held phone talks with Prime Minister Omar Haddad on Monday."))).toEqual(["call:Ana Ruiz+Omar Haddad@2024-05-13"]);
    expect(pairs(extract("Minister Ana Ruiz and Minister Penny Walsh arrived. The two ministers held the 15th annual dialogue in Delhi."))).toEqual(["meeting:Ana Ruiz+Penny Walsh@?"]);
    expect(pairs(extract("The chancellor, Ana Ruiz, spoke. Ruiz met business leaders on Monday, including the chamber's director, Omar Haddad."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-13"]);
  });
  it("'the two leaders' who agreed to hold a summit are not the spokesperson reporting it", () => {
    const text = "President Ana Ruiz called Prime Minister Omar Haddad. Spokesperson Lina Park briefed reporters. The two leaders agreed to hold a summit soon, Park said.";
    expect(pairs(extract(text)).some((p) => p.includes("Lina Park"))).toBe(false);
  });
  it("'earlier in the day' and 'the two ministers' take the day a sentence just before names; otherwise no date", () => {
    expect(pairs(extract("Minister Penny Walsh met President Omar Haddad on Monday. Earlier in the day, Walsh called on Prime Minister Ana Ruiz at her residence.")).sort()).toEqual([
      "meeting:Ana Ruiz+Penny Walsh@2024-05-13",
      "meeting:Omar Haddad+Penny Walsh@2024-05-13",
    ]);
    expect(pairs(extract("Minister Ana Ruiz and Minister Penny Walsh on Monday agreed to expand exercises. The two ministers held the annual dialogue in Delhi."))).toEqual(["meeting:Ana Ruiz+Penny Walsh@2024-05-13"]);
    expect(pairs(extract("Minister Ana Ruiz arrived on Monday. Later, Ruiz called on President Omar Haddad at his residence."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@?"]);
  });
  it("batch 54-58 rules: party tags, weekday before the verb, 'after meeting', dinners, talks by phone, a colon dateline", () => {
    expect(pairs(extract("Senate Majority Leader Ana Ruiz (R-Ky.) met with Senate Minority Leader Omar Haddad (D-N.Y.) in his Capitol office on Tuesday."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-14"]);
    expect(pairs(extract("President Ana Ruiz on Tuesday received Prime Minister Omar Haddad at the palace."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-14"]);
    expect(pairs(extract("Treasurer Ana Ruiz spoke. Ms Ruiz spoke after meeting the central bank governor, Omar Haddad, at Parliament House on Monday."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-13"]);
    expect(pairs(extract("Chancellor Ana Ruiz is expected to attend a working dinner with President Omar Haddad next week."))).toEqual(["planned:Ana Ruiz+Omar Haddad@2024-05"]);
    expect(pairs(extract("Foreign Minister Ana Ruiz held talks with her counterpart, Omar Haddad, by phone on Monday, sources said."))).toEqual(["call:Ana Ruiz+Omar Haddad@2024-05-13"]);
    expect(pairs(extract("NEW DELHI: Prime Minister Ana Ruiz and President Omar Haddad held a virtual summit on Wednesday and agreed to expand exercises."))).toEqual(["call:Ana Ruiz+Omar Haddad@2024-05-15"]);
  });
  it("the party tag of one lawmaker does not join a meeting", () => {
    expect(pairs(extract("Sen. Ana Ruiz (D-Ariz.) said she had not met anyone."))).toEqual([]);
  });
  it("batch 59-63 rules: attendees join the meeting just stated; 'who ..., later met' keeps its subject", () => {
    expect(pairs(extract("President Ana Ruiz received Prime Minister Omar Haddad at the palace on Monday. The meeting was attended by Energy Minister Lina Park.")).sort()).toEqual([
      "meeting:Ana Ruiz+Lina Park+Omar Haddad@2024-05-13",
      "meeting:Ana Ruiz+Omar Haddad@2024-05-13",
    ]);
    expect(pairs(extract("Prime Minister Omar Haddad arrived. Haddad, who is on his first visit since taking office, later met with Foreign Minister Ana Ruiz."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@?"]);
  });
  it("one more person expected to attend the summit planned before, or to join them at a meeting, joins it as planned", () => {
    const summit = "Prime Minister Ana Ruiz and President Omar Haddad agreed on Monday to hold a summit next year.\n\nPremier Lina Park is expected to attend the summit, a source said.";
    expect(pairs(extract(summit)).sort()).toEqual(["planned:Ana Ruiz+Lina Park+Omar Haddad@2025", "planned:Ana Ruiz+Omar Haddad@2025"]);
    const join = "Director Ana Ruiz met with Mayor Omar Haddad on Monday. Adviser Tom Reed is expected to join them at a follow-up meeting next week.";
    expect(pairs(extract(join)).sort()).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-13", "planned:Ana Ruiz+Omar Haddad+Tom Reed@2024-05"]);
    expect(pairs(extract("Prime Minister Ana Ruiz met President Omar Haddad on Monday. Ruiz is expected to attend the Pacific Islands Forum in October."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-13"]);
  });
  it("in an interview, a named person who 'called me' called the person interviewed; elsewhere 'called me' is no call", () => {
    const interview = "In an interview with the Post, Norway's foreign minister, Ana Ruiz, discusses the Arctic.\n\nDid you talk to Moscow?\n\nWhen Russia's foreign minister, Omar Haddad, called me in 2022, I said no.";
    expect(pairs(extract(interview))).toEqual(["call:Ana Ruiz+Omar Haddad@2022"]);
    expect(pairs(extract('Mayor Ana Ruiz spoke. "Nobody from the office has called me," Officer Tom Reed said.'))).toEqual([]);
  });
  it("'he warned President X about Y during a private meeting at Z': the one who told and the one told met", () => {
    expect(pairs(extract("Gov. Ana Ruiz said Monday that she personally warned President Omar Haddad about the tariffs during a private meeting at the White House last month."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-04"]);
    expect(pairs(extract("Gov. Ana Ruiz warned that the tariffs, discussed during a private meeting, would hurt workers."))).toEqual([]);
  });
  it("'earlier in the day' far from any date takes the day of the last meeting stated with a full date", () => {
    const text = "Ministers meet in the capital\n\nMinister Ana Ruiz met President Omar Haddad on Monday.\n\nThey discussed trade.\n\nThe talks covered ports.\n\nBoth sides praised the visit.\n\nEarlier in the day, Ruiz called on Prime Minister Lina Park at her residence.";
    expect(pairs(extract(text)).sort()).toEqual(["meeting:Ana Ruiz+Lina Park@2024-05-13", "meeting:Ana Ruiz+Omar Haddad@2024-05-13"]);
  });
});

describe("the subject of a meeting verb after an aside", () => {
  it("is the name before a relative clause or an appositive, not a name inside it", () => {
    const who = "Senator Ana Ruiz, who leads the Unity Party and is a rival of President Omar Haddad, met with Envoy Tom Reed on Monday.";
    expect(pairs(extract(who))).toEqual(["meeting:Ana Ruiz+Tom Reed@2024-05-13"]);
    const weekday = "Rebel leader Omar Haddad, who usually lives in Doha, on Tuesday met with intelligence chief Tom Reed.";
    expect(pairs(extract(weekday))).toEqual(["meeting:Omar Haddad+Tom Reed@2024-05-14"]);
    const appointed = "Tom Reed, the envoy chosen by President Ana Ruiz, met with President Omar Haddad at the palace on Friday.";
    expect(pairs(extract(appointed))).toEqual(["meeting:Omar Haddad+Tom Reed@2024-05-10"]);
  });
  it("a second meeting verb joined by 'and' takes its own tense", () => {
    const text = "Minister Ana Ruiz met with Adviser Tom Reed on Monday, and was set to sit down with Senator Paul Grant later in the day.";
    expect(pairs(extract(text))).toEqual(["meeting:Ana Ruiz+Tom Reed@2024-05-13", "planned:Ana Ruiz+Paul Grant@2024-05-13"]);
  });
});

describe("a summit with a country, and the day of a sentence that looks ahead", () => {
  it("'A and B agreed on Monday to hold a summit with <country> next year': A and B, planned; the call after it is dated Monday", () => {
    const text = "SEOUL -- Prime Minister Ana Ruiz and President Omar Haddad agreed on Monday to hold a summit with China early next year.\n\nRuiz and Haddad spoke by phone for an hour.";
    expect(pairs(extract(text))).toEqual(["planned:Ana Ruiz+Omar Haddad@2025", "call:Ana Ruiz+Omar Haddad@2024-05-13"]);
  });
  it("one person 'held talks with <country>' meets no one", () => {
    expect(pairs(extract("Prime Minister Ana Ruiz held talks with China on Monday."))).toEqual([]);
  });
});

describe("discussions as meetings", () => {
  it("'X discussed <topic> with A, B and C' and 'X talked about <topic> with A and B' are one meeting of everyone", () => {
    expect(pairs(extract("Minister Ana Ruiz discussed grain exports and the port dispute with President Omar Haddad, Chancellor Lina Park and Adviser Tom Reed on Monday."))).toEqual([
      "meeting:Ana Ruiz+Lina Park+Omar Haddad+Tom Reed@2024-05-13",
    ]);
    expect(pairs(extract("Minister Ana Ruiz talked about the truce with President Omar Haddad and Chancellor Lina Park in Rome."))).toEqual(["meeting:Ana Ruiz+Lina Park+Omar Haddad@?"]);
    expect(pairs(extract("Minister Ana Ruiz discussed the truce by phone with President Omar Haddad on Tuesday."))).toEqual(["call:Ana Ruiz+Omar Haddad@2024-05-14"]);
  });
  it("a discussion with reporters, or a topic that names people, is no meeting", () => {
    expect(pairs(extract("Minister Ana Ruiz discussed the case of President Omar Haddad with reporters on Monday."))).toEqual([]);
  });
  it("a discussion with two people the article met apart stays two meetings", () => {
    const text = "Minister Ana Ruiz met Adviser Tom Reed on Monday. She met Senator Lina Park on Tuesday. Ruiz discussed with Reed and Park the future of the port.";
    expect(pairs(extract(text)).sort()).toEqual(["meeting:Ana Ruiz+Lina Park@2024-05-14", "meeting:Ana Ruiz+Tom Reed@2024-05-13"]);
  });
});

describe("visits, calls, opening phrases and days", () => {
  it("'X visited Y at the White House' is a meeting; a visit to a country is none", () => {
    expect(pairs(extract("Premier Ana Ruiz visited President Omar Haddad at the White House on Monday."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-13"]);
    expect(pairs(extract("Premier Ana Ruiz visited Egypt on Monday."))).toEqual([]);
    expect(pairs(extract("Premier Ana Ruiz will visit President Omar Haddad in Cairo next week."))).toEqual(["planned:Ana Ruiz+Omar Haddad@2024-05"]);
  });
  it("'X called Y' is a call; 'called Y a liar', 'called on Y to' and 'called for' are none", () => {
    expect(pairs(extract("President Omar Haddad called Prime Minister Ana Ruiz on Monday to discuss the crisis."))).toEqual(["call:Ana Ruiz+Omar Haddad@2024-05-13"]);
    expect(pairs(extract("President Omar Haddad called Prime Minister Ana Ruiz a liar on Monday."))).toEqual([]);
    expect(pairs(extract("President Omar Haddad called Ruiz \u201ca dangerous man.\u201d Prime Minister Ana Ruiz said nothing."))).toEqual([]);
    expect(pairs(extract("President Omar Haddad called on Premier Ana Ruiz to resign."))).toEqual([]);
  });
  it("a headline 'X calls Y' is a call between the people the article names, dated by the body", () => {
    const text = "Haddad calls Ruiz as tensions rise\n\nPresident Omar Haddad spoke with Prime Minister Ana Ruiz on Monday, officials said.";
    const out = extract(text);
    expect(pairs(out)).toEqual(["call:Ana Ruiz+Omar Haddad@2024-05-13"]);
    expect(out.interactions[0]?.evidence.text).toMatch(/^President Omar Haddad spoke/);
    expect(pairs(extract("Ruiz to meet Haddad in Cairo\n\nPrime Minister Ana Ruiz flies to Egypt. President Omar Haddad waits."))).toEqual(["planned:Ana Ruiz+Omar Haddad@?"]);
  });
  it("'In a meeting with X, Y raised ...': the clause after the opening phrase is the subject", () => {
    expect(pairs(extract("In a meeting with President Omar Haddad on Monday, Foreign Minister Ana Ruiz raised the aid issue."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-13"]);
    expect(pairs(extract("After his meeting with Chancellor Lina Park, the ministry said nothing."))).toEqual([]);
  });
  it("'met on Sunday with A, and on Monday with B' and 'met A on Sunday and B on Monday' are two meetings, each on its day", () => {
    expect(pairs(extract("Envoy Tom Reed met on Sunday with President Omar Haddad, and on Monday with Chancellor Lina Park."))).toEqual([
      "meeting:Omar Haddad+Tom Reed@2024-05-12",
      "meeting:Lina Park+Tom Reed@2024-05-13",
    ]);
    expect(pairs(extract("Envoy Tom Reed met President Omar Haddad on Sunday and Chancellor Lina Park on Monday."))).toEqual([
      "meeting:Omar Haddad+Tom Reed@2024-05-12",
      "meeting:Lina Park+Tom Reed@2024-05-13",
    ]);
  });
});

describe("calls", () => {
  it("'made his first phone call to X', 'held a telephonic discussion with X', 'spoke to each other over the hotline'", () => {
    expect(pairs(extract("President Ana Ruiz on May 7 made his first phone call to President-elect Omar Haddad."))).toEqual(["call:Ana Ruiz+Omar Haddad@2024-05-07"]);
    expect(pairs(extract("Secretary Ana Ruiz also held a separate telephonic discussion with Chancellor Lina Park on Monday."))).toEqual(["call:Ana Ruiz+Lina Park@2024-05-13"]);
    expect(pairs(extract("General Tom Reed and his counterpart General Omar Haddad spoke to each other over the hotline on Monday."))).toEqual(["call:Omar Haddad+Tom Reed@2024-05-13"]);
    expect(pairs(extract("Secretary Ana Ruiz made a call to reporters on Monday."))).toEqual([]);
  });
  it("a lede printed as the first line is read as the first sentence", () => {
    const text = "President Ana Ruiz on May 7 made a phone call to Prime Minister Omar Haddad and agreed to keep talking.\n\nThe call lasted ten minutes.";
    expect(pairs(extract(text))).toEqual(["call:Ana Ruiz+Omar Haddad@2024-05-07"]);
  });
});

describe("mediated and indirect talks", () => {
  it("a mediator meets each side; the sides of indirect talks do not meet each other", () => {
    const mediated = "Foreign Minister Ana Ruiz mediated a second round of indirect talks between Envoy Omar Haddad and Minister Lina Park in Rome on Saturday.";
    expect(pairs(extract(mediated))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-11", "meeting:Ana Ruiz+Lina Park@2024-05-11"]);
    const by = "The indirect talks between Envoy Omar Haddad and Minister Lina Park, mediated by Foreign Minister Ana Ruiz, ended on Saturday.";
    expect(pairs(extract(by))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-11", "meeting:Ana Ruiz+Lina Park@2024-05-11"]);
    expect(pairs(extract("Foreign Minister Ana Ruiz shuttled between Envoy Omar Haddad and Minister Lina Park on Saturday."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-11", "meeting:Ana Ruiz+Lina Park@2024-05-11"]);
    expect(pairs(extract("Envoy Omar Haddad and Minister Lina Park held indirect talks in Rome on Saturday."))).toEqual([]);
  });
  it("a summit of several leaders that was called off lists everyone who was to attend", () => {
    expect(pairs(extract("The summit between President Omar Haddad, Chancellor Lina Park and Premier Ana Ruiz planned for Friday was called off."))).toEqual(["canceled:Ana Ruiz+Lina Park+Omar Haddad@2024-05-17"]);
  });
});

describe("a possessive owner of the meeting noun", () => {
  it("'X's meetings with A and B' are X's, one with each, and a joint statement of them gives its day", () => {
    const text = "Senator Ana Ruiz met with Adviser Tom Reed and Envoy Lina Park on Monday. The premier told officials to shun Ruiz's meetings with Reed and Park. Premier Omar Haddad spoke.";
    expect(pairs(extract(text)).sort()).toEqual(["meeting:Ana Ruiz+Lina Park@2024-05-13", "meeting:Ana Ruiz+Tom Reed@2024-05-13"]);
  });
});

describe("more ways to state a meeting", () => {
  it("'shook hands with', 'met earlier in the week with', 'met at the Cairo airport with', 'spoke for an hour with'", () => {
    expect(pairs(extract("President Ana Ruiz shook hands with Prime Minister Omar Haddad in Geneva on Wednesday."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-15"]);
    expect(pairs(extract("Premier Ana Ruiz flew to Rome, where she met earlier in the week with President Omar Haddad."))).toEqual(["meeting:Ana Ruiz+Omar Haddad@?"]);
    const two = "Secretary Ana Ruiz met at the Cairo airport with Minister Omar Haddad, and later spoke for an hour with Crown Prince Tom Reed.";
    expect(pairs(extract(two))).toEqual(["meeting:Ana Ruiz+Omar Haddad@?", "meeting:Ana Ruiz+Tom Reed@?"]);
  });
});

// Published on Thursday 2024-05-16.
describe("meetings and calls told in other ways", () => {
  const cast = "President Omar Haddad won the vote. Envoy Tom Reed flew home. ";
  it("'X called Y afterwards' and 'X called Y and later ...' are calls; 'called Y a liar' or 'an ally' names Y", () => {
    expect(pairs(extract(`${cast}Haddad called Reed afterwards to discuss the talks.`))).toEqual(["call:Omar Haddad+Tom Reed@?"]);
    expect(pairs(extract(`${cast}On Monday Haddad called Reed and later posted a message.`))).toEqual(["call:Omar Haddad+Tom Reed@2024-05-13"]);
    expect(pairs(extract(`${cast}Haddad called Reed an ally.`))).toEqual([]);
    expect(pairs(extract(`${cast}Haddad called Reed a liar.`))).toEqual([]);
  });
  it("'the first call between the two leaders' names the two just named in the sentence; a 'since' year is not its day", () => {
    const text = "President Omar Haddad on Tuesday urged Chancellor Lina Park to accept a truce in the first phone call between the two leaders since 2020.";
    expect(pairs(extract(text))).toEqual(["call:Lina Park+Omar Haddad@2024-05-14"]);
  });
  it("'A and B discussed X in a phone conversation' is a call of the two; a conference call with reporters is none", () => {
    const wire = "Lima, May 15 (AP) Foreign Minister Ana Ruiz and Secretary of State Paul Grant discussed trade in a phone conversation on Wednesday, the ministry said.";
    expect(pairs(extract(wire))).toEqual(["call:Ana Ruiz+Paul Grant@2024-05-15"]);
    expect(pairs(extract("Foreign Minister Ana Ruiz and Secretary of State Paul Grant told reporters in a conference call that they agree."))).toEqual([]);
  });
  it("'X was greeted by Y', 'X was received by Y', 'Y greeted X': a meeting; a building before the subject is no participant", () => {
    expect(pairs(extract(`${cast}Upon arrival at Lima International Airport, President Haddad was greeted by Envoy Reed.`))).toEqual(["meeting:Omar Haddad+Tom Reed@?"]);
    expect(pairs(extract(`${cast}Haddad was received by Reed at the palace on Monday.`))).toEqual(["meeting:Omar Haddad+Tom Reed@2024-05-13"]);
    expect(pairs(extract(`${cast}The plan was greeted with doubt by Reed.`))).toEqual([]);
  });
  it("'shaking hands with A and her brother B': a relative named in the list is a participant", () => {
    expect(pairs(extract(`${cast}Photos showed Haddad shaking hands with both Reed and his sister Mia Reed.`))).toEqual(["meeting:Mia Reed+Omar Haddad+Tom Reed@?"]);
  });
  it("a body inside an office's name ('Commander of the Armed Forces, Sheikh X') is no participant; a day may open the sentence", () => {
    const text = "On 13 May 2024, President Omar Haddad was on a trip through Peru and met in Lima with Crown Prince and Deputy Chief of Andean Armed Forces, Sheikh Lina Park.";
    expect(pairs(extract(text))).toEqual(["meeting:Lina Park+Omar Haddad@2024-05-13"]);
  });
  it("'The president was originally slated to meet A and B' after a postponed summit: canceled, on the day it was set for", () => {
    const text = [
      "LIMA - The palace said on Saturday that the Andean summit scheduled for Sunday evening has been postponed, as Chilean President Tom Reed had to remain in Santiago.",
      "President Omar Haddad had offered to host it in his residence.",
      "The president was originally slated to meet with Colombian President Ana Ruiz and Reed for talks on trade.",
    ].join("\n");
    expect(pairs(extract(text, "2011-11-12"))).toEqual(["canceled:Ana Ruiz+Omar Haddad+Tom Reed@2011-11-13"]);
  });
  it("'Upon arrival at the airport, X was greeted by Y' takes the day of the arrival told two paragraphs before", () => {
    const text = ["Envoy Tom Reed waited. President Omar Haddad touched down in Lima on Tuesday for a visit.", "The visit follows an invitation from Reed.", "Upon arrival at the airport, President Haddad was greeted by Envoy Reed."].join("\n");
    expect(pairs(extract(text))).toEqual(["meeting:Omar Haddad+Tom Reed@2024-05-14"]);
  });
  it("a later undated meeting of two people shown meeting on a day is that meeting; 'had met before' is another", () => {
    const text = ["President Omar Haddad met with Premier Lina Park on Saturday in Lima.", "Officials praised the talks.", "Photos showed Haddad shaking hands with Park and her brother Tom Park."].join("\n");
    expect(pairs(extract(text, "2018-05-26")).sort()).toEqual(["meeting:Lina Park+Omar Haddad+Tom Park@2018-05-26", "meeting:Lina Park+Omar Haddad@2018-05-26"]);
  });
  it("a three-part name ending in a word that spells an abbreviation ('Kim Jong Un') is one person, not a body", () => {
    const out = extract("President Omar Haddad met with North Korean leader Kim Jong Un on Saturday. He later spoke at the UN.", "2018-05-26");
    expect(pairs(out)).toEqual(["meeting:Kim Jong Un+Omar Haddad@2018-05-26"]);
    expect(out.actors.map((a) => a.name)).toContain("United Nations");
  });
});

describe("a headline's 'calls'", () => {
  const body = "\nMayor Lina Ruiz spoke on Monday. Governor Omar Haddad refused.";
  it("is a call when a person follows it, and no call in 'calls on', 'calls off' or 'calls for'", () => {
    expect(pairs(extract(`Lina Ruiz calls Omar Haddad as talks stall${body}`))).toEqual(["call:Lina Ruiz+Omar Haddad@?"]);
    expect(pairs(extract(`Lina Ruiz calls on Omar Haddad to resign${body}`))).toEqual([]);
    expect(pairs(extract(`Lina Ruiz calls off talks with Omar Haddad${body}`))).toEqual([]);
    expect(pairs(extract(`Lina Ruiz calls for Omar Haddad inquiry${body}`))).toEqual([]);
  });
});

