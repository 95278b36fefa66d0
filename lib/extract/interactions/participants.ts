// Reads the lists of actors on each side of a meeting: "Ana Ruiz, Tom Reed, Lina Park and Paul Grant
// held meetings with visiting Defense Minister Omar Haddad".
import type { ArticleContext } from "../attribution/context";
import type { ActorRecord } from "../entities/cast";
import type { Mention } from "../entities/mention";
import type { DateMention } from "../dates/find-dates";
import type { Sentence } from "../text/document";

// What may stand between two names of one list, once titles are set aside.
// "(R-Ky.)", "(D-N.Y.)": a US lawmaker's party and state after the name stands in either gap.
// "African Union (AU) Chairperson X", "X, on behalf of the Union, and Y": an abbreviation and a "for whom" aside stand inside a list too.
const LIST_GAP = /^(?:[\s,;]|\((?:[RDI]|Ind)-[\p{L}.\s]{1,16}\)|\(\p{Lu}{2,6}\)|\bon behalf of\b|\band with\b|\band\b|\bas well as\b|&|\bboth\b|\balso\b|\bvisiting\b|\btop\b|\bsenior\b|\bthe\b|\bhis\b|\bher\b|\btheir\b|\bits\b|\bcounterparts?\b|\bofficials?\b|\bincluding\b|\bplus\b|\bformer\b|['\u2019]s\b|\bU\.?S\.?\b|\b\p{Lu}[\p{L}.\-]*\b|\b\p{Lu}\p{Ll}{0,3}\.|\bof\b|\bfor\b|\bwere\b|\bwas\b|\bincluded\b|\u201c[^\u201d]{0,30}\u201d)*$/u;
// What may stand between the subject list and the meeting verb.
// "Demirkol on Tuesday received X", "Yoon on Nov. 7 made a call": a day between the subject and the verb.
const SUBJECT_GAP = /^(?:[\s,]|\((?:[RDI]|Ind)-[\p{L}.\s]{1,16}\)|\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\bon (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:,? \d{4})?\b|\b(?:who|also|was|were|is|are|has|have|had|will|would|could|set|to|scheduled|expected|slated|due|plans?|planned|later|then|reportedly|been|previously|recently|separately|jointly|each|all|both|again|held|hold|holds|holding|a|an|the|“[^”]{0,30}”|"[^"]{0,30}")\b|\b\w+ly\b|“[^”]{0,30}”|"[^"]{0,30}")*$/u;

export type Side = { actors: ActorRecord[]; mentions: Mention[] };

function usable(ctx: ArticleContext, m: Mention): ActorRecord | null {
  // "Northwind's board", "Egypt's envoy": a possessive names the owner of the participant, not the participant.
  if (m.attributive || m.possessive || m.kind === "place" || m.kind === "unknown") return null;
  const a = ctx.cast.actorOf(m);
  // A country is where a meeting happens or whom leaders represent, not a participant ("a summit with China").
  return a && a.kind !== "group" && a.kind !== "country" ? a : null;
}

const startOf = (m: Mention): number => Math.min(m.start, m.title?.prefixStart ?? m.title?.start ?? m.start);

/** Actors listed from `from` onward (stops at the first word that is not part of a list). */
/** Mentions of a sentence, without those inside another name's title ("US" in "US Secretary of State X"). */
function listable(ctx: ArticleContext, sentence: Sentence): Mention[] {
  const all = ctx.mentionsBySentence.get(sentence.index) ?? [];
  return all.filter((m) => !all.some((o) => o !== m && o.title && m.start >= startOf(o) && m.end <= (o.title.phraseEnd ?? o.title.end)));
}

export function listAfter(ctx: ArticleContext, sentence: Sentence, from: number, limit: number): Side {
  const text = ctx.doc.text;
  const out: Side = { actors: [], mentions: [] };
  let cursor = from;
  for (const m of listable(ctx, sentence)) {
    if (m.start < from || m.start >= limit || m.inQuote) continue;
    const a = usable(ctx, m);
    const gap = text.slice(cursor, Math.max(cursor, startOf(m)));
    // "African Union (AU) Chairperson X": an abbreviation in parentheses belongs to the name before it.
    if (cursor > from && /^\s*\($/.test(gap) && text[m.end] === ")" && /^\p{Lu}{2,6}$/u.test(text.slice(m.start, m.end))) {
      cursor = m.end + 1;
      continue;
    }
    if (!LIST_GAP.test(gap) || gap.length > 80) break;
    // "... to meet Nabil Shukri, the State Department said": the attribution ends the list.
    if (out.mentions.length > 0 && m.speakerPosition && gap.includes(",")) break;
    cursor = m.end;
    if (!a) continue;
    // "Paul Lindgren of Harbor Crest Partners": the organization after "of" is the person's affiliation.
    const last = out.actors[out.actors.length - 1];
    if (last?.kind === "person" && a.kind !== "person" && /^\s*of\s+(?:the\s+)?$/.test(gap)) continue;
    if (!out.actors.includes(a)) out.actors.push(a);
    out.mentions.push(m);
  }
  return out;
}

/** Actors listed right before `to` (a meeting verb), nearest first, then returned in text order. */
export function listBefore(ctx: ArticleContext, sentence: Sentence, to: number): Side {
  const text = ctx.doc.text;
  const out: Side = { actors: [], mentions: [] };
  const mentions = listable(ctx, sentence).filter((m) => m.end <= to && !m.inQuote);
  let cursor = to;
  let first = true;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    const gap = text.slice(m.end, cursor);
    if (!(first ? SUBJECT_GAP : LIST_GAP).test(gap) || gap.length > 80) break;
    first = false;
    cursor = startOf(m);
    const a = usable(ctx, m);
    if (a && !out.actors.includes(a)) {
      out.actors.unshift(a);
      out.mentions.unshift(m);
    }
  }
  return out;
}

// After a partner list: its own day, then "and (later) (on <day>) (with)" and the next partners.
const DAY_SPLIT = /^(\s+on\s+\p{Lu}\p{L}+)?,?\s+(?:and|then)\s+(?:later\s+)?(?:(on\s+\p{Lu}\p{L}+)\s+)?(?:with\s+)?/u;

/** The partners of a second day in the same clause, and that day. */
export function nextDaysPartners(ctx: ArticleContext, sentence: Sentence, object: { mentions: Mention[] }, dates: DateMention[]): { partners: ActorRecord[]; date: string | null } | null {
  const last = object.mentions[object.mentions.length - 1];
  if (!last) return null;
  const text = ctx.doc.text;
  const split = DAY_SPLIT.exec(text.slice(last.end, sentence.end));
  if (!split || (!split[1] && !split[2])) return null;
  const from = last.end + split[0].length;
  const partners = listAfter(ctx, sentence, from, sentence.end);
  const end = partners.mentions[partners.mentions.length - 1]?.end;
  if (end === undefined || partners.actors.length === 0) return null;
  // The second day stands before the partners ("and on Monday with B") or right after them ("and B on Monday").
  const day = split[2] ? dates.find((d) => d.start >= from - split[0].length && d.start < from) : dates.find((d) => d.start >= end && /^\s+(?:on\s+)?$/.test(text.slice(end, d.start)));
  return day ? { partners: partners.actors, date: day.value } : null;
}
