// Lines of code drawn at random from a mutation folder's files, as StrykerJS mutation ranges ("file:12-12"): the
// mutants on those lines are a sample of the folder's, for an estimate of its score (with its margin) where testing
// every mutant takes hours. Lines that hold no code (blank, comments, imports, type declarations, lone brackets)
// are never drawn. The draw is seeded, so a run can be repeated.
import fs from "node:fs";
import path from "node:path";

const NOT_CODE = /^\s*($|\/\/|\/\*|\*|import\b|export\s+(type|interface)\b|(type|interface)\s|[}\])]+[;,]?\s*$)/;

/** Files under the patterns' folders ("dir/**\/*.ts"), less "!"-patterns (a file, or "dir/**") and test files. */
function filesOf(patterns) {
  const excluded = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => pattern.slice(1).replace(/\*\*.*$/, ""));
  const files = [];
  for (const pattern of patterns.filter((pattern) => !pattern.startsWith("!"))) {
    if (!pattern.includes("*")) {
      files.push(pattern);
      continue;
    }
    const root = pattern.slice(0, pattern.indexOf("*")).replace(/\/$/, "");
    for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts") || entry.name.endsWith(".d.ts")) continue;
      files.push(path.join(entry.parentPath ?? entry.path, entry.name));
    }
  }
  return files.filter((file) => !excluded.some((prefix) => file === prefix || (prefix.endsWith("/") && file.startsWith(prefix))));
}

/** A small seeded generator (mulberry32): the same seed draws the same lines. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleLines(patterns, count, seed) {
  const lines = [];
  for (const file of filesOf(patterns).sort()) {
    fs.readFileSync(file, "utf8")
      .split("\n")
      .forEach((text, index) => {
        if (!NOT_CODE.test(text)) lines.push(`${file}:${index + 1}-${index + 1}`);
      });
  }
  const next = random(seed);
  // A partial Fisher-Yates shuffle: the first `count` places hold the draw.
  for (let i = 0; i < Math.min(count, lines.length); i++) {
    const j = i + Math.floor(next() * (lines.length - i));
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  return lines.slice(0, count);
}
