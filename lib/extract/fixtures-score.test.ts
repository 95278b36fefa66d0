// Runs the pipeline on Readout's own hand-written test articles (wire, UK style, readouts, business,
// sports, local news, courts; particles, double surnames, surname-first names, relative dates) and
// fails when the scores drop below what the rules reach today.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreCorpus } from "./testing/score-corpus";

const fixtures = path.join(import.meta.dirname, "testing/fixtures");

describe("hand-written articles against their gold facts", () => {
  const { score, golds, files } = scoreCorpus({ articles: fixtures, manifest: path.join(fixtures, "manifest.json"), gold: fixtures });

  it("has a gold file for every article (at least 12)", () => {
    expect(golds.map((g) => g.file).sort()).toEqual([...files].sort());
    expect(files.length).toBeGreaterThanOrEqual(12);
  });
  it("finds the quotes (F1 >= 0.97)", () => expect(score.quoteF1).toBeGreaterThanOrEqual(0.97));
  it("attributes quotes to the right speakers (F1 >= 0.95)", () => expect(score.quoteSpeakerF1).toBeGreaterThanOrEqual(0.95));
  it("finds who met whom (pair F1 >= 0.85)", () => expect(score.pairF1).toBeGreaterThanOrEqual(0.85));
  it("dates and kinds the meetings (>= 0.95, >= 0.9)", () => {
    expect(score.dateAcc).toBeGreaterThanOrEqual(0.95);
    expect(score.kindAcc).toBeGreaterThanOrEqual(0.9);
  });
  it("finds the people (F1 >= 0.97)", () => expect(score.personF1).toBeGreaterThanOrEqual(0.97));
  it("finds reported speech (statement F1 >= 0.85)", () => expect(score.statementF1).toBeGreaterThanOrEqual(0.85));
  it("keeps every span equal to its text", () => expect(score.spanIntegrity).toBe(1));
});
