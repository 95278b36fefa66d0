// Meetings, calls, planned and canceled meetings between named actors, with date and place.
import type { ArticleContext } from "../attribution/context";
import type { ActorRecord } from "../entities/cast";
import { parseIso } from "../dates/calendar";
import { findDates, type DateMention } from "../dates/find-dates";
import type { InteractionKind } from "../schema";
import type { Sentence } from "../text/document";
import type { Token } from "../text/tokenize";
import { speakerBefore } from "../attribution/speaker-phrase";
import { lexicon } from "../lexicon";
import { listAfter, listBefore, nextDaysPartners } from "./participants";
import { captionMeeting } from "./caption";
import { locationIn } from "./location";
import { countedPeople, firstActors, openingSubject, possessiveOwner, pronounSubject, roleSubject, sentenceActors, subjectAfterOpening, subjectBeforeAside, OPENING_PHRASE } from "./subjects";
import { joinMeeting } from "./join-meeting";
import { findCeremony } from "./ceremony";
import { headlineMeeting } from "./headline";
import { mediatedMeetings } from "./mediation";
import { BY_PHONE, CANCELED, COUNTERFACTUAL, GATHERING, IN_PERSON, NOUN_TRIGGERS, PHONE, PHRASE_STARTS, PHRASE_TRIGGERS, PLANNED, VERB_TRIGGERS, VIRTUAL, type Trigger } from "./triggers";

export type FoundInteraction = {
  kind: InteractionKind;
  participants: ActorRecord[];
  date: string | null;
  location: string | null;
  sentence: Sentence;
  caption: boolean;
  reason: string;
  /** The gathering noun that stated it ("dinner", "summit"), for a later "present at the dinner". */
  noun?: string;
};

type Setting = { date: string | null; location: string | null; paragraph: number };

/** The meeting or call word in a sentence, with what follows it. */
/** index: the word the subject stands before; word: the meeting noun itself ("summit"), for a later "present at the summit". */
type Found = { index: number; trigger: Trigger; noun: boolean; word: string; partnerAt?: number };

function triggersIn(text: string, tokens: Token[], inQuote: (pos: number) => boolean): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.cap || !TRIGGER_WORDS.has(t.lower)) continue;
    // "had a “good meeting” with X": a meeting noun quoted as its description, with the partner outside the marks.
    const quotedNoun = tokens[i + 2]?.lower === "with" && CLOSING_MARK.test(tokens[i + 1]?.text ?? "");
    if (inQuote(t.start) && !quotedNoun) continue;
    const next = quotedNoun ? "with" : tokens[i + 1]?.lower;
    const prev = tokens[i - 1]?.lower ?? "";
    // Two-word nouns ("phone call") are looked up only when the second word can end one.
    const noun = (PAIR_ENDS.has(t.lower) ? NOUN_TRIGGERS.get(`${prev} ${t.lower}`) : undefined) ?? NOUN_TRIGGERS.get(t.lower);
    // "the meeting between", "talks with", "a conversation with": a noun trigger needs its preposition.
    // "a summit of A, B and C": the gathering's members follow "of".
    // "indirect talks between A and B": the sides did not meet (a mediator's meetings are read apart).
    if (noun && prev === "indirect") continue;
    if (noun && (next === "with" || next === "between" || determinerBefore(tokens, i) === "their" || (next === "of" && SUMMITS.has(t.lower)))) {
      out.push({ index: i, trigger: noun, noun: true, word: t.lower });
      continue;
    }
    if (noun && (t.lower === "meeting" || t.lower === "meetings" || t.lower === "talks")) {
      // "the meeting that it was supposed to hold today with X": the partner follows a short relative clause.
      for (let j = i + 1; j < Math.min(tokens.length, i + 10); j++) {
        const u = tokens[j] as Token;
        if (!u.word) break;
        if (u.lower === "with") {
          out.push({ index: j - 1, trigger: noun, noun: true, word: t.lower });
          break;
        }
      }
    }
    // "held talks", "in a virtual summit": no partner follows, so the gathering is among the clause's subjects.
    const opener = noun && SUMMITS.has(t.lower) && !withAhead(tokens, i) ? gatheringOpener(tokens, i) : -1;
    if (opener >= 0) {
      // "A and B held nearly five hours of talks": the subjects stand before "held", not before the noun.
      out.push({ index: HOLD_WORDS.has(tokens[opener]?.lower ?? "") ? opener : i, trigger: GATHERING, noun: true, word: t.lower });
      continue;
    }
    // "a host of leaders", "the host": a determiner makes the word a noun.
    const verb = DETERMINERS.has(prev) ? undefined : VERB_TRIGGERS.get(t.lower);
    // "is meeting X", "spoke after meeting X": "meeting" is a verb after a copula or a time conjunction.
    if (verb && !(t.lower === "meeting" && !["was", "is", "were", "are", "be", "been", ...AFTER_MEETING].includes(prev))) {
      out.push({ index: i, trigger: verb, noun: false, word: t.lower });
      continue;
    }
    if (PHRASE_STARTS.has(t.lower)) {
      const ahead = text.slice(t.start, Math.min(t.start + (DISCUSS.has(t.lower) ? 130 : 60), tokens[tokens.length - 1]?.end ?? t.start));
      const phrase = PHRASE_TRIGGERS.find((p) => p.match.test(ahead));
      // "spoke to reporters" is not a meeting: a spoken-with partner must be named (checked with the list).
      if (phrase?.partnerWith) {
        const withEnd = t.start + (phrase.match.exec(ahead)?.[0].length ?? 0);
        let partnerAt = -1;
        for (let k = i + 1; k < tokens.length && (tokens[k]?.end ?? Infinity) <= withEnd; k++) if (tokens[k]?.lower === "with" || tokens[k]?.lower === "to") partnerAt = k;
        if (partnerAt > i && !inQuote(tokens[partnerAt]?.start ?? 0)) out.push({ index: i, trigger: phrase.trigger, noun: false, word: t.lower, partnerAt });
      } else if (phrase) out.push({ index: i, trigger: phrase.trigger, noun: false, word: t.lower });
    }
  }
  return out;
}

