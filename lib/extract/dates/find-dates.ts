// Date expressions in a sentence, resolved against the publication day: explicit dates ("May 27,
// 2024", "Feb. 4"), weekdays ("on Thursday" is the latest Thursday on or before publication unless
// the sentence looks ahead), and relative words (today, yesterday, last week).
import { MONTHS, WEEKDAYS, addDays, iso, pad, validDay, weekdayNear } from "./calendar";

export type DateMention = { start: number; end: number; value: string; reason: string };

const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const MONTH_DAY = new RegExp(`\\b(${MONTH_NAMES})\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?`, "g");
const DAY_MONTH = new RegExp(`\\b(\\d{1,2}) (${MONTH_NAMES})\\.?(?:,? (\\d{4})\\b)?`, "g");
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\.? (?:of )?(\\d{4})\\b`, "g");
// A month without a day or year, after a word that makes it a time: "in March", "late January", "next December".
const MONTH_ONLY = /\b(in|since|during|until|by|from|early|late|mid-|mid|last|next|this|earlier in|later in) (January|February|March|April|May|June|July|August|September|October|November|December)\b(?![.,]? ?\d)/g;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const WEEKDAY = /\b(last |this |next |on |earlier |later )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const RELATIVE = /\b(today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening|last night|(?:earlier |later )?this week|last week|next week|this month|last month|next month|this year|last year|next year)\b/gi;
const YEAR = /\b(?:in|since|of|during|by) (19\d\d|20\d\d)\b/g;
// Words that make a weekday or month point forward from the publication day.
export const LOOKS_AHEAD = /\b(?:will|'ll|shall|going to|set to|scheduled|slated|plans? to|planned|planning to|expected to|due to|is to|are to|upcoming|next|ahead of|later this)\b/i;

// Words that make a weekday part of a name: a show, a holiday, a primary.
const NAMED_DAYS = new Set(["news", "super", "black", "cyber", "good", "holy", "ash", "palm", "easter", "bloody", "giving", "nation", "press", "weekend"]);

const PAST_VERB_BEFORE = /\b(?:said|told|agreed|announced|confirmed|decided|signed|met|spoke|held|called|wrote|added|reported|\p{Ll}+ed)\s+(?:on\s+)?$/u;

const PAST_MEETING = /\b(?:met|spoke|talked|held talks|hosted|received|sat down|phoned|visited)\b/i;

/** Chooses the year that puts month/day closest to the publication day. */
function nearestYear(pub: Date, month: number, day: number): string | null {
  const y = pub.getUTCFullYear();
  let best: string | null = null;
  let bestGap = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    if (!validDay(year, month, day)) continue;
    const gap = Math.abs(Date.UTC(year, month - 1, day) - pub.getTime());
    if (gap < bestGap) [best, bestGap] = [`${year}-${pad(month)}-${pad(day)}`, gap];
  }
  return best;
}

const MONTH_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const RELATIVE_HINT = /\b(?:today|tonight|yesterday|tomorrow|this|last|next)\b/i;
// Words without which a sentence states no date: checked before running the patterns.
const DATE_HINT = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|this|last|next|earlier|later)/i;

export function findDates(text: string, start: number, end: number, pub: Date | null, blocked: (pos: number) => boolean): DateMention[] {
  const s = text.slice(start, end);
  if (!DATE_HINT.test(s)) return [];
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const add = (i: number, len: number, value: string | null, reason: string) => {
    const a = start + i;
    const b = a + len;
    if (!value || blocked(a) || taken.some(([x, y]) => a < y && b > x)) return;
    taken.push([a, b]);
    out.push({ start: a, end: b, value, reason });
  };
  // "met on Wednesday ahead of the decision": a past meeting verb keeps the weekday in the past.
  const ahead = LOOKS_AHEAD.test(s) && !PAST_MEETING.test(s);
  // Each pattern runs only where its kind of word occurs: most sentences hold at most one kind of date.
  const digit = /\d/.test(s);
  const month = MONTH_HINT.test(s);
  const weekday = s.includes("day");
  const relative = RELATIVE_HINT.test(s);
  if (digit && s.includes("-")) for (const m of s.matchAll(ISO_DAY)) add(m.index, m[0].length, validDay(+m[1]!, +m[2]!, +m[3]!) ? m[0] : null, "ISO date");
  if (digit && month) for (const m of s.matchAll(MONTH_DAY)) {
    const month = MONTHS[(m[1] ?? "").toLowerCase()] ?? 0;
    const day = Number(m[2]);
    const year = m[3] ? Number(m[3]) : null;
    add(m.index, m[0].length, year ? (validDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null) : pub ? nearestYear(pub, month, day) : null, "month and day");
  }
  if (digit && month) for (const m of s.matchAll(DAY_MONTH)) {
    const month = MONTHS[(m[2] ?? "").toLowerCase()] ?? 0;
    const day = Number(m[1]);
    const year = m[3] ? Number(m[3]) : null;
    add(m.index, m[0].length, year ? (validDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null) : pub ? nearestYear(pub, month, day) : null, "day and month");
  }
  if (digit && month) for (const m of s.matchAll(MONTH_YEAR)) add(m.index, m[0].length, `${m[2]}-${pad(MONTHS[(m[1] ?? "").toLowerCase()] ?? 1)}`, "month and year");
  if (pub) {
    if (weekday) for (const m of s.matchAll(WEEKDAY)) {
      // "Fox News Sunday", "Super Tuesday": a few words before the weekday make it a name; after a surname
      // ("spoke with Prime Minister Reed Wednesday") it is the day.
      const prev = /(\p{L}+)\s$/u.exec(s.slice(Math.max(0, m.index - 20), m.index))?.[1]?.toLowerCase() ?? "";
      if (!m[1] && NAMED_DAYS.has(prev)) continue;
      const mod = (m[1] ?? "").trim().toLowerCase();
      const weekday = WEEKDAYS.indexOf((m[2] ?? "").toLowerCase());
      // "agreed on Monday to meet next year": a past verb right before the weekday keeps that weekday in the past.
      const pastVerb = PAST_VERB_BEFORE.test(s.slice(Math.max(0, m.index - 24), m.index));
      const future = mod === "next" || (mod !== "last" && ahead && !pastVerb);
      add(m.index, m[0].length, iso(weekdayNear(pub, weekday, future, mod === "last" || mod === "next")), future ? "weekday ahead of publication" : "weekday on or before publication");
    }
    if (relative) for (const m of s.matchAll(RELATIVE)) {
      const w = (m[1] ?? "").toLowerCase();
      const month = (d: Date) => iso(d).slice(0, 7);
      const value =
        w === "today" || w === "tonight" || w.startsWith("this ") && /morning|afternoon|evening/.test(w) ? iso(pub)
        : w === "yesterday" || w === "last night" ? iso(addDays(pub, -1))
        : w === "tomorrow" ? iso(addDays(pub, 1))
        : w.endsWith("this week") || w === "this month" ? month(pub)
        : w === "last week" ? month(addDays(pub, -7))
        : w === "next week" ? month(addDays(pub, 7))
        : w === "last month" ? month(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - 1, 1)))
        : w === "next month" ? month(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + 1, 1)))
        : w === "this year" ? String(pub.getUTCFullYear())
        : w === "last year" ? String(pub.getUTCFullYear() - 1)
        : w === "next year" ? String(pub.getUTCFullYear() + 1)
        : null;
      add(m.index, m[0].length, value, "relative to publication");
    }
  }
  if (pub) {
    if (month) for (const m of s.matchAll(MONTH_ONLY)) {
      const mod = (m[1] ?? "").toLowerCase();
      const month = MONTHS[(m[2] ?? "").toLowerCase()] ?? 1;
      const [py, pm] = [pub.getUTCFullYear(), pub.getUTCMonth() + 1];
      // The nearest such month on the side of publication the sentence points to.
      const year = mod === "this" ? py
        : mod === "next" || (mod !== "last" && ahead) ? (month > pm || (month === pm && mod !== "next") ? py : py + 1)
        : mod === "last" ? (month < pm ? py : py - 1)
        : month <= pm ? py : py - 1;
      add(m.index + m[0].length - (m[2] ?? "").length, (m[2] ?? "").length, `${year}-${pad(month)}`, "month without a year");
    }
  }
  if (digit) for (const m of s.matchAll(YEAR)) add(m.index + m[0].length - 4, 4, m[1] ?? null, "year");
  return out.sort((a, b) => a.start - b.start);
}
