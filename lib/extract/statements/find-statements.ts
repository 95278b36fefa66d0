// Reported speech without quotation marks: "X said (that) ...", "X emphasized the need to ...",
// "X told Y (that) ...", "According to X, ...", "..., X said." The content span runs to the clause end.
import { speakerAfter, speakerBefore, type SpeakerRef } from "../attribution/speaker-phrase";
import type { ArticleContext } from "../attribution/context";
import { lexicon } from "../lexicon";
import type { Sentence } from "../text/document";
import type { Token } from "../text/tokenize";

export type FoundStatement = { speaker: SpeakerRef; cue: string; start: number; end: number; sentence: Sentence; reason: string };

const TIME_WORDS = new Set(["on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "earlier", "later", "last", "this", "week", "night", "morning", "recently", "publicly", "privately", "repeatedly", "again", "also", "strongly", "firmly"]);
// Where reported content stops: a new clause about the report itself.
const CONTENT_END = /,\s+(?:as|while|whereas|according to|adding|noting|saying|he|she|they|who|which)\b|;|\s[\u2014\u2013]\s|\s\(/u;
const QUOTE_MARK = /^["\u201c\u201d\u2018']/;

function contentSpan(ctx: ArticleContext, sentence: Sentence, from: number): { start: number; end: number } | null {
  const text = ctx.doc.text;
  let start = from;
  while (start < sentence.end && /\s/.test(text[start] ?? "")) start++;
  if (QUOTE_MARK.test(text.slice(start, start + 1))) return null; // a direct quote, reported as a quote
  let end = sentence.end;
  const cut = CONTENT_END.exec(text.slice(start, end));
  if (cut && cut.index > 0) end = start + cut.index;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1] ?? "")) end--;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean);
  if (words.length < 3) return null;
  // Mostly quoted material is already a quote.
  const quoted = ctx.quotes.filter((q) => q.start >= start && q.end <= end).reduce((n, q) => n + q.end - q.start, 0);
  if (quoted > (end - start) * 0.6) return null;
  return { start, end };
}

/** Index of the first content token after a verb: past "that", time words and, for "tell", the listener. */
function contentStart(tokens: Token[], v: number, tell: boolean, particle: string | null): number {
  let i = v + 1;
  if (particle && tokens[i]?.lower === particle) i++;
  if (tokens[i]?.lower === "of" || tokens[i]?.lower === "about") i++;
  const thatWithin = (n: number) => {
    for (let j = i; j < Math.min(tokens.length, i + n); j++) {
      const t = tokens[j];
      if (!t || (!t.word && t.lower !== "'s" && t.text !== "." && t.text !== ",")) return -1;
      if (t.lower === "that") return j;
    }
    return -1;
  };
  if (tell) {
    const that = thatWithin(9);
    if (that >= 0) return that + 1;
    // "told the Americans there was ...": skip a short listener phrase.
    let j = i;
    if (["the", "a", "an", "his", "her", "their", "reporters", "cnn"].includes(tokens[j]?.lower ?? "")) j++;
    while (j < tokens.length && j - i < 5 && tokens[j]?.word && !["there", "he", "she", "it", "they", "we", "i", "that", "the"].includes(tokens[j]?.lower ?? "")) j++;
    return j;
  }
  while (i < tokens.length && TIME_WORDS.has(tokens[i]?.lower ?? "")) i++;
  if (tokens[i]?.lower === "that") return i + 1;
  return i;
}

export function findStatements(ctx: ArticleContext): FoundStatement[] {
  const out: FoundStatement[] = [];
  const { text, paragraphs } = ctx.doc;
  const taken: [number, number][] = [];
  const push = (f: FoundStatement) => {
    if (taken.some(([a, b]) => f.start < b && f.end > a)) return;
    taken.push([f.start, f.end]);
    out.push(f);
  };
  for (const sentence of ctx.doc.sentences) {
    if (paragraphs[sentence.paragraph]?.kind !== "body") continue;
    const tokens = sentence.tokens;
    for (let v = 0; v < tokens.length; v++) {
      const t = tokens[v] as Token;
      if (ctx.inQuote(t.start)) continue;
      if (t.lower === "according" && tokens[v + 1]?.lower === "to" && v + 2 < tokens.length) {
        const speaker = speakerAfter(ctx, sentence, v + 2);
        let c = v + 2;
        while (c < tokens.length && tokens[c]?.text !== ",") c++;
        // "According to X, speaking on Y, ...": skip a participle aside.
        if (/ing$/.test(tokens[c + 1]?.lower ?? "")) for (c++; c < tokens.length && tokens[c]?.text !== ","; c++);
        const span = speaker && c + 1 < tokens.length ? contentSpan(ctx, sentence, tokens[c + 1]?.start ?? sentence.end) : null;
        if (speaker && span) push({ speaker, cue: "according to", ...span, sentence, reason: "According to X, ..." });
        continue;
      }
      const info = t.cap ? undefined : lexicon.verbs.get(t.lower);
      if (!info || info.weak || info.labels) continue;
      const tail = tokens.slice(v + 1).filter((x) => x.word);
      const speaker = speakerBefore(ctx, sentence, v);
      // "..., Reed said." / "..., states Reed.": the report comes first.
      const prevComma = tokens[v - 1]?.text === "," || (speaker && tokens.findIndex((x) => x.start === speaker.start) > 0 && tokens[tokens.findIndex((x) => x.start === speaker.start) - 1]?.text === ",");
      if (tail.length <= 6 && prevComma) {
        const final = speaker ?? speakerAfter(ctx, sentence, v + 1);
        const commaAt = speaker ? tokens.findIndex((x) => x.start === speaker.start) - 1 : v - 1;
        const commaTok = tokens[commaAt];
        if (final && commaTok && !QUOTE_MARK.test(text.slice(sentence.start, sentence.start + 1))) {
          const span = contentSpan(ctx, { ...sentence, end: commaTok.start }, sentence.start);
          if (span) push({ speaker: final, cue: t.text, ...span, sentence, reason: "report, then X said" });
        }
        continue;
      }
      if (!speaker) continue;
      const c = contentStart(tokens, v, info.tell, info.particle);
      const first = tokens[c];
      if (!first) continue;
      const span = contentSpan(ctx, sentence, first.start);
      if (!span) continue;
      const cue = text.slice(t.start, (tokens[v + 1]?.lower === info.particle || tokens[v + 1]?.lower === "of" ? tokens[v + 1] : t)?.end ?? t.end);
      push({ speaker, cue, ...span, sentence, reason: info.takesObject ? "X VERB the content" : "X said (that) content" });
    }
  }
  return out;
}
