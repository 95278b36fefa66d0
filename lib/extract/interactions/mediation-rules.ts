// Mediated, indirect talks: the mediator meets each side; the sides do not meet each other.
import type { PatternRule } from "./pattern-rule";

/** mediator: where the mediator is named (before the match: its subject; after: "mediated by X"). The sides follow "between". */
export type MediationRule = PatternRule & { mediator: "before" | "after" };

const rx = (source: string) => new RegExp(source, "u");

export const MEDIATION_RULES: readonly MediationRule[] = [
  {
    name: "mediated-indirect-talks",
    reason: "X mediated (the) indirect talks between A and B: X met each side",
    hints: ["mediated", "brokered", "facilitated", "hosted", "relayed"],
    pattern: rx(String.raw`\s(?:mediated|brokered|facilitated|hosted)\s(?:the\s|a\s|another\s)?(?:[\p{L}-]+\s){0,4}indirect (?:talks|negotiations|contacts) between\s`),
    mediator: "before",
    matches: ["Minister Ana Ruiz mediated a second round of indirect talks between Envoy Omar Haddad and Minister Lina Park."],
    misses: ["Minister Ana Ruiz hosted talks between Envoy Omar Haddad and Minister Lina Park."],
  },
  {
    name: "shuttled-between",
    reason: "X shuttled between A and B: X met each side in turn",
    hints: ["shuttled", "shuttling", "shuttles"],
    pattern: rx(String.raw`\sshuttl(?:ed|ing|es)\s(?:back and forth\s)?between\s(?:the\s(?:rooms|delegations)\sof\s)?`),
    mediator: "before",
    matches: ["Minister Ana Ruiz shuttled between Envoy Omar Haddad and Minister Lina Park on Saturday."],
    misses: ["The ferry shuttles to the island."],
  },
  {
    name: "indirect-talks-mediated-by",
    reason: "indirect talks between A and B, mediated by X: X met each side",
    hints: ["mediated", "hosted", "through"],
    pattern: rx(String.raw`\bindirect (?:talks|negotiations) between\s`),
    mediator: "after",
    matches: ["The indirect talks between Envoy Omar Haddad and Minister Lina Park, mediated by Minister Ana Ruiz, ended."],
    misses: ["Direct talks between Envoy Omar Haddad and Minister Lina Park ended."],
  },
];

/** What names the mediator after the sides: "mediated by X", "hosted by X", "through X". */
export const MEDIATOR_AFTER = /,?\s(?:mediated by|hosted by|brokered by|facilitated by|through|via)\s/u;
