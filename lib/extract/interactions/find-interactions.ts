// Meetings, calls, planned and canceled meetings between named actors, with date and place.
import type { ArticleContext } from "../attribution/context";
import type { ActorRecord } from "../entities/cast";
import { parseIso } from "../dates/calendar";
import { findDates, type DateMention } from "../dates/find-dates";
import type { InteractionKind } from "../schema";
import type { Sentence } from "../text/document";
import type { Token } from "../text/tokenize";
import { listAfter, listBefore } from "./participants";
import { CANCELED, COUNTERFACTUAL, NOUN_TRIGGERS, PHONE, PLANNED, VERB_TRIGGERS, type Trigger } from "./triggers";

export type FoundInteraction = {
  kind: InteractionKind;
  participants: ActorRecord[];
  date: string | null;
  location: string | null;
  sentence: Sentence;
  caption: boolean;
  reason: string;
};

type Setting = { date: string | null; location: string | null; paragraph: number };

const LOCATION = /\b(?:at|in) (the )?((?:\p{Lu}[\p{L}.'\u2019-]*)(?:\s(?:of |the )?\p{Lu}[\p{L}.'\u2019-]*){0,4})/gu;
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;

function locationIn(text: string, from: number, to: number): string | null {
  for (const m of text.slice(from, to).matchAll(LOCATION)) {
    const place = m[2] ?? "";
    if (!NOT_PLACE.test(place)) return place.replace(/[.,]$/, "");
  }
  return null;
}

/** The meeting or call word in a sentence, with what follows it. */
function triggersIn(tokens: Token[], inQuote: (pos: number) => boolean): { index: number; trigger: Trigger; noun: boolean }[] {
  const out: { index: number; trigger: Trigger; noun: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (inQuote(t.start) || t.cap) continue;
    const next = tokens[i + 1]?.lower;
    const prev = tokens[i - 1]?.lower ?? "";
    const pair = `${prev} ${t.lower}`;
    const noun = NOUN_TRIGGERS.get(pair) ?? NOUN_TRIGGERS.get(t.lower);
    // "the meeting between", "talks with", "a conversation with": a noun trigger needs its preposition.
    if (noun && (next === "with" || next === "between" || prev === "their")) {
      out.push({ index: i, trigger: noun, noun: true });
      continue;
    }
    if (noun && (t.lower === "meeting" || t.lower === "talks")) {
      // "the meeting that it was supposed to hold today with X": the partner follows a short relative clause.
      for (let j = i + 1; j < Math.min(tokens.length, i + 10); j++) {
        const u = tokens[j] as Token;
        if (!u.word) break;
        if (u.lower === "with") {
          out.push({ index: j - 1, trigger: noun, noun: true });
          break;
        }
      }
    }
    const verb = VERB_TRIGGERS.get(t.lower);
    if (verb && !(t.lower === "meeting" && !["was", "is", "were", "are", "be", "been"].includes(prev))) out.push({ index: i, trigger: verb, noun: false });
  }
  return out;
}

function kindOf(base: Trigger, sentenceText: string, paragraphText: string, date: string | null, pub: string | null): InteractionKind {
  if (CANCELED.test(sentenceText)) return "canceled";
  if (COUNTERFACTUAL.test(sentenceText)) return CANCELED.test(paragraphText) ? "canceled" : "planned";
  if (PLANNED.test(sentenceText) && !/\bmet\b/.test(sentenceText)) return "planned";
  if (date && pub && date.length === 10 && date > pub) return "planned";
  if (base.kind === "call" || (PHONE.test(sentenceText) && /\b(?:spoke|talked|call)\b/i.test(sentenceText))) return "call";
  return "meeting";
}

