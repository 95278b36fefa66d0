import { describe, expect, it } from "vitest";
import { originalAtPassage, withTextFragment } from "./text-fragment";

describe("withTextFragment", () => {
  it("uses the whole passage when it is short", () => {
    expect(withTextFragment("https://example.org/a", "Gantz met Sullivan")).toBe("https://example.org/a#:~:text=Gantz%20met%20Sullivan");
  });
  it("uses the first and last words of a long passage", () => {
    const passage = "one two three four five six seven eight nine ten eleven twelve";
    expect(withTextFragment("https://example.org/a", passage, 3)).toBe("https://example.org/a#:~:text=one%20two%20three,ten%20eleven%20twelve");
  });
  it("escapes the directive's syntax characters and replaces an existing fragment", () => {
    expect(withTextFragment("https://example.org/a#top", "inter-agency, talks & more")).toBe(
      "https://example.org/a#:~:text=inter%2Dagency%2C%20talks%20%26%20more",
    );
  });
  it("leaves the URL alone for an empty passage", () => {
    expect(withTextFragment("https://example.org/a", "   ")).toBe("https://example.org/a");
  });
});

describe("originalAtPassage", () => {
  it("opens a web address at the passage, and gives no link for any other address", () => {
    expect(originalAtPassage("https://example.com/a#top", "They met.")).toBe("https://example.com/a#:~:text=They%20met.");
    expect(originalAtPassage('javascript:alert("x")', "They met.")).toBeNull();
    expect(originalAtPassage(null, "They met.")).toBeNull();
  });
});
