// Splits an article into paragraphs (one per non-blank line) and says what each one is.
import { looksLikeHeadline, paragraphRules, type ParagraphKind } from "./paragraph-rules";

export type Paragraph = { index: number; start: number; end: number; kind: ParagraphKind; reason: string | null };

const LEADING_MARKS = /^[\s"\u201c\u201d\u2018\u2019'\ufeff]+/;

// A rule anchored at one end only needs that end of the paragraph: testing less text is faster.
const EDGE = 160;
const rules = paragraphRules.map((rule) => {
  const start = rule.match.source.startsWith("^");
  const end = rule.match.source.endsWith("$");
  // One search for any of a rule's hint words instead of one per word (the date rule has twelve).
  const hinted = rule.hint ? new RegExp(rule.hint.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")) : null;
  return { ...rule, hinted, part: start && !end ? "start" : end && !start ? "end" : "whole" };
});

function classify(line: string): { kind: ParagraphKind; reason: string | null } {
  const bare = line.replace(LEADING_MARKS, "").trim();
  if (bare.length > 600) return { kind: "body", reason: null };
  const head = bare.length > EDGE ? bare.slice(0, EDGE) : bare;
  // The tail starts at a word boundary so a \b at its start means what it means in the whole line.
  const tail = bare.length > EDGE ? bare.slice(bare.indexOf(" ", bare.length - EDGE) + 1) : bare;
  const lower = bare.toLowerCase();
  for (const rule of rules) {
    if (rule.hinted && !rule.hinted.test(lower)) continue;
    const part = rule.part === "start" ? head : rule.part === "end" ? tail : bare;
    if (rule.match.test(part)) return { kind: rule.kind, reason: rule.reason };
  }
  return { kind: "body", reason: null };
}

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const seen = new Set<string>();
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body || body === "\ufeff") continue;
    const start = m.index + lead;
    const end = start + body.length;
    let { kind, reason } = classify(body);
    // A repeated paragraph is a layout artefact (a caption printed twice): keep the facts once.
    if (seen.has(body)) ({ kind, reason } = { kind: "boilerplate", reason: "repeats an earlier paragraph" });
    seen.add(body);
    out.push({ index: out.length, start, end, kind, reason });
  }
  // The first line is the headline when it reads like one (a caption may come before it).
  const first = out.find((p) => p.kind === "body");
  const hasBodyAfter = !!first && out.some((p) => p.index > first.index && p.kind === "body");
  if (first && first.index <= 2 && hasBodyAfter && looksLikeHeadline(text.slice(first.start, first.end))) {
    first.kind = "headline";
    first.reason = "first line without sentence punctuation or in title case";
  }
  // "Dana Avrahami" above "Dec 2, 2024" or "BBC News, Budapest": a name alone near the top is the author's line.
  for (const p of out) {
    if (p.index > 6 || p.kind !== "body" || p.end - p.start > 70 || !isAuthorLine(text.slice(p.start, p.end))) continue;
    const next = out[p.index + 1];
    const previous = out[p.index - 1];
    if ((next && next.end - next.start <= 60) || previous?.kind === "headline") {
      p.kind = "byline";
      p.reason = "a name alone on a line near the top";
    }
  }
  return out;
}

const BARE_NAME = /^\p{Lu}[\p{Ll}'\u2019.-]+(?:\s+\p{Lu}[\p{Ll}'\u2019.-]+){1,3}$/u;
// "Jane Roe Political correspondent", "Jane Roe in Kyiv": the author's name with the desk or the place filed from.
const NAME_WITH_DESK = /^\p{Lu}[\p{Ll}'\u2019.-]+(?:\s+\p{Lu}[\p{Ll}'\u2019.-]+){1,2}\s+(?:(?:\p{L}+\s+){0,3}(?:correspondent|editor|reporter|writer|columnist|chief)|in\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)$/u;

// "MIGUEL GONZÁLEZ": some papers print the author's name in capitals.
const CAPS_NAME = /^\p{Lu}[\p{Lu}'\u2019.-]+(?:\s+\p{Lu}[\p{Lu}'\u2019.-]+){1,3}$/u;

function isAuthorLine(line: string): boolean {
  return line.length <= 40 ? BARE_NAME.test(line) || CAPS_NAME.test(line) || NAME_WITH_DESK.test(line) : NAME_WITH_DESK.test(line);
}
