// When something was said: a date in the words that attribute it ("said on Sunday", "told CNN last week",
// "On Friday, X said", "in an interview earlier this month"), never one inside what was said. A date at its
// precision (day, month or year), resolved against the publication day; null when the attribution names none.
import type { ArticleContext } from "../attribution/context";
import type { Sentence } from "../text/document";
import { parseIso } from "./calendar";
import { findDates } from "./find-dates";

/** How far after (before) the speaker's words a date may stand and still say when they spoke (characters). */
const REACH_AFTER = 50;
const REACH_BEFORE = 30;
// What ends the attribution after the speaker: "that", a comma, a quotation ("said on Friday that ..." still counts).
const ATTRIBUTION_ENDS = /\bthat\b|[,;:"\u201c\u201d]/;
// "the Nov. 15 talks", "Friday's vote", "ahead of Sunday": the date belongs to a noun or an event, not to the saying.
const DATE_OF_SOMETHING = /(?:\bthe|['\u2019]s|\bahead of|\bsince|\buntil|\bby)\s+$/i;

/**
 * The date the attribution of words in `sentence` pins. `said` is the span of what was said (a quotation or reported
 * content), `speaker` the span naming who said it; the attribution is the side of the sentence the speaker stands on.
 */
export function whenSaid(ctx: ArticleContext, sentence: Sentence, said: { start: number; end: number }, speaker: { start: number; end: number } | null, publishedAt: string | null): string | null {
  const pub = parseIso(publishedAt);
  if (!speaker || speaker.start < sentence.start || speaker.end > sentence.end) return null;
  const before = speaker.end <= said.start;
  // Only the text near the speaker can date the saying: a bound that also keeps a runaway sentence linear.
  const from = Math.max(before ? sentence.start : said.end, speaker.start - REACH_BEFORE - 40);
  const to = Math.min(before ? said.start : sentence.end, speaker.end + REACH_AFTER + 40);
  if (to <= from) return null;
  const dates = findDates(ctx.doc.text, from, to, pub, (pos) => ctx.inQuote(pos));
  const { text } = ctx.doc;
  let best: string | null = null;
  let bestGap = Infinity;
  for (const d of dates) {
    if (DATE_OF_SOMETHING.test(text.slice(Math.max(sentence.start, d.start - 12), d.start))) continue;
    const after = d.start >= speaker.end;
    const between = after ? text.slice(speaker.end, d.start) : text.slice(d.end, speaker.start);
    // "X said on Sunday", "X on Tuesday told"; before the speaker only an opening "On Friday, X said".
    if (after ? between.length > REACH_AFTER || ATTRIBUTION_ENDS.test(between) : between.length > REACH_BEFORE || /[;:"\u201c\u201d]/.test(between)) continue;
    if (between.length < bestGap) [best, bestGap] = [d.value, between.length];
  }
  return best;
}
