// A signing ceremony is a meeting of everyone who signed, witnessed, hosted or attended it.
import type { PatternRule } from "./pattern-rule";

/** names: where the people taking part are named. anchor: the sentence says a ceremony took place (not only that someone signed). */
export type CeremonyRule = PatternRule & { names: "before" | "after"; anchor: boolean };

const CEREMONY = String.raw`(?:[\p{L}-]+ ){0,2}(?:signing(?: ceremony)?|ceremony)(?![\p{L}-])`;
const rx = (source: string, flags = "u") => new RegExp(source, flags);

export const CEREMONY_RULES: readonly CeremonyRule[] = [
  {
    name: "hosted-the-signing",
    reason: "A and B hosted the signing (ceremony): the hosts were at it",
    hints: ["hosted", "host", "hosts"],
    pattern: rx(String.raw`\s(?:co-)?host(?:ed|s)? the ${CEREMONY}`),
    names: "before",
    anchor: true,
    matches: ["Secretary Ana Ruiz and Adviser Tom Reed hosted the ministerial signing of the accord."],
    misses: ["Ruiz hosted the dinner.", "Ruiz hosted the signing-up drive."],
  },
  {
    name: "ceremony-attended-by",
    reason: "the signing ceremony was attended by A and B (as observers): they were at it",
    hints: ["attended"],
    pattern: rx(String.raw`\bthe ${CEREMONY} (?:was|were) (?:also )?attended by `, "iu"),
    names: "after",
    anchor: true,
    matches: ["The signing ceremony was attended by Chairperson Lina Park and Minister Omar Haddad as observers."],
    misses: ["The meeting was attended by Minister Omar Haddad."],
  },
  {
    name: "witnessed-the-signing",
    reason: "X witnessed the signing: X was at it",
    hints: ["witnessed"],
    pattern: rx(String.raw`\switnessed the ${CEREMONY}`),
    names: "before",
    anchor: true,
    matches: ["President Omar Haddad witnessed the signing."],
    misses: ["Haddad witnessed the attack."],
  },
  {
    name: "signed-on-behalf",
    reason: "X signed on behalf of a government, or as a witness: a signatory of the ceremony the article reports",
    hints: ["signed"],
    pattern: rx(String.raw`\ssigned (?:the (?:[\p{L}-]+ ){0,3}(?:agreement|accord|deal|treaty|declaration|memorandum) )?(?:on behalf of|for the government of|as (?:a )?witness)\b`),
    names: "before",
    anchor: false,
    matches: ["Minister Lina Park signed on behalf of her government.", "Secretary Ana Ruiz signed as a witness.", "Minister Omar Haddad signed the peace agreement on behalf of Rwanda."],
    misses: ["Park signed the bill into law.", "Park has signed on to the plan."],
  },
];
