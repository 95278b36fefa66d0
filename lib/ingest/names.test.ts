import { describe, expect, it } from "vitest";
import { extendsName, lastToken, nameSimilarity, normalizeName, samePersonName } from "./names";

describe("names", () => {
  it("normalizes case, diacritics, punctuation and possessives", () => {
    expect(normalizeName("  Benjamin  Netanyahu's ")).toBe("benjamin netanyahu");
    expect(normalizeName("Volodymyr Zelenskyy")).toBe(normalizeName("VOLODYMYR ZELENSKYY"));
    expect(normalizeName("Recep Tayyip Erdoğan")).toBe("recep tayyip erdogan");
    expect(normalizeName("Antony J. Blinken")).toBe("antony j blinken");
  });

  it("tells the same person apart from a namesake", () => {
    expect(samePersonName("Antony J. Blinken", "Antony Blinken")).toBe(true);
    expect(samePersonName("Jake Sullivan", "Jake Tapper")).toBe(false);
    expect(samePersonName("Yair Netanyahu", "Benjamin Netanyahu")).toBe(false);
    expect(samePersonName("Gantz", "Gantz")).toBe(true);
  });

  it("sees a full name as completing a bare family name, not the reverse", () => {
    expect(extendsName("Benny Gantz", "Gantz")).toBe(true);
    expect(extendsName("Gantz", "Benny Gantz")).toBe(false);
    expect(extendsName("Benny Gantz", "Benny")).toBe(false);
    expect(lastToken("Ron Dermer")).toBe("dermer");
  });

  it("scores a corrected spelling as similar and a different name as not", () => {
    expect(nameSimilarity("Jake Sulivan", "Jake Sullivan")).toBeGreaterThan(0.9);
    expect(nameSimilarity("Jake Tapper", "Jake Sullivan")).toBeLessThan(0.75);
  });
});
