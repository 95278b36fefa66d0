import { describe, expect, it } from "vitest";
import { describeCorrection, noteText } from "./describe";

describe("describeCorrection", () => {
  it("says what changed, from what, to what", () => {
    expect(describeCorrection("speaker", { text: "We are ready", speaker: { name: "Maria Lopes" } }, { speaker: { name: "Tomas Varga" } })).toBe(
      "Speaker of “We are ready” changed from Maria Lopes to Tomas Varga",
    );
    expect(describeCorrection("meeting", { kind: "meeting", date: "2025-03-03", precision: "day", location: null }, { date: "2025-02", location: "Porto" })).toBe(
      "Meeting corrected: date 2025-03-03 → 2025-02; place none → Porto",
    );
    expect(describeCorrection("merge", { from: { name: "An aide" }, into: { name: "Pedro Alves" } }, {})).toBe("An aide merged into Pedro Alves");
  });

  it("still reads a malformed or unknown entry", () => {
    expect(describeCorrection("speaker", null, "nonsense")).toBe("Speaker of “” changed from no one to someone");
    expect(describeCorrection("teleport", {}, {})).toBe("Correction (teleport)");
  });
});

describe("noteText", () => {
  it("names the corrected fields", () => {
    expect(noteText(["speaker"], "speaker")).toBe("speaker corrected");
    expect(noteText(["date", "place"], "meeting")).toBe("date and place corrected");
    expect(noteText(["kind", "date", "place"], "meeting")).toBe("kind, date and place corrected");
  });
});