const AFTER_MEETING = ["after", "before", "while", "since"];
const MAY_MEDIATE = /\b(?:indirect|shuttl)/i;
const NAMING_COMPLEMENT = /^['\u2019]?s?\s*(?:a|an|the|one|his|her|their|its|[\u201c"\u2018']|\p{Ll}+(?:ly)?\s+(?:a|an|the)\b)/u;
const CLOSING_MARK = /^[\u201d"]$/;
const DETERMINERS = new Set(["his", "her", "their", "its", "a", "an", "the"]);

/** The determiner opening a noun phrase that ends at token i, past adjectives ("their first face-to-face talks"). */
function determinerBefore(tokens: Token[], i: number): string | undefined {
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    const t = tokens[k] as Token;
    if (DETERMINERS.has(t.lower)) return t.lower;
    if (!t.word || t.cap || lexicon.verbs.has(t.lower) || VERB_TRIGGERS.has(t.lower)) return k === i - 1 ? t.lower : undefined;
  }
  return undefined;
}

const PAIR_ENDS = new Set([...NOUN_TRIGGERS.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ").pop() ?? ""));
// Every word that can start or end a meeting trigger: other words are skipped at once.
const TRIGGER_WORDS = new Set([...VERB_TRIGGERS.keys(), ...[...NOUN_TRIGGERS.keys()].map((k) => k.split(" ").pop() ?? k), "called", "calls", "calling", "spoke", "spoken", "speaks", "speak", "speaking", "talked", "talks", "talk", "talking", "sat", "sit", "sits", "sitting", "held", "holds", "hold", "holding", "had", "have", "has", "discussed", "discusses", "discuss", "discussing", "made", "makes", "make", "placed", "places", "shook", "shakes", "shake", "shaking"]);
const CANCEL_STEMS = /^(?:cancel|postpon|scrap|call)/;
const SUMMITS = new Set(["summit", "meeting", "meetings", "talks", "dialogue"]);
const CALL_ON = new Set(["called", "calls", "calling"]);
const HOLD_WORDS = new Set(["held", "hold", "holds", "holding"]);

/** A "with" after a meeting noun and before the clause ends ("held separate meetings on Monday with"). */
function withAhead(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 10); j++) {
    const u = tokens[j] as Token;
    if (!u.word) return false;
    if (u.lower === "with" || u.lower === "between") return true;
  }
  return false;
}

