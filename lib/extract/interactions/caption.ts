// A photo caption that names several people together is a meeting of them.
import type { ArticleContext } from "../attribution/context";
import type { DateMention } from "../dates/find-dates";
import type { Sentence } from "../text/document";
import type { FoundInteraction } from "./find-interactions";
import { locationIn } from "./location";
import { listAfter } from "./participants";

/** A photo caption naming several people together ("A, B and C at the State Department on ..."). */
export function captionMeeting(ctx: ArticleContext, sentence: Sentence, dates: DateMention[]): FoundInteraction | null {
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
