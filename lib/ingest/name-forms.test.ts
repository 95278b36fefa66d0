import { describe, expect, it } from "vitest";
import { familyName, foldToken, givenName, isRegnalTitle, lineage, personName, sameGivenName } from "./name-forms";
import { nameKeys } from "./name-keys";
import { rolesConflict, shareRole, summarizeRoles, titlesAgree } from "./role-evidence";

describe("name forms", () => {
  it("sets a generational suffix aside from the family name", () => {
    expect(personName("Carl B. Mott III")).toEqual({ tokens: ["carl", "b", "mott", "iii"], core: ["carl", "b", "mott"], suffix: "iii" });
    expect(familyName(personName("Carl Mott Jr."))).toBe("mott");
    expect(givenName(personName("Carl Mott Jr."))).toBe("carl");
    expect(personName("Halim II").core).toEqual(["halim"]);
    expect(personName("Ii").suffix).toBeNull();
  });

  it("folds the spellings of one transliterated name together, and keeps different names apart", () => {
    expect(foldToken("sissi")).toBe(foldToken("sisi"));
    expect(foldToken("abdel")).toBe(foldToken("abdul"));
    expect(foldToken("mohammed")).toBe(foldToken("muhammad"));
    expect(foldToken("el")).toBe(foldToken("al"));
    expect(foldToken("zelenskyy")).toBe(foldToken("zelenskiy"));
    expect(foldToken("mark")).not.toBe(foldToken("mirko"));
  });

  it("reads a lineage only where a given name and a father's name are both there", () => {
    expect(lineage(personName("Nasir bin Farid Al Hamdan"))).toBe(lineage(personName("Nasir bin Farid")));
    expect(lineage(personName("bin Farid"))).toBeNull();
    expect(lineage(personName("Nasir bin"))).toBeNull();
  });

  it("knows familiar given names and regnal titles", () => {
    expect(sameGivenName("bill", "william")).toBe(true);
    expect(sameGivenName("jon", "jonathan")).toBe(true);
    expect(sameGivenName("bill", "robert")).toBe(false);
    expect(isRegnalTitle("Crown Prince")).toBe(true);
    expect(isRegnalTitle("King of Eastmark")).toBe(true);
    expect(isRegnalTitle("Kingmaker")).toBe(false);
  });

  it("keys a person by family name, given name with the family name's first letters, and lineage; other actors not at all", () => {
    expect(nameKeys("Nasir bin Farid Al Hamdan", "person")).toEqual(["family:hamdan", "given:nasar ha", "lineage:nasar ban farad"]);
    expect(nameKeys("Vasquez", "person")).toEqual(["family:vasqaz"]);
    expect(nameKeys("Eastmark", "country")).toEqual([]);
  });
});

describe("role evidence", () => {
  it("agrees on titles whose words agree, whatever their order", () => {
    expect(titlesAgree("Secretary of Defence", "Defence Secretary")).toBe(true);
    expect(titlesAgree("Foreign Minister", "Finance Minister")).toBe(false);
    expect(titlesAgree("Minister", "Foreign Minister")).toBe(true);
  });

  it("sees a shared title or affiliation as evidence, and different affiliations with no title in common as two people", () => {
    const envoy = summarizeRoles([{ title: "envoy", affiliation: "Eastmark" }]);
    expect(shareRole(envoy, summarizeRoles([{ title: "Mayor", affiliation: "Eastmark" }]))).toBe(true);
    expect(shareRole(envoy, summarizeRoles([{ title: "special envoy", affiliation: null }]))).toBe(true);
    expect(shareRole(envoy, summarizeRoles([]))).toBe(false);
    expect(rolesConflict(envoy, summarizeRoles([{ title: "General", affiliation: "Westmark" }]))).toBe(true);
    expect(rolesConflict(envoy, summarizeRoles([{ title: "General", affiliation: null }]))).toBe(false);
    expect(rolesConflict(envoy, summarizeRoles([{ title: "envoy", affiliation: "Westmark" }]))).toBe(false);
  });
});
