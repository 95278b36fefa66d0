// Builds extraction output by hand for tests of the loading logic, with spans computed from the text
// so every offset is right by construction.
import type { Actor, ExtractedArticle, Interaction, Quote, Span, Statement } from "@/lib/extract/schema";

export function at(body: string, phrase: string, occurrence = 0): Span {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = body.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length };
}

function everywhere(body: string, phrases: string[]): Span[] {
  const spans: Span[] = [];
  for (const phrase of phrases) for (let start = body.indexOf(phrase); start >= 0; start = body.indexOf(phrase, start + 1)) spans.push({ start, end: start + phrase.length });
  return spans.sort((a, b) => a.start - b.start);
}

export function actor(body: string, id: string, name: string, options: { kind?: Actor["kind"]; aliases?: string[]; role?: string } = {}): Actor {
  const aliases = options.aliases ?? [];
  const names = [name, ...aliases];
  const role = options.role ? [{ title: options.role, affiliation: null, ...at(body, options.role) }] : [];
  return { id, name, kind: options.kind ?? "person", aliases: names, roles: role, mentions: everywhere(body, names) };
}

export function interaction(body: string, id: string, sentence: string, participants: string[], date: string | null, kind: Interaction["kind"] = "meeting"): Interaction {
  return { id, kind, participants, date, location: null, evidence: { ...at(body, sentence), text: sentence } };
}

export function quote(body: string, id: string, speaker: string | null, text: string, options: { label?: string; interaction?: string } = {}): Quote {
  return { id, speaker, speakerLabel: options.label ?? speaker ?? "unknown", text, kind: "direct", ...at(body, text), interaction: options.interaction ?? null };
}

export function statement(body: string, id: string, speaker: string | null, text: string, cue = "said"): Statement {
  return { id, speaker, speakerLabel: speaker ?? "unknown", cue, text, ...at(body, text), interaction: null };
}

export function extracted(file: string, facts: Partial<ExtractedArticle>): ExtractedArticle {
  return { file, title: null, outlet: null, publishedAt: null, url: null, actors: [], interactions: [], quotes: [], statements: [], ...facts };
}
