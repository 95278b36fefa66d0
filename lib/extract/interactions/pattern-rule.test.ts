import { describe, expect, it } from "vitest";
import { CEREMONY_RULES } from "./ceremony-rules";
import { JOIN_RULES } from "./join-rules";
import { MEDIATION_RULES } from "./mediation-rules";
import type { PatternRule } from "./pattern-rule";

// Every rule table of the meeting stage, checked against the sentences it names.
const TABLES: Record<string, readonly PatternRule[]> = { JOIN_RULES, CEREMONY_RULES, MEDIATION_RULES };

describe("meeting rules as data", () => {
  for (const [table, rules] of Object.entries(TABLES)) {
    for (const rule of rules) {
      it(`${table} ${rule.name}: matches its examples and none of its counter-examples`, () => {
        expect(rule.matches.length).toBeGreaterThan(0);
        for (const s of rule.matches) expect(rule.pattern.test(s), s).toBe(true);
        for (const s of rule.misses) expect(rule.pattern.test(s), s).toBe(false);
        expect(rule.pattern.global).toBe(false);
      });
    }
  }
});
