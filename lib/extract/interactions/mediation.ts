// Indirect talks through a mediator: a meeting of the mediator with each side, never of the sides.
import type { ArticleContext } from "../attribution/context";
import type { ActorRecord } from "../entities/cast";
import type { Sentence } from "../text/document";
import type { FoundInteraction } from "./find-interactions";
import { MEDIATION_RULES, MEDIATOR_AFTER } from "./mediation-rules";
import { listAfter, listBefore } from "./participants";
import { openingSubject } from "./subjects";

// One native search: most sentences hold no word of any mediation rule.
const HINT_WORDS = new RegExp(`\\b(?:${[...new Set(["indirect", ...MEDIATION_RULES.flatMap((r) => r.hints)])].join("|")})\\b`, "i");
const persons = (actors: ActorRecord[]) => actors.filter((a) => a.kind === "person");

/** The mediator's meetings with each side that this sentence states, dated as the sentence's meetings are. */
export function mediatedMeetings(ctx: ArticleContext, sentence: Sentence, dateOf: () => string | null): FoundInteraction[] {
  const text = ctx.doc.text;
  const sText = text.slice(sentence.start, sentence.end);
  if (!HINT_WORDS.test(sText)) return [];
  for (const rule of MEDIATION_RULES) {
    const m = rule.pattern.exec(sText);
    if (!m) continue;
    const at = sentence.start + m.index;
    const sides = listAfter(ctx, sentence, at + m[0].length, sentence.end);
    const sidePersons = persons(sides.actors);
    const lastSide = sides.mentions[sides.mentions.length - 1];
    if (sidePersons.length === 0 || !lastSide) continue;
    let mediators: ActorRecord[] = [];
    if (rule.mediator === "before") {
      mediators = persons(listBefore(ctx, sentence, at).actors);
      if (mediators.length === 0) mediators = persons(openingSubject(ctx, sentence, at).actors);
    } else {
      const by = MEDIATOR_AFTER.exec(text.slice(lastSide.end, sentence.end));
      if (by && by.index <= 2) mediators = persons(listAfter(ctx, sentence, lastSide.end + by.index + by[0].length, sentence.end).actors);
    }
    mediators = mediators.filter((a) => !sidePersons.includes(a));
    if (mediators.length === 0) continue;
    const date = dateOf();
    return sidePersons.map((side) => ({ kind: "meeting", participants: [...mediators, side], date, location: null, sentence, caption: false, reason: rule.reason }));
  }
  return [];
}
