import { describe, expect, it } from "vitest";
import type { ExtractedArticle } from "../schema";
import { extract } from "../test-helpers";

const actor = (out: ExtractedArticle, name: string) => out.actors.find((a) => a.name === name);
const roles = (out: ExtractedArticle, name: string) => actor(out, name)?.roles.map((r) => [r.title, r.affiliation]);

describe("aliases are forms of the name", () => {
  it("keeps the surname and a misspelling, never a title or a noun before the name", () => {
    const text =
      "Defense Minister Avi Stern met senior officials at the White House on Thursday. Among the officials Stern met with was National Security Adviser Tom Reardon. " +
      "Top Whitley officials Lina Park and Omar Haddad also attended. Later, National Security Adviser Tom Reardan spoke.";
    const out = extract(text);
    expect(actor(out, "Avi Stern")?.aliases).toEqual(["Stern"]);
    expect(actor(out, "Tom Reardon")?.aliases.sort()).toEqual(["Reardon", "Tom Reardan"]);
    expect(actor(out, "Lina Park")?.aliases).toEqual(["Park"]);
    // Every span that names the actor is still a mention, titled or not.
    expect(actor(out, "Avi Stern")?.mentions).toHaveLength(2);
  });
  it("keeps a form of address: an honorific or an abbreviated title, with a party tag as written", () => {
    const out = extract("Sen. Ann Lee (D-Mo.) said the bill was dead. Mr. Paul Grant disagreed. Grant said it would pass.");
    expect(actor(out, "Ann Lee")?.aliases.sort()).toEqual(["Lee", "Sen. Ann Lee (D-Mo.)"]);
    expect(actor(out, "Paul Grant")?.aliases.sort()).toEqual(["Grant", "Mr. Paul Grant"]);
  });
});

