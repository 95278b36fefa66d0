import { describe, expect, it } from "vitest";
import { nameSimilarity, nameTokens, normalizeName } from "./names";

describe("names", () => {
  it("normalizes case, diacritics, punctuation and possessives", () => {
    expect(normalizeName("  Teodor  Vasquez's ")).toBe("teodor vasquez");
    expect(normalizeName("Mirela Ostrova")).toBe(normalizeName("MIRELA OSTROVA"));
    expect(normalizeName("Çağla Yıldırımoğlu")).toBe("cagla yıldırımoglu");
    expect(normalizeName("Petra J. Lindqvist")).toBe("petra j lindqvist");
    expect(nameTokens("Nasir bin Farid Al-Hamdan")).toEqual(["nasir", "bin", "farid", "al", "hamdan"]);
  });

  it("scores a corrected spelling as similar and a different name as not", () => {
    expect(nameSimilarity("Petra Lindqvst", "Petra Lindqvist")).toBeGreaterThan(0.9);
    expect(nameSimilarity("Petra Lindqvist", "Petra Holm")).toBeLessThan(0.75);
  });
});