/** "held (their first) talks", "in a virtual summit", "during a video meeting": the word that opens a gathering its subjects took part in, or -1. */
function gatheringOpener(tokens: Token[], i: number): number {
  const next = tokens[i + 1]?.lower;
  if (next === "with" || next === "between" || next === "of") return -1;
  for (let k = i - 1; k >= 0 && i - k <= 7; k--) {
    const w = tokens[k] as Token;
    if (HOLD_WORDS.has(w.lower)) return k;
    // "the 15th foreign ministers' framework dialogue": ordinals and possessive marks inside the noun phrase.
    if (w.text === "'" || w.lower === "'s" || /^\d+(?:st|nd|rd|th)$/.test(w.lower)) continue;
    if (w.lower === "a" || w.lower === "an" || w.lower === "their") {
      const before = tokens[k - 1]?.lower ?? "";
      return HOLD_WORDS.has(before) || before === "in" || before === "at" || before === "during" ? k - 1 : -1;
    }
    if (!w.word || w.cap || lexicon.verbs.has(w.lower)) return -1;
  }
  return -1;
}
// "discussed <topic> via video link": the medium may stand after a long topic.
// "talked about <topic> with": so may a partner after "about".
const DISCUSS = new Set(["discussed", "discusses", "discuss", "discussing", "talked", "talks", "talk", "talking", "spoke", "speaks"]);
// Words that may stand between a meeting verb and its partner: "met separately with", "spoke by phone on Monday with".
// "met earlier in the week with", "met at the Riyadh airport with": a time or a place before the partner.
const BEFORE_PARTNER = /^(?:\s*(?:[\u201d"]|(?:earlier|later) (?:in|this|that|last) (?:the )?(?:week|day|month)|(?:at|in) (?:the |his |her |their )?(?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,3}(?:[a-z]+\s+)?(?=with\b)|[a-z]+ly|again|also|later|twice|once|down|today|yesterday|tonight|earlier|this (?:morning|afternoon|evening|week)|last (?:week|night|month)|by (?:tele)?phone|on the (?:tele)?phone|over the (?:tele)?phone|by video(?: ?link| call)?|via video(?: ?link)?|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:a |an )?(?:phone |telephone |video )?call))*\s*/u;

const IN_PERSON_VERB = /\b(?:met|meets|visited|hosted|received|welcomed)\b/i;

function kindOf(base: Trigger, sentenceText: string, clauseText: string, paragraphText: string, date: string | null, pub: string | null, placed: boolean): InteractionKind {
  if (CANCELED.test(sentenceText)) return "canceled";
  if (COUNTERFACTUAL.test(sentenceText)) return CANCELED.test(paragraphText) ? "canceled" : "planned";
  // Only the meeting's own clause says it is ahead: "spoke by phone on Monday and agreed to meet in March" was a call;
  // "X, who will accompany the president, spoke with Y": a relative clause says nothing of the meeting's time.
  const ownClause = clauseText.replace(RELATIVE_ASIDE, ",");
  if (PLANNED.test(ownClause) && !/\bmet\b/.test(ownClause)) return "planned";
  // A date after publication at its own precision: "2024-12" in November, "2025" in 2024.
  if (date && pub && date > pub.slice(0, date.length)) return "planned";
  if (VIRTUAL.test(ownClause) || (base === GATHERING && VIRTUAL.test(sentenceText))) return "call";
  if (base.remoteUnlessPlaced && (placed || IN_PERSON.test(sentenceText)) && !PHONE.test(sentenceText)) return "meeting";
  if (BY_PHONE.test(sentenceText) && !IN_PERSON_VERB.test(sentenceText)) return "call";
  if (base.kind === "call" || (PHONE.test(sentenceText) && /\b(?:spoke|talked|call)\b/i.test(sentenceText))) return "call";
  return "meeting";
}

export function findInteractions(ctx: ArticleContext, publishedAt: string | null): FoundInteraction[] {
  const { text, paragraphs } = ctx.doc;
  const pub = parseIso(publishedAt);
  // Dates inside quotations are not the meeting's (a binary search: long articles hold thousands of quotes).
  const blocked = (pos: number) => ctx.inQuote(pos);
  let out: FoundInteraction[] = [];
  const headlines: FoundInteraction[] = [];
  // Mediated talks are rare: one search of the article decides whether its sentences are read for them.
  const mayMediate = MAY_MEDIATE.test(text);
  let setting: Setting | null = null;
  let cancelContext = "";
  let cancelDay: string | null = null;
  for (const sentence of ctx.doc.sentences) {
    const para = paragraphs[sentence.paragraph];
    // A first line that is a whole sentence, full stop included, is the lede printed as a headline.
    const lede = para?.kind === "headline" && sentence.tokens.length >= 12 && sentence.tokens[sentence.tokens.length - 1]?.text === ".";
    if (para?.kind === "headline" && !lede) {
      // Kept for the end: the body's sentence, with its date, is the better evidence of the same meeting.
      const stated = headlineMeeting(ctx, sentence);
      if (stated) headlines.push(stated);
      continue;
    }
    if (!para || (para.kind !== "body" && para.kind !== "caption" && !lede)) continue;
    // A cancellation word is rare: look for its stem among the tokens before running the pattern.
    const mayCancel = sentence.tokens.some((t) => CANCEL_STEMS.test(t.lower));
    const sText = text.slice(sentence.start, sentence.end);
    const pText = text.slice(para.start, para.end);
    if (mayCancel && CANCELED.test(sText)) {
      cancelContext = sText;
      // "postponed a visit planned for Thursday. She had been due to meet X": the canceled meeting's day.
      cancelDay = findDates(text, sentence.start, sentence.end, pub, blocked).find((d) => !DATELINE.test(text.slice(para.start, d.start)))?.value ?? null;
    }
    const tokens = sentence.tokens;
    if (para.kind === "caption") {
      const found = captionMeeting(ctx, sentence, findDates(text, sentence.start, sentence.end, pub, blocked));
      if (found) out.push(found);
      continue;
    }
    // "The meeting was attended by A and B", "The US delegation included A and B": they join the meeting stated before.
    // "X mediated indirect talks between A and B": X met each side.
    const mediated = mayMediate ? mediatedMeetings(ctx, sentence, () => findDates(text, sentence.start, sentence.end, pub, blocked).find((d) => !DATELINE.test(text.slice(para.start, d.start)))?.value ?? null) : [];
    if (mediated.length > 0) {
      out.push(...mediated);
      continue;
    }
    const joined = joinMeeting(ctx, sentence, out, () => findDates(text, sentence.start, sentence.end, pub, blocked), (pos) => locationIn(text, pos, sentence.end));
    if (joined.length > 0) {
      out.push(...joined);
      continue;
    }
    // "When Russia's foreign minister, Alexei Gromov, called me in 2022": in an interview, "me" is the person interviewed.
    const calledMe = ctx.interviewee ? callerOfMe(ctx, sentence) : null;
    if (calledMe && ctx.interviewee && calledMe.actor !== ctx.interviewee) {
      const day = findDates(text, sentence.start, sentence.end, pub, blocked).find((d) => d.start > calledMe.at)?.value ?? null;
      out.push({ kind: "call", participants: [calledMe.actor, ctx.interviewee], date: day, location: null, sentence, caption: false, reason: "X called me (the person interviewed)" });
    }
    const triggers = triggersIn(text, tokens, ctx.inQuote);
    const told = toldInConversation(ctx, sentence);
    if (triggers.length === 0 && !told) {
      if (setting && sentence.paragraph - setting.paragraph > 2) setting = null;
      continue;
    }
    // Dates are read only where a meeting is stated: most sentences state none. A dateline is the filing date.
    const dates: DateMention[] = findDates(text, sentence.start, sentence.end, pub, blocked).filter((d) => !DATELINE.test(text.slice(para.start, d.start)));
    const ownPlace = locationIn(text, tokens[triggers[0]?.index ?? 0]?.start ?? sentence.start, sentence.end);
    if (setting && sentence.paragraph - setting.paragraph > 2) setting = null;
    const prior = setting as Setting | null;
    const location: string | null = ownPlace ?? prior?.location ?? null;
    // "Earlier in the day, X called on Y", "The two ministers held talks": the day an earlier sentence names.
    const sameDay = SAME_DAY.test(text.slice(sentence.start, sentence.end)) || /^the (?:two|three|four|both)\b/i.test(text.slice(sentence.start, sentence.start + 12));
    // Failing that, "earlier in the day" is the day of the last meeting stated with a full date.
    const lastDay = (): string | null => (SAME_DAY.test(sText) ? ([...out].reverse().find((f) => f.date?.length === 10)?.date ?? null) : null);
    const earlierDay = dates.length === 0 && !prior?.date && sameDay ? (dayBefore(ctx, sentence, pub, blocked) ?? lastDay()) : null;
    let date: string | null = prior?.date ?? earlierDay;
    let sharedSubject: ActorRecord[] = [];
    let previousTriggerEnd = sentence.start;
    for (const { index, trigger, noun, word, partnerAt } of triggers) {
      const t = tokens[index] as Token;
      // "has no plans to meet", "did not meet", "declined to meet": a meeting the sentence denies.
      if (NEGATED.test(text.slice(Math.max(sentence.start, t.start - 32), t.start))) continue;
      // The date nearest the meeting word: the first after it, else the last before it.
      date = (dates.find((d) => d.start >= t.start && !/,\s(?:who|which|whose)\b/.test(text.slice(t.end, d.start))) ?? dates.filter((d) => d.start < t.start && !inRelativeClause(text, sentence.start, d.start, t.start)).pop())?.value ?? prior?.date ?? earlierDay;
      // Skip what stands between the verb and its partner, then an optional "with" or "between".
      const skipped = BEFORE_PARTNER.exec(text.slice(t.end, sentence.end))?.[0].length ?? 0;
      const at = partnerAt ?? tokens.findIndex((u) => u.start >= t.end + skipped);
      const after = at >= 0 ? tokens[at] : undefined;
      const withPartner = after?.lower === "with" || partnerAt !== undefined;
      let objectFrom = withPartner || after?.lower === "between" || (after?.lower === "on" && CALL_ON.has(t.lower)) || (after?.lower === "of" && SUMMITS.has(t.lower)) ? (tokens[at + 1]?.start ?? sentence.end) : (after?.start ?? sentence.end);
      // Members of a group met one by one: "met a host of world leaders, including A, B and C" is a meeting with each.
      let members = false;
      // "the officials Ruiz met with were A and B": the list follows the copula, members of the group named before.
      if (after?.lower === "with" && ["were", "was", "included", "include"].includes(tokens[at + 1]?.lower ?? "")) {
        objectFrom = tokens[at + 2]?.start ?? sentence.end;
        members = true;
      }
      let object = listAfter(ctx, sentence, objectFrom, sentence.end);
      const objectAt = tokens.findIndex((u) => u.start >= objectFrom);
      if (object.actors.length === 0 && objectAt >= 0) object = { actors: countedPeople(ctx, sentence, objectAt), mentions: [] };
      // "met business leaders, including X": the named member of an unnamed group is a partner.
      if (object.actors.length === 0) {
        const including = tokens.findIndex((u, k) => k > index && k - index <= 16 && u.lower === "including");
        if (including > 0 && !tokens.slice(index + 1, including).some((u) => u.text === "." || u.text === ";")) {
          object = listAfter(ctx, sentence, tokens[including + 1]?.start ?? sentence.end, sentence.end);
          members = true;
        }
      }
      // "met with neighborhood groups": an unnamed partner, so the subjects did not meet each other.
      // "A and B agreed to hold a summit with China": a country as the partner leaves the named subjects meeting each other.
      const countryPartner = withPartner && object.actors.length === 0 && (ctx.mentionsBySentence.get(sentence.index) ?? []).some((m) => m.start >= objectFrom && m.start <= objectFrom + 4 && m.kind === "country");
      if (withPartner && object.actors.length === 0 && !countryPartner) continue;
      if (trigger.personPartner && !object.actors.some((a) => a.kind === "person")) continue;
      // "called Ruiz a liar", "called Ruiz "a friend"": the words after the partner name them, no call was made.
      const objectEnd = object.mentions[object.mentions.length - 1]?.end;
      if (trigger.namingCheck && (objectEnd === undefined || NAMING_COMPLEMENT.test(text.slice(objectEnd, sentence.end)))) continue;
      // "A and B spoke for 45 minutes": two named people speaking together; one person speaking is a speech.
      if (trigger.pairOnly && trigger !== GATHERING && (object.actors.length > 0 || listBefore(ctx, sentence, t.start).actors.filter((a) => a.kind === "person").length < 2)) continue;
      // Members of a summit or meeting "between" or "of" named people are one group.
      const between = after?.lower === "between" || (noun && after?.lower === "of");
      // "Ruiz, who chairs the party, met X": the name before the aside, not the last one inside it.
      const headOfAside = between ? [] : subjectBeforeAside(ctx, sentence, t.start);
      let subject = between ? { actors: [] as ActorRecord[] } : headOfAside.length > 0 ? { actors: headOfAside } : listBefore(ctx, sentence, t.start);
      // "Ruiz's meetings with A and B": the owner of the meeting noun held it.
      if (!between && noun && subject.actors.length === 0) subject = { actors: possessiveOwner(ctx, sentence, index) };
      // "their meeting", "their first face-to-face talks": the word that opens the noun phrase.
      const possessive = noun ? determinerBefore(tokens, index) : tokens[index - 1]?.lower;
      if (!between && subject.actors.length === 0 && noun && ["his", "her", "their", "a", "the", "its"].includes(possessive ?? "")) {
        // "his meeting with X", "in a conversation with X": the other side is the clause subject.
        subject = { actors: firstActors(ctx, sentence, t.start, possessive === "their" ? 2 : 1) };
      }
      // "Hale is scheduled to travel to Cairo to meet X", "Farkas called off a planned meeting with X",
      // "Ruiz, who took office in May, met with X": the clause subject, when no other noun phrase intervenes.
      if (!between && subject.actors.length === 0 && object.actors.length > 0) {
        const named = firstActors(ctx, sentence, t.start, 1, true);
        const gap = named[0] ? text.slice(named[0].mentions.find((m) => m.sentence === sentence.index && m.start < t.start)?.end ?? t.start, t.start) : "";
        if (noun || possessive === "to" || /^,[^]*,["\u201d\u2019']?\s*(?:(?:\p{L}+ly|later|then|also|again)\s+)?$/u.test(gap)) subject = { actors: named };
        else subject = { actors: roleSubject(ctx, sentence, index) };
      }
      if (!between && subject.actors.length === 0 && object.actors.length > 0) subject = { actors: roleSubject(ctx, sentence, index) };
      // "In a meeting with X on Monday, Y raised ...": an opening phrase names the meeting, the clause after it its subject.
      if (!between && noun && subject.actors.length <= 1 && object.mentions.length > 0 && OPENING_PHRASE.test(text.slice(sentence.start, t.start))) {
        const after = subjectAfterOpening(ctx, sentence, object.mentions[object.mentions.length - 1]?.end ?? t.end);
        if (after.length > 0) subject = { actors: after };
      }
      // "Okafor spoke after meeting X": the one who met is the clause's subject.
      if (!between && subject.actors.length === 0 && object.actors.length > 0 && t.lower === "meeting" && AFTER_MEETING.includes(tokens[index - 1]?.lower ?? "")) subject = { actors: firstActors(ctx, sentence, t.start, 1, true) };
      // "where she will also meet X": a pronoun subject right before the verb.
      if (!between && subject.actors.length === 0 && object.actors.length > 0) subject = { actors: pronounSubject(ctx, sentence, index) };
      // "X met A in the morning and later hosted B", "X met A and has spoken with B": a second verb shares the first one's subject.
      // "X arrived in Kyiv on March 3 and met with Y", "A and B agreed on Monday ..., in a virtual summit": the sentence's opening names.
      const coordinated = object.actors.length > 0 && /\band\s+(?:(?:has|have|had)\s+)?(?:(?:later|then|also|again|\p{L}+ly)\s+)*$/u.test(text.slice(sentence.start, t.start));
      if (!between && (trigger === GATHERING ? subject.actors.length < 2 : subject.actors.length === 0 && coordinated)) subject = openingSubject(ctx, sentence, t.start);
      // "The two ministers held talks": the people just named.
      if (trigger === GATHERING && subject.actors.length < 2) subject = { actors: countedPeople(ctx, sentence, 0, sentenceActors(ctx, sentence)) };
      if (trigger === GATHERING && subject.actors.filter((a) => a.kind === "person").length < 2) continue;
      if (!between && subject.actors.length === 0 && sharedSubject.length > 0 && /\b(?:and|then)\s+(?:(?:has|have|had)\s+)?(?:(?:later|then|also|again|\p{L}+ly)\s+)*$/u.test(text.slice(sentence.start, t.start))) subject = { actors: sharedSubject };
      if (countryPartner && subject.actors.length < 2) subject = openingSubject(ctx, sentence, t.start);
      if (countryPartner && subject.actors.filter((a) => a.kind === "person").length < 2) continue;
      if (subject.actors.length > 0) sharedSubject = subject.actors;
      const cancelDate = COUNTERFACTUAL.test(sText) ? cancelDay : null;
      if (!date && cancelDate) date = cancelDate;
      // The clause: from the sentence start (or the "and" that joins it to an earlier meeting verb) to the next clause break.
      // "met X on Monday, and was set to sit down with Y": the second meeting's tense is its own.
      const rest = text.slice(t.end, sentence.end);
      const clauseEnd = t.end + (/,\s|\s(?:and|but|while|after|before|as)\s/.exec(rest)?.index ?? rest.length);
      const joinedBy = [...text.slice(previousTriggerEnd, t.start).matchAll(/\s(?:and|but)\s/g)].pop();
      const clauseStart = previousTriggerEnd > sentence.start && joinedBy ? previousTriggerEnd + joinedBy.index : sentence.start;
      previousTriggerEnd = t.end;
      const kind = kindOf(trigger, sText, text.slice(clauseStart, clauseEnd), pText + " " + cancelContext, date, publishedAt, ownPlace !== null);
      for (const participants of meetingGroups(subject.actors, object.actors, trigger, noun && !between, members || SEPARATELY.test(sText))) {
        if (participants.length < 2 || !participants.some((a) => a.kind === "person")) continue;
        out.push({ kind, participants, date, location, sentence, caption: false, reason: trigger.reason, ...(noun ? { noun: word } : {}) });
      }
      // "met on Sunday with A, and on Monday with B", "met A on Sunday and B on Monday": another day, another meeting.
      const next = !between && subject.actors.length > 0 ? nextDaysPartners(ctx, sentence, object, dates) : null;
      if (next && next.date !== date) {
        for (const participants of meetingGroups(subject.actors, next.partners, trigger, false)) {
          if (participants.length >= 2) out.push({ kind, participants, date: next.date, location, sentence, caption: false, reason: "met A on one day, and B on another" });
        }
      }
    }
    if (told) {
      const at = tokens[told.index] as Token;
      const day = dates.find((d) => d.start >= at.start)?.value ?? dates.filter((d) => d.start < at.start).pop()?.value ?? null;
      out.push({ kind: told.kind, participants: told.participants, date: day, location: told.kind === "meeting" ? locationIn(text, at.end, sentence.end) : null, sentence, caption: false, reason: "X told Y in a phone call or a meeting" });
    }
    // A later sentence may share this one's day, never a day still ahead ("agreed on Monday to meet next year").
    const past = (d: string | null) => !d || !publishedAt || d <= publishedAt.slice(0, d.length);
    setting = { date: past(date) ? date : (dates.find((d) => past(d.value))?.value ?? null), location, paragraph: sentence.paragraph };
  }
  // "Ruiz discussed X with A and B" where the article tells his meeting with A and his meeting with B apart: the two
  // meetings, not one of the three.
  // Two-person meetings by their pair, so the check stays linear in the number of meetings.
  const pairs = new Map<string, FoundInteraction[]>();
  const ids = new Map<ActorRecord, number>();
  const idOf = (a: ActorRecord): number => ids.get(a) ?? (ids.set(a, ids.size), ids.size - 1);
  const pairKey = (a: ActorRecord, b: ActorRecord) => (idOf(a) <= idOf(b) ? `${idOf(a)}|${idOf(b)}` : `${idOf(b)}|${idOf(a)}`);
  for (const g of out) if (g.participants.length === 2) {
    const [a, b] = g.participants as [ActorRecord, ActorRecord];
    const k = pairKey(a, b);
    const same = pairs.get(k);
    if (same) same.push(g);
    else pairs.set(k, [g]);
  }
  const apart = (f: FoundInteraction) => f.participants.length >= 3 && f.noun === undefined && f.participants.some((p) => f.participants.every((q) => q === p || pairs.has(pairKey(p, q))));
  const toldApart = pairs.size > 0 ? new Set(out.filter(apart)) : new Set<FoundInteraction>();
  for (const f of toldApart) {
    // The separate meetings take the day the joint statement gave them when they have none of their own.
    const keys = new Set(f.participants.flatMap((p) => f.participants.filter((q) => q !== p).map((q) => pairKey(p, q))));
    for (const k of keys) for (const g of pairs.get(k) ?? []) if (!g.date) [g.date, g.location] = [f.date, g.location ?? f.location];
  }
  out = [...out.filter((f) => !toldApart.has(f)), ...headlines];
  // A signing ceremony is stated across sentences; its people are gathered once the article is read.
  const body = ctx.doc.sentences.filter((s) => paragraphs[s.paragraph]?.kind === "body");
  const undated = (s: Sentence) => findDates(text, s.start, s.end, pub, blocked).filter((d) => !DATELINE.test(text.slice(paragraphs[s.paragraph]?.start ?? s.start, d.start)));
  const signing = findCeremony(ctx, body, undated);
  if (!signing) return out;
  const { ceremony, sentences } = signing;
  const inside = (f: FoundInteraction) => f.kind === "meeting" && sentences.has(f.sentence.index) && f.participants.every((a) => ceremony.participants.includes(a));
  return [...out.filter((f) => !inside(f)), ceremony];
}

const SAME_DAY = /\b(?:(?:earlier|later) (?:in )?(?:the|that) day|the same day|that day)\b/i;

/** The last full date named in the three sentences before, within the paragraph or the one before it. */
function dayBefore(ctx: ArticleContext, sentence: Sentence, pub: ReturnType<typeof parseIso>, blocked: (pos: number) => boolean): string | null {
  const { text, sentences, paragraphs } = ctx.doc;
  for (let k = sentence.index - 1; k >= 0 && sentence.index - k <= 3; k--) {
    const before = sentences[k];
    const para = before ? paragraphs[before.paragraph] : undefined;
    if (!before || !para || sentence.paragraph - before.paragraph > 1 || para.kind !== "body") break;
    const days = findDates(text, before.start, before.end, pub, blocked).filter((d) => d.value.length === 10 && !DATELINE.test(text.slice(para.start, d.start)));
    const last = days[days.length - 1];
    if (last) return last.value;
  }
  return null;
}

/** The named person right before "called me" or "phoned me" ("Gromov, called me"), outside quotation marks. */
function callerOfMe(ctx: ArticleContext, sentence: Sentence): { actor: ActorRecord; at: number } | null {
  const tokens = sentence.tokens;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.lower !== "called" && t.lower !== "phoned") || tokens[i + 1]?.lower !== "me" || ctx.inQuote(t.start)) continue;
    const k = tokens[i - 1]?.text === "," ? i - 1 : i;
    const m = (ctx.mentionsBySentence.get(sentence.index) ?? []).find((x) => x.tokenEnd === k && x.kind === "person" && !x.possessive && !x.inQuote);
    const actor = m ? ctx.cast.actorOf(m) : undefined;
    if (actor && actor.kind === "person") return { actor, at: t.start };
  }
  return null;
}

const CONVERSATION_NOUNS = new Map<string, InteractionKind>([["call", "call"], ["conversation", "call"], ["meeting", "meeting"], ["talks", "meeting"]]);

/** "Wang told Cho in a phone call on Tuesday that ...": the one who told and the one told spoke to each other. */
function toldInConversation(ctx: ArticleContext, sentence: Sentence): { participants: ActorRecord[]; kind: InteractionKind; index: number } | null {
  const tokens = sentence.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const kind = CONVERSATION_NOUNS.get(tokens[i]?.lower ?? "");
    if (!kind || tokens[i + 1]?.lower === "with" || tokens[i + 1]?.lower === "between" || ctx.inQuote(tokens[i]?.start ?? 0)) continue;
    let k = i - 1;
    if (["phone", "telephone", "video"].includes(tokens[k]?.lower ?? "")) k--;
    // "during a private meeting": one adjective may stand before the noun.
    if (!["a", "an", "their"].includes(tokens[k]?.lower ?? "") && tokens[k]?.word && !tokens[k]?.cap && !lexicon.verbs.has(tokens[k]?.lower ?? "")) k--;
    if (!["a", "an", "their"].includes(tokens[k]?.lower ?? "") || !["in", "during"].includes(tokens[k - 1]?.lower ?? "")) continue;
    // The listener stands between the telling verb and "in", or before an "about ..." phrase: "warned X about the tariffs during a meeting".
    const about = tokens.findIndex((u, n) => n < k - 1 && n >= k - 14 && u.lower === "about");
    const listenerEnd = about > 0 && !tokens.slice(about, k - 1).some((u) => u.text === "," || u.text === ";") ? about : k - 1;
    const listener = (ctx.mentionsBySentence.get(sentence.index) ?? []).find((m) => m.end <= (tokens[listenerEnd]?.start ?? 0) && m.tokenEnd === listenerEnd && m.kind === "person");
    // The verb stands before the listener's title: "warned President X".
    let v = listener ? listener.tokenStart - 1 : -1;
    const titleFrom = listener?.title && listener.title.end <= listener.start ? (listener.title.prefixStart ?? listener.title.start) : null;
    while (titleFrom !== null && v > 0 && (tokens[v]?.start ?? 0) >= titleFrom) v--;
    const verb = tokens[v];
    if (!listener || !verb || !lexicon.verbs.get(verb.lower)?.tell) continue;
    const speaker = speakerBefore(ctx, sentence, v)?.actor;
    const heard = ctx.cast.actorOf(listener);
    if (speaker && heard && speaker !== heard && speaker.kind === "person") return { participants: [speaker, heard], kind: kind === "meeting" || tokens[i - 1]?.lower !== "video" ? kind : "call", index: i };
  }
  return null;
}

// Plural meeting nouns: "held meetings with", "held talks with" may be one meeting per partner.
const RELATIVE_ASIDE = /,\s*(?:who|which|whose)\b[^,]*,/g;
const NEGATED = /(?:\b(?:no plans? to|not|never|declined to|refused to|no)|n['\u2019]t)\s+(?:(?:also|yet|even|to|be|been|have|has|formally|directly|personally)\s+)*$/i;
const SEPARATE_MEETINGS = new Set(["meetings"].map((w) => NOUN_TRIGGERS.get(w)));

/**
 * Who met whom in one statement. "X met (with) A and B", "A and B met C", "talks with A and B": one meeting of
 * everyone, as one event is told. "X met A and B separately", "met leaders, including A and B": a meeting with each.
 * "A and B held meetings with C": each met C; "A and B held meetings with C and D": both met each of C and D.
 */
export function meetingGroups(subject: ActorRecord[], object: ActorRecord[], trigger: Trigger, noun: boolean, separately = false): ActorRecord[][] {
  const unique = (xs: ActorRecord[]) => [...new Set(xs)];
  if (subject.length === 0 || object.length === 0) return [unique([...subject, ...object])];
  const partners = object.filter((b) => !subject.includes(b));
  if (noun && SEPARATE_MEETINGS.has(trigger)) {
    if (subject.length === 1 || partners.length === 1) return subject.flatMap((a) => partners.map((b) => [a, b]));
    return partners.map((b) => [...subject, b]);
  }
  if (separately && partners.length > 1) return subject.flatMap((a) => partners.map((b) => [a, b]));
  return [unique([...subject, ...object])];
}

const SEPARATELY = /\bseparate(?:ly)?\b|\bone by one\b|\bin turn\b/i;

/** "Ruiz, who took office last year, met X": a date inside a relative clause before the verb is not the meeting's. */
function inRelativeClause(text: string, from: number, pos: number, verb: number): boolean {
  const before = text.slice(from, pos);
  const comma = before.lastIndexOf(", ");
  return comma >= 0 && /^, (?:who|which|whose|whom)\b/.test(before.slice(comma)) && text.slice(pos, verb).includes(",");
}

const DATELINE = /^[\p{Lu}][\p{Lu}\s.,'\u2019-]*,\s*$/u;
