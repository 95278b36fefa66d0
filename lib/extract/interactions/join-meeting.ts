// People a later sentence adds to a meeting already stated ("The US delegation included A, B and C").
import type { ArticleContext } from "../attribution/context";
import type { ActorRecord } from "../entities/cast";
import type { DateMention } from "../dates/find-dates";
import type { Sentence } from "../text/document";
import type { FoundInteraction } from "./find-interactions";
import { JOIN_RULES, type JoinRule } from "./join-rules";
import { listAfter, listBefore } from "./participants";
import { openingSubject } from "./subjects";

// How many paragraphs back the meeting may have been stated: a delegation is often listed a few paragraphs on.
const REACH: Record<JoinRule["joins"], number> = { held: 10, planned: 4, them: 2 };
// The meetings a join looks back over at most: those of the last paragraphs, not of a whole long article.
const LOOK_BACK = 64;
// Nouns that tell one gathering from another: "present at the dinner" is not the meeting before it.
const DISTINCT_NOUN = /\b(dinner|lunch|breakfast|summit)\b/;

/** The meeting a join refers to: the last one of its tense within reach, the last one stated by the same distinct noun first. */
function targetOf(rule: JoinRule, found: FoundInteraction[], paragraph: number, noun: string | undefined): FoundInteraction | undefined {
  const candidates: FoundInteraction[] = [];
  for (let i = found.length - 1; i >= 0 && found.length - i <= LOOK_BACK; i--) {
    const f = found[i] as FoundInteraction;
    if (paragraph - f.sentence.paragraph > REACH[rule.joins]) break;
    if (f.caption) continue;
    if (rule.joins === "them" || (rule.joins === "planned" ? f.kind === "planned" : f.kind === "meeting" || f.kind === "call")) candidates.push(f);
  }
  // "attended the summit" joins only a meeting stated as a summit; "the meeting", "the talks" join the last one.
  return noun ? candidates.find((f) => f.noun === noun) : candidates[0];
}

const HINT_WORDS = new RegExp(`\\b(?:${[...new Set(JOIN_RULES.flatMap((r) => r.hints))].join("|")})\\b`, "i");
const persons = (actors: ActorRecord[]) => actors.filter((a) => a.kind === "person");

/** The meetings grown by this sentence's join rules, each from the one before (a sentence may hold two). */
export function joinMeeting(ctx: ArticleContext, sentence: Sentence, found: FoundInteraction[], dates: () => DateMention[], placeAfter: (pos: number) => string | null): FoundInteraction[] {
  // Nothing to join before a first meeting; most sentences hold no hint word of any rule (one native search).
  if (found.length === 0) return [];
  const text = ctx.doc.text;
  const sText = text.slice(sentence.start, sentence.end);
  if (!HINT_WORDS.test(sText)) return [];
  const out: FoundInteraction[] = [];
  for (const rule of JOIN_RULES) {
    if (!sentence.tokens.some((t) => rule.hints.includes(t.lower))) continue;
    const m = rule.pattern.exec(sText);
    if (!m) continue;
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    if (ctx.inQuote(at)) continue;
    const target = targetOf(rule, out.length > 0 ? [...found.slice(-LOOK_BACK), ...out] : found, sentence.paragraph, DISTINCT_NOUN.exec(m[0])?.[1]);
    if (!target) continue;
    let before: ActorRecord[] = [];
    if (rule.names !== "after") {
      before = persons(listBefore(ctx, sentence, at).actors);
      // "Steve Reed, a close adviser, was also present": the sentence's opening name past its apposition.
      if (before.length === 0) before = persons(openingSubject(ctx, sentence, at).actors);
    }
    if (rule.member && !before.some((a) => target.participants.includes(a))) continue;
    const after = rule.names === "before" ? [] : persons(listAfter(ctx, sentence, end, sentence.end).actors);
    const joined = [...new Set([...before, ...after])].filter((a) => !target.participants.includes(a));
    if (joined.length === 0) continue;
    const ahead = rule.planned === true;
    // "the first since 2019": a year after "since" is not the day of the meeting.
    const own = dates().find((d) => !/\bsince\s+$/.test(text.slice(Math.max(0, d.start - 8), d.start)));
    const date = ahead ? (own?.value ?? (target.kind === "planned" ? target.date : null)) : target.date;
    const location = ahead ? (placeAfter(at) ?? (target.kind === "planned" ? target.location : null)) : target.location;
    out.push({ kind: ahead ? "planned" : rule.remote ? "call" : target.kind, participants: [...target.participants, ...joined], date, location, sentence, caption: false, reason: rule.reason });
  }
  return out;
}