describe("roles: what a title says and whose office it is", () => {
  it("a plural noun before or beside a name is no one's role", () => {
    const text = "Top Whitley officials Lina Park and Omar Haddad met on Monday. In his meetings with the US officials, Minister Avi Stern stressed security. Between his cabinet and the Israeli government, Stern said little.";
    const out = extract(text);
    expect(roles(out, "Lina Park")).toEqual([]);
    expect(roles(out, "Avi Stern")).toEqual([["Minister", null]]);
  });
  it("a demonym or country before the title is its affiliation", () => {
    const out = extract("German Chancellor Olaf Kramer spoke. The French foreign minister, Jean-Luc Barre, said he agreed.");
    expect(roles(out, "Olaf Kramer")).toEqual([["Chancellor", "Germany"]]);
    expect(roles(out, "Jean-Luc Barre")).toEqual([["foreign minister", "France"]]);
  });
  it("a possessive owner in an appositive is the affiliation, not part of the title", () => {
    const out = extract("Avi Stern, Israel's defense minister, spoke. Kaja Lind, the EU's foreign policy chief, replied. Wang Lei, China's top diplomat, left.");
    expect(roles(out, "Avi Stern")).toEqual([["defense minister", "Israel"]]);
    expect(roles(out, "Kaja Lind")).toEqual([["foreign policy chief", "European Union"]]);
    expect(roles(out, "Wang Lei")).toEqual([["top diplomat", "China"]]);
  });
  it("'of X' after the title or after the name gives the affiliation", () => {
    const out = extract("Paul Grant, the chief executive of Orchard Technologies, met Anna Berg, the mayor of Lyon, on Monday. Prime Minister Ravi Mehta of India called.");
    expect(roles(out, "Paul Grant")).toEqual([["chief executive", "Orchard Technologies"]]);
    expect(roles(out, "Anna Berg")).toEqual([["mayor", "Lyon"]]);
    expect(roles(out, "Ravi Mehta")).toEqual([["Prime Minister", "India"]]);
  });
  it("an organization opening the title is its affiliation", () => {
    const out = extract("Pentagon spokesman Pat Ryder declined to comment. National Security Council spokesman John Kirk said talks went well.");
    expect(roles(out, "Pat Ryder")).toEqual([["Pentagon spokesman", "Pentagon"]]);
    expect(roles(out, "John Kirk")).toEqual([["National Security Council spokesman", "National Security Council"]]);
  });
  it("the same title stated again with its country completes the first", () => {
    const out = extract("Prime Minister Dan Avni arrived. Hours later, Israeli Prime Minister Dan Avni spoke.");
    expect(roles(out, "Dan Avni")).toEqual([["Prime Minister", "Israel"]]);
  });
  it("a clause after the comma is not a role", () => {
    const out = extract("The Egyptian president, Abdel Fattah Sabri, hosted Jordan's King Talal in Cairo on Sunday.");
    expect(roles(out, "Abdel Fattah Sabri")).toEqual([["president", "Egypt"]]);
  });
  it("'at X' after an appositive title, and 'Its chairman' after an organization, give the affiliation", () => {
    const out = extract("Harold Brandt, a portfolio manager at Keswick Capital, said shares fell. Orchard Technologies cut jobs. Its chairman, Paul Lindqvist, said more cuts were coming.");
    expect(roles(out, "Harold Brandt")).toEqual([["portfolio manager", "Keswick Capital"]]);
    expect(roles(out, "Paul Lindqvist")).toEqual([["chairman", "Orchard Technologies"]]);
  });
  it("an honorific is not an office, and a clause after the comma is not a role", () => {
    const out = extract("The prime minister, Helen Whitcombe, held talks with the Taoiseach in Dublin. Ms Whitcombe said the talks were useful.");
    expect(roles(out, "Helen Whitcombe")).toEqual([["prime minister", null]]);
  });
  it("a title before the name and a role after it are both kept", () => {
    const out = extract("\"This is a warning,\" said lead author Seung-Min Yoon, a climate scientist at Pohang University, on Monday.");
    expect(roles(out, "Seung-Min Yoon")).toEqual([["lead author", null], ["climate scientist", "Pohang University"]]);
  });
  it("a title serving a place ('special envoy for Sudan'), a possessive owner before a title, a title with its complement", () => {
    const out = extract("U.S. special envoy for Sudan Marcus Hale will travel. Hungary's Prime Minister Zoltan Kiss spoke. Minister of Foreign Affairs Ayman Sabri said no. Secretary of Homeland Security Kristi Lowe agreed.");
    expect(roles(out, "Marcus Hale")).toEqual([["special envoy for Sudan", "United States"]]);
    expect(roles(out, "Zoltan Kiss")).toEqual([["Prime Minister", "Hungary"]]);
    expect(roles(out, "Ayman Sabri")).toEqual([["Minister of Foreign Affairs", null]]);
    expect(roles(out, "Kristi Lowe")).toEqual([["Secretary of Homeland Security", null]]);
  });
  it("a role noun with a place after it, before the name: 'in X' is where the holder serves, 'of X' whose office it is", () => {
    const out = extract("Sudan's ambassador in Washington, Khalid Idris, told Axios. The Minister of Defense, Ana Ruiz, left. The mayor of Lyon, Anna Berg, spoke.");
    expect(roles(out, "Khalid Idris")).toEqual([["ambassador", "Sudan"]]);
    expect(roles(out, "Ana Ruiz")).toEqual([["Minister of Defense", null]]);
    expect(roles(out, "Anna Berg")).toEqual([["mayor", "Lyon"]]);
  });
  it("'Readout of Secretary X' is not a title; a shorter form of a listed title is dropped", () => {
    const out = extract("Readout of Secretary Daniel Ashby's Meeting with Minister Ana Ruiz\nSecretary of State Daniel Ashby met with Minister Ana Ruiz today. Secretary Ashby thanked her.");
    expect(roles(out, "Daniel Ashby")).toEqual([["Secretary of State", null]]);
  });
  it("a two-word demonym and 'counterpart' make a role with its country", () => {
    const out = extract("South African President Thabo Nkosi spoke. Minister Jean Duval met his Senegalese counterpart Aminata Ndiaye in Dakar.");
    expect(roles(out, "Thabo Nkosi")).toEqual([["President", "South Africa"]]);
    expect(roles(out, "Aminata Ndiaye")).toEqual([["counterpart", "Senegal"]]);
  });
});
