// A headline that states a meeting or a call between two people the article names ("Haddad calls Ruiz as
// talks stall", "Ruiz to meet Haddad"): headlines write the present for the past and "to" for the future.
import type { ArticleContext } from "../attribution/context";
import type { InteractionKind } from "../schema";
import type { Sentence } from "../text/document";
import type { FoundInteraction } from "./find-interactions";
import { listAfter, listBefore } from "./participants";

const HEADLINE_VERBS = new Map<string, InteractionKind>([
  ["meets", "meeting"], ["met", "meeting"], ["hosts", "meeting"], ["receives", "meeting"], ["visits", "meeting"],
  ["calls", "call"], ["phones", "call"], ["called", "call"],
]);
// "Ruiz to meet Haddad", "Ruiz set to host Haddad": a headline's future.
const HEADLINE_PLANNED = new Map<string, InteractionKind>([["meet", "planned"], ["host", "planned"], ["visit", "planned"], ["call", "planned"]]);

export function headlineMeeting(ctx: ArticleContext, sentence: Sentence): FoundInteraction | null {
  const tokens = sentence.tokens;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const lower = t.lower;
    const ahead = tokens[i - 1]?.lower === "to" ? HEADLINE_PLANNED.get(lower) : undefined;
    const kind = ahead ?? HEADLINE_VERBS.get(lower);
    if (!kind) continue;
    // "calls for", "calls on", "meets with"
    const next = tokens[i + 1]?.lower;
    if (next === "for" || next === "on" || next === "off") continue;
    const verbStart = ahead ? (tokens[i - 1]?.start ?? t.start) : t.start;
    const from = next === "with" ? (tokens[i + 2]?.start ?? sentence.end) : (tokens[i + 1]?.start ?? sentence.end);
    const subject = listBefore(ctx, sentence, verbStart).actors.filter((a) => a.kind === "person");
    const partners = listAfter(ctx, sentence, from, sentence.end).actors.filter((a) => a.kind === "person" && !subject.includes(a));
    if (subject.length === 0 || partners.length === 0) continue;
    return { kind: ahead ? "planned" : kind, participants: [...subject, ...partners], date: null, location: null, sentence, caption: false, reason: "a headline: X calls/meets Y" };
  }
  return null;
}
