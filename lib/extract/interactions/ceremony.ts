// A signing ceremony stated across sentences ("A signed on behalf of X", "the ceremony was attended by B",
// "C hosted the signing"): one meeting of everyone named in it, on the day the signing is dated.
import type { ArticleContext } from "../attribution/context";
import type { ActorRecord } from "../entities/cast";
import type { DateMention } from "../dates/find-dates";
import type { Sentence } from "../text/document";
import { CEREMONY_RULES } from "./ceremony-rules";
import type { FoundInteraction } from "./find-interactions";
import { listAfter, listBefore } from "./participants";
import { openingSubject } from "./subjects";

const EVERY = CEREMONY_RULES.map((rule) => ({ rule, all: new RegExp(rule.pattern.source, `${rule.pattern.flags}g`) }));
const SIGN_WORDS = new Set(["signed", "signing", "sign", "signs"]);
const SIGNING_HINT = /\b(?:signing|ceremony)\b/i;

/** The ceremony, and the sentences that name its people (a meeting found there among them alone is the same event). */
export function findCeremony(ctx: ArticleContext, bodySentences: Sentence[], datesOf: (s: Sentence) => DateMention[]): { ceremony: FoundInteraction; sentences: Set<number> } | null {
  const text = ctx.doc.text;
  // Most articles report no signing: one search of the text answers them.
  if (!SIGNING_HINT.test(text)) return null;
  const people: ActorRecord[] = [];
  const sentences = new Set<number>();
  let anchor: Sentence | null = null;
  let date: string | null = null;
  for (const sentence of bodySentences) {
    if (!sentence.tokens.some((t) => SIGN_WORDS.has(t.lower) || t.lower === "ceremony")) continue;
    // The day of the signing: the first date in a sentence about signing.
    if (date === null && sentence.tokens.some((t) => SIGN_WORDS.has(t.lower))) date = datesOf(sentence)[0]?.value ?? null;
    const sText = text.slice(sentence.start, sentence.end);
    for (const { rule, all } of EVERY) {
      if (!sentence.tokens.some((t) => rule.hints.includes(t.lower))) continue;
      for (const m of sText.matchAll(all)) {
        const at = sentence.start + m.index;
        if (ctx.inQuote(at)) continue;
        let named = rule.names === "after" ? listAfter(ctx, sentence, at + m[0].length, sentence.end).actors : listBefore(ctx, sentence, at).actors;
        if (rule.names === "before" && !named.some((a) => a.kind === "person")) named = openingSubject(ctx, sentence, at).actors;
        const persons = named.filter((a) => a.kind === "person");
        if (persons.length === 0) continue;
        for (const p of persons) if (!people.includes(p)) people.push(p);
        sentences.add(sentence.index);
        if (rule.anchor && !anchor) anchor = sentence;
      }
    }
  }
  if (!anchor || people.length < 2) return null;
  const ceremony: FoundInteraction = { kind: "meeting", participants: people, date, location: null, sentence: anchor, caption: false, reason: "a signing ceremony: its signatories, witnesses, hosts and guests" };
  return { ceremony, sentences };
}
