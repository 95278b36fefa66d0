import { describe, expect, it } from "vitest";
import { meetingSlugBase, slugify } from "./slugs";

describe("slugs", () => {
  it("makes readable ASCII slugs and cuts long ones at a word", () => {
    expect(slugify("Benny Gantz")).toBe("benny-gantz");
    expect(slugify("Erdoğan’s visit: “no deal”")).toBe("erdogans-visit-no-deal");
    const long = slugify("Blinken Reiterates Need for Increased Gaza Aid and Post-War Planning Amid Reluctance");
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith("-")).toBe(false);
    expect("blinken-reiterates-need-for-increased-gaza-aid-and-post-war-planning".startsWith(long)).toBe(true);
  });

  it("names a meeting by its date and its participants' sorted family names", () => {
    const people = [
      { name: "Jake Sullivan", kind: "person" },
      { name: "Tzachi Hanegbi", kind: "person" },
      { name: "Ron Dermer", kind: "person" },
    ];
    expect(meetingSlugBase("2024-06-20", "meeting", people)).toBe("2024-06-20-dermer-hanegbi-sullivan");
    expect(meetingSlugBase(null, "call", [{ name: "United States", kind: "country" }])).toBe("undated-united-states");
    expect(meetingSlugBase("2024-03", "planned", [])).toBe("2024-03-planned");
  });

  it("keeps a meeting slug short when many take part", () => {
    const people = ["A One", "B Two", "C Three", "D Four", "E Five", "F Six"].map((name) => ({ name, kind: "person" }));
    expect(meetingSlugBase("2024", "meeting", people)).toBe("2024-five-four-one-six-and-2-more");
  });
});
