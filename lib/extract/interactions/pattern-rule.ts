// Meeting rules as data: a named pattern of English, why it states what it does, and sentences it must
// and must not match (checked by pattern-rule.test.ts for every table).
import type { Token } from "../text/tokenize";

export type PatternRule = {
  name: string;
  reason: string;
  /** Lowercase words one of which must be a token of the sentence before the pattern runs: most sentences have none. */
  hints: readonly string[];
  /** Not global: the first match in the sentence's text. */
  pattern: RegExp;
  matches: readonly string[];
  misses: readonly string[];
};

export type RuleMatch<R extends PatternRule> = { rule: R; index: number; end: number };

/** The first rule of a table whose hint words occur among the tokens and whose pattern matches the sentence. */
export function firstRuleMatch<R extends PatternRule>(rules: readonly R[], sentenceText: string, tokens: readonly Token[]): RuleMatch<R> | null {
  for (const rule of rules) {
    if (!tokens.some((t) => rule.hints.includes(t.lower))) continue;
    const m = rule.pattern.exec(sentenceText);
    if (m) return { rule, index: m.index, end: m.index + m[0].length };
  }
  return null;
}
