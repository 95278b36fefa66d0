import { describe, expect, it } from "vitest";
import { extract } from "../test-helpers";

const found = (text: string) => extract(text).statements.map((s) => ({ who: s.speakerLabel, cue: s.cue, text: s.text }));

describe("reported speech", () => {
  it("X said that ...", () => {
    expect(found("Mayor Lina Park said that the bridge would reopen in June.")).toEqual([{ who: "Lina Park", cue: "said", text: "the bridge would reopen in June" }]);
  });
  it("X emphasized / stressed an object", () => {
    expect(found("Minister Omar Haddad emphasized the need to protect farmers from the drought.")[0]).toMatchObject({ who: "Omar Haddad", cue: "emphasized", text: "the need to protect farmers from the drought" });
  });
  it("X told Y that ... and X told Y ... without that", () => {
    expect(found("Chief Anna Berg told reporters that the suspect had fled.")[0]?.text).toBe("the suspect had fled");
    expect(found("Chief Anna Berg told the council there was no threat to the public.")[0]?.text).toBe("there was no threat to the public");
  });
  it("According to X, ...", () => {
    expect(found("According to spokesman Ben Cole, the shipment left on time.")[0]).toMatchObject({ who: "Ben Cole", text: "the shipment left on time" });
  });
  it("unnamed officials report too", () => {
    expect(found("A senior US official warned that the ceasefire could collapse.")[0]).toMatchObject({ who: "senior US official", cue: "warned" });
  });
  it("a direct quote is a quote, not a statement", () => {
    expect(found('Mayor Lina Park said, "The bridge will reopen."')).toEqual([]);
  });
});
