import { describe, expect, it } from "vitest";
import { roleAtTime } from "./roles";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const roles = [
  { title: "Defense Minister", affiliation: "Israel", articleId: 1, publishedAt: day("2021-06-03") },
  { title: "Minister", affiliation: "Israel", articleId: 2, publishedAt: day("2023-11-07") },
  { title: "Strategic Affairs Minister", affiliation: "Israel", articleId: 3, publishedAt: day("2024-06-20") },
];

describe("roleAtTime", () => {
  it("prefers the role stated in a source article of the event", () => {
    expect(roleAtTime(roles, [3], day("2021-06-03"))?.title).toBe("Strategic Affairs Minister");
  });
  it("otherwise takes the latest role published on or before the date", () => {
    expect(roleAtTime(roles, [], day("2024-01-01"))?.title).toBe("Minister");
  });
  it("falls back to the earliest role for an early or undated event, and null without roles", () => {
    expect(roleAtTime(roles, [], day("2000-01-01"))?.title).toBe("Defense Minister");
    expect(roleAtTime(roles, [], null)?.title).toBe("Defense Minister");
    expect(roleAtTime([], [], null)).toBeNull();
  });
});
