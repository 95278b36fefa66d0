import { describe, expect, it } from "vitest";
import { extract, pairs } from "../test-helpers";

// Published on Thursday 2024-05-16. People added to a meeting by a later sentence.
describe("people who join a meeting stated before", () => {
  it("a delegation's members, the side 'represented by' its delegates, and those who 'also participated' join the talks, paragraphs later", () => {
    const text =
      "On 3 May, Foreign Minister Ana Ruiz and Foreign Minister Omar Haddad held six hours of talks in Lisbon.\n\n" +
      "The talks followed months of contacts.\n\n" +
      "The Spanish delegation included Ruiz and Adviser Tom Reed. Egypt was represented by Haddad and Envoy Lina Park. " +
      "Minister Paul Grant of Portugal also participated in the meeting.";
    const last = pairs(extract(text)).pop();
    expect(last).toBe("meeting:Ana Ruiz+Lina Park+Omar Haddad+Paul Grant+Tom Reed@2024-05-03");
  });
  it("'joined the meeting' and 'was also present at the dinner' join the meeting named by that noun", () => {
    const text =
      "President Ana Ruiz had dinner with King Omar Haddad on Friday after a meeting with Senator Paul Grant.\n\n" +
      "Tom Reed, the party's treasurer, was also present at the dinner.";
    expect(pairs(extract(text))).toContain("meeting:Ana Ruiz+Omar Haddad+Tom Reed@2024-05-10");
    const joined = "Leaders meet in Ankara\n\nPresident Ana Ruiz met Omar Haddad in Ankara on Saturday.\n\nThey discussed aid.\n\nMinister Lina Park and intelligence chief Tom Reed joined the meeting, the report said.";
    expect(pairs(extract(joined))).toContain("meeting:Ana Ruiz+Lina Park+Omar Haddad+Tom Reed@2024-05-11");
  });
  it("'attended the session with A and B, while Y was accompanied by C' is one meeting of everyone", () => {
    const text =
      "President Ana Ruiz and President Omar Haddad held talks on May 15 in Lima.\n\n" +
      "Ruiz attended the smaller session with Minister Tom Reed, while Haddad was accompanied by Envoy Lina Park and Adviser Paul Grant.";
    expect(pairs(extract(text)).pop()).toBe("meeting:Ana Ruiz+Lina Park+Omar Haddad+Paul Grant+Tom Reed@2024-05-15");
    // Someone not in the meeting who "was accompanied by" a person brings no one into it.
    const apart = "President Ana Ruiz and President Omar Haddad held talks on May 15.\n\nMayor Tina Cole was accompanied by Adviser Paul Grant.";
    expect(pairs(extract(apart))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-15"]);
  });
  it("'the meeting, which also included X and a phone-in from Y': X was there, Y was on a call with all of them", () => {
    const text = "President Ana Ruiz met with President Omar Haddad on Wednesday. The meeting, which also included Crown Prince Tom Reed and a phone-in from President Lina Park, lasted an hour.";
    expect(pairs(extract(text))).toEqual([
      "meeting:Ana Ruiz+Omar Haddad@2024-05-15",
      "meeting:Ana Ruiz+Omar Haddad+Tom Reed@2024-05-15",
      "call:Ana Ruiz+Lina Park+Omar Haddad+Tom Reed@2024-05-15",
    ]);
  });
  it("a join with no meeting stated before it adds nothing", () => {
    expect(pairs(extract("The delegation included Minister Ana Ruiz and Adviser Tom Reed."))).toEqual([]);
  });
});

describe("a signing ceremony", () => {
  it("is one meeting of its signatories, witness, guests and hosts, on the day the signing is dated", () => {
    const text =
      "Two neighbours on Friday signed a peace accord in Geneva.\n\n" +
      "Foreign Minister Ana Ruiz signed on behalf of her government, and Foreign Minister Omar Haddad signed on behalf of the other side.\n\n" +
      "Secretary Tom Reed signed as a witness.\n\n" +
      "The signing ceremony was attended by Union (AU) Chairperson Lina Park, Minister Paul Grant, on behalf of the Union, and Minister Sara Stern as observers.\n\n" +
      "Reed and Senior Advisor Mark Cole hosted the signing.";
    expect(pairs(extract(text))).toEqual(["meeting:Ana Ruiz+Lina Park+Mark Cole+Omar Haddad+Paul Grant+Sara Stern+Tom Reed@2024-05-10"]);
  });
  it("signatures alone, with no ceremony stated, are no meeting", () => {
    expect(pairs(extract("Minister Ana Ruiz signed on behalf of her government. Minister Omar Haddad signed on behalf of his."))).toEqual([]);
  });
});

describe("attending the meeting stated before", () => {
  it("'X was among those who attended the meeting along with Y' adds both", () => {
    const text = "Leaders meet in Vienna\n\nThe ministry said on Wednesday that a meeting between President Ana Ruiz and Envoy Omar Haddad in Vienna was useful.\n\nAide Tom Reed was among those who attended the meeting along with adviser Lina Park, the ministry said.";
    expect(pairs(extract(text)).pop()).toBe("meeting:Ana Ruiz+Lina Park+Omar Haddad+Tom Reed@2024-05-15");
  });
  it("'attended the summit' joins only a meeting stated as a summit", () => {
    const text = "Minister Ana Ruiz met Envoy Omar Haddad on Monday. Adviser Tom Reed attended the summit in Geneva.";
    expect(pairs(extract(text))).toEqual(["meeting:Ana Ruiz+Omar Haddad@2024-05-13"]);
  });
});