export function findInteractions(ctx: ArticleContext, publishedAt: string | null): FoundInteraction[] {
  const { text, paragraphs } = ctx.doc;
  const pub = parseIso(publishedAt);
  const blocked = (pos: number) => ctx.doc.quoteRegions.some((q) => pos > q.open && pos < q.close);
  const out: FoundInteraction[] = [];
  let setting: Setting | null = null;
  let cancelContext = "";
  for (const sentence of ctx.doc.sentences) {
    const para = paragraphs[sentence.paragraph];
    if (!para || (para.kind !== "body" && para.kind !== "caption")) continue;
    const sText = text.slice(sentence.start, sentence.end);
    const pText = text.slice(para.start, para.end);
    if (CANCELED.test(sText)) cancelContext = sText;
    const tokens = sentence.tokens;
    if (para.kind === "caption") {
      const found = captionMeeting(ctx, sentence, findDates(text, sentence.start, sentence.end, pub, blocked));
      if (found) out.push(found);
      continue;
    }
    const triggers = triggersIn(tokens, ctx.inQuote);
    if (triggers.length === 0) {
      if (setting && sentence.paragraph - setting.paragraph > 2) setting = null;
      continue;
    }
    // Dates are read only where a meeting is stated: most sentences state none.
    const dates: DateMention[] = findDates(text, sentence.start, sentence.end, pub, blocked);
    const ownDate = dates[0]?.value ?? null;
    const ownPlace = locationIn(text, tokens[triggers[0]?.index ?? 0]?.start ?? sentence.start, sentence.end);
    if (setting && sentence.paragraph - setting.paragraph > 2) setting = null;
    const prior = setting as Setting | null;
    const date: string | null = ownDate ?? prior?.date ?? null;
    const location: string | null = ownPlace ?? prior?.location ?? null;
    for (const { index, trigger, noun } of triggers) {
      const t = tokens[index] as Token;
      const after = tokens[index + 1];
      let objectFrom = after?.lower === "with" || after?.lower === "between" ? (tokens[index + 2]?.start ?? sentence.end) : (after?.start ?? sentence.end);
      // "the officials Ruiz met with were A and B": the list follows the copula.
      if (after?.lower === "with" && ["were", "was", "included", "include"].includes(tokens[index + 2]?.lower ?? "")) objectFrom = tokens[index + 3]?.start ?? sentence.end;
      const object = listAfter(ctx, sentence, objectFrom, sentence.end);
      const between = after?.lower === "between";
      let subject = between ? { actors: [] as ActorRecord[] } : listBefore(ctx, sentence, noun ? (tokens[index - 1]?.lower === "held" || tokens[index - 1]?.lower === "had" ? t.start : t.start) : t.start);
      const possessive = tokens[index - 1]?.lower;
      if (!between && subject.actors.length === 0 && noun && ["his", "her", "their", "a", "the", "its"].includes(possessive ?? "")) {
        // "his meeting with X", "in a conversation with X": the other side is the clause subject.
        subject = { actors: firstActors(ctx, sentence, t.start, possessive === "their" ? 2 : 1) };
      }
      const kind = kindOf(trigger, sText, pText + " " + cancelContext, date, publishedAt);
      // "A and B met with C and D": each side meets each member of the other, not its own members.
      const groups: ActorRecord[][] =
        subject.actors.length > 0 && object.actors.length > 0
          ? subject.actors.flatMap((a) => object.actors.filter((b) => b !== a).map((b) => [a, b]))
          : [[...subject.actors, ...object.actors]];
      for (const participants of groups) {
        if (participants.length < 2 || !participants.some((a) => a.kind === "person")) continue;
        out.push({ kind, participants, date, location, sentence, caption: false, reason: trigger.reason });
      }
    }
    setting = { date, location, paragraph: sentence.paragraph };
  }
  return out;
}

/** The first `n` actors named outside quotes before `pos` that are not mere modifiers. */
function firstActors(ctx: ArticleContext, sentence: Sentence, pos: number, n: number): ActorRecord[] {
  const out: ActorRecord[] = [];
  for (const m of ctx.mentionsBySentence.get(sentence.index) ?? []) {
    if (m.start >= pos || m.inQuote || m.attributive || m.kind !== "person") continue;
    const a = ctx.cast.actorOf(m);
    if (a && !out.includes(a)) out.push(a);
    if (out.length >= n) break;
  }
  return out;
}

/** A photo caption naming several people together ("A, B and C at the State Department on ..."). */
function captionMeeting(ctx: ArticleContext, sentence: Sentence, dates: DateMention[]): FoundInteraction | null {
  const text = ctx.doc.text;
  const mentions = (ctx.mentionsBySentence.get(sentence.index) ?? []).filter((m) => {
    // A credit in parentheses at the end names the photographer, not someone pictured.
    const tail = text.slice(m.end, sentence.end);
    return m.kind === "person" && !/^[^()]*\)\s*$/.test(tail);
  });
  const first = mentions[0];
  if (!first) return null;
  const side = listAfter(ctx, sentence, first.title?.prefixStart ?? first.title?.start ?? first.start, sentence.end);
  const persons = side.actors.filter((a) => a.kind === "person");
  if (persons.length < 2) return null;
  const lastEnd = side.mentions[side.mentions.length - 1]?.end ?? first.end;
  return {
    kind: "meeting",
    participants: persons,
    date: dates[0]?.value ?? null,
    location: locationIn(text, lastEnd, sentence.end),
    sentence,
    caption: true,
    reason: "a photo caption lists people pictured together",
  };
}
