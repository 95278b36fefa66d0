// Extraction never throws and every span points at its own text, whatever the input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";
import { extractedArticle } from "./schema";

function checkSpans(text: string): void {
  const out = extractArticle(text, { file: "x.txt", publishedAt: "2024-01-01" });
  extractedArticle.parse(out);
  for (const q of out.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  for (const s of out.statements) expect(text.slice(s.start, s.end)).toBe(s.text);
  for (const i of out.interactions) expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.evidence.text);
  for (const a of out.actors) for (const m of a.mentions ?? []) expect(m.end).toBeLessThanOrEqual(text.length);
}

const newsy = fc.array(
  fc.constantFrom("Sen. Ana Ruiz", "said", " ", "\n", '"', "\u201c", "\u201d", "'", "\u2019s", ".", ",", "met with", "President Omar Haddad", "on Monday", "Feb. 4", "U.S.", "he", "According to", "the minister", "(Left to right)", "File:", "\ufeff", "\r\n", "\u2014"),
  { maxLength: 80 },
).map((parts) => parts.join(" "));

// Generous limits: the machine may be shared; the linear-time check below has its own bound.
describe("robustness", { timeout: 120_000 }, () => {
  it("never throws and keeps spans exact on arbitrary text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => checkSpans(text)), { numRuns: 300 });
  });
  it("never throws on news-like fragments", () => {
    fc.assert(fc.property(newsy, (text) => checkSpans(text)), { numRuns: 300 });
  });
  it("handles empty, huge and pathological inputs in linear time", () => {
    checkSpans("");
    const started = performance.now();
    checkSpans("x".repeat(1_000_000));
    checkSpans('"'.repeat(10_000));
    checkSpans("\u201c".repeat(10_000) + " said Ana Ruiz.");
    checkSpans("Ana Ruiz said. ".repeat(20_000));
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
