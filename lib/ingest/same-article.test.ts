import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/extract/schema";
import { givenNameReferences } from "./same-article";

const person = (id: string, name: string, roles: Actor["roles"] = []): Actor => ({ id, name, kind: "person", aliases: [], roles });

describe("givenNameReferences", () => {
  it("reads a given name alone as the one person the article names in full with it", () => {
    expect(givenNameReferences([person("a", "Nasir bin Farid Al Hamdan"), person("b", "Nasir")])).toEqual(new Map([["b", "a"]]));
  });

  it("leaves a name alone when two full names start with it, when it is someone's family name, or when roles disagree", () => {
    expect(givenNameReferences([person("a", "Nasir bin Farid"), person("b", "Nasir Kamali"), person("c", "Nasir")]).size).toBe(0);
    expect(givenNameReferences([person("a", "Talia Marsh"), person("b", "Marsh Elwood"), person("c", "Marsh")]).size).toBe(0);
    const king = person("k", "Halim", [{ title: "King", affiliation: "Eastmark" }]);
    expect(givenNameReferences([person("a", "Halim Rostami", [{ title: "general", affiliation: "Westmark" }]), king]).size).toBe(0);
  });
});
