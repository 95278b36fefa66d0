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

// Articles written after the rules of their time and scored before any rule changed for them, in batches. Each batch
// keeps a floor near what the rules reach on it now, so a later change that breaks what it showed fails here.
const batches: { name: string; first: number; last: number; floor: { quoteSpeakerF1: number; pairF1: number; personF1: number; statementF1: number } }[] = [
  { name: "29-33 (wire, readouts, liveblog, scoop, boilerplate)", first: 29, last: 33, floor: { quoteSpeakerF1: 0.95, pairF1: 0.93, personF1: 0.97, statementF1: 0.9 } },
  { name: "34-38 (summit sidelines, AFP, CNN briefing, unnamed officials, Asian phone call)", first: 34, last: 38, floor: { quoteSpeakerF1: 0.88, pairF1: 0.95, personF1: 0.97, statementF1: 0.88 } },
  { name: "39-43 (Xinhua readout, Kyiv interview, Commons debate, Al Jazeera mediation, virtual summit)", first: 39, last: 43, floor: { quoteSpeakerF1: 0.95, pairF1: 0.95, personF1: 0.97, statementF1: 0.9 } },
  { name: "44-48 (TASS call readout, statehouse budget, DW border checks, WaPo talks, Reuters AU summit)", first: 44, last: 48, floor: { quoteSpeakerF1: 0.93, pairF1: 0.93, personF1: 0.97, statementF1: 0.87 } },
  { name: "49-53 (France 24 visit, interview Q&A, Hindustan Times dialogue, Korea Herald call, Guardian liveblog)", first: 49, last: 53, floor: { quoteSpeakerF1: 0.91, pairF1: 0.95, personF1: 0.97, statementF1: 0.87 } },
  { name: "54-58 (Politico Europe sidelines, Times of India virtual summit, ABC press conference, Anadolu visit, the Hill)", first: 54, last: 58, floor: { quoteSpeakerF1: 0.95, pairF1: 0.95, personF1: 0.97, statementF1: 0.74 } },
  { name: "59-63 (SCMP sidelines, Arab News palace visit, Fox News governor, El País Congress debate, Middle East Eye sources)", first: 59, last: 63, floor: { quoteSpeakerF1: 0.9, pairF1: 0.93, personF1: 0.97, statementF1: 0.8 } },
  { name: "64-68 (Japan Times visit, Bloomberg sources, Star Tribune city hall, Breitbart exclusive, UN Security Council)", first: 64, last: 68, floor: { quoteSpeakerF1: 0.95, pairF1: 0.88, personF1: 0.97, statementF1: 0.87 } },
  { name: "69-73 (Euronews sidelines, State Department briefing, Kremlin readout, Dawn talks, NPR interview)", first: 69, last: 73, floor: { quoteSpeakerF1: 0.9, pairF1: 0.95, personF1: 0.97, statementF1: 0.9 } },
  { name: "74-78 (Telegraph Commons debate, RFE/RL video link, Straits Times virtual summit, Jerusalem Post officials, AP explainer)", first: 74, last: 78, floor: { quoteSpeakerF1: 0.9, pairF1: 0.95, personF1: 0.97, statementF1: 0.75 } },
];

describe.each(batches)("held-out batch $name", ({ first, last, floor }) => {
  const number = (file: string) => Number(/^(\d+)-/.exec(file)?.[1] ?? -1);
  const { score } = scoreCorpus({ articles: fixtures, manifest: path.join(fixtures, "manifest.json"), gold: fixtures, only: (f) => number(f) >= first && number(f) <= last });
  it("stays at or above its floor", () => {
    expect(score.quoteSpeakerF1).toBeGreaterThanOrEqual(floor.quoteSpeakerF1);
    expect(score.pairF1).toBeGreaterThanOrEqual(floor.pairF1);
    expect(score.personF1).toBeGreaterThanOrEqual(floor.personF1);
    expect(score.statementF1).toBeGreaterThanOrEqual(floor.statementF1);
    expect(score.spanIntegrity).toBe(1);
  });
});
