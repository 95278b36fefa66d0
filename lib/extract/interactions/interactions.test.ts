import { describe, expect, it } from "vitest";
import { extract, pairs } from "../test-helpers";

// Published on Thursday 2024-05-16.
describe("meetings and calls", () => {
  it("X met with Y and Z: each pair, with the weekday resolved back to publication", () => {
    expect(pairs(extract("Foreign Minister Ana Ruiz met with Prime Minister Omar Haddad and Senator Paul Grant at the Capitol on Tuesday.")).sort()).toEqual([
      "meeting:Ana Ruiz+Omar Haddad@2024-05-14",
      "meeting:Ana Ruiz+Paul Grant@2024-05-14",
    ]);
  });
  it("A and B held meetings with C: no pair inside one side", () => {
    expect(pairs(extract("Envoy Lina Park and Adviser Tom Reed held talks with President Omar Haddad in Cairo.")).sort()).toEqual([
      "meeting:Lina Park+Omar Haddad@?",
      "meeting:Omar Haddad+Tom Reed@?",
    ]);
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
});
