// Role phrases around a name: "Defense Minister Ana Ruiz", "White House press secretary Tom Reed",
// "Tomas Varga, the Hungarian ambassador to the United Nations,".
import { givenNameGender, key, lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import type { TitleSpan } from "./mention";
import { countryOf, demonymAt, honorificAt, isCapWord, lookupPhrase, titleHeadAt } from "./name-parts";
import { affiliationAt, isPluralTitle, leadingOrganization } from "./role-parts";

const STOP_BACK = new Set(["the", "a", "an", "said", "says", "and", "or", "with", "by", "to", "from", "told", "according", "that", "who", "as"]);

/** Title phrase ending right before token `nameStart` (scanning back through heads, modifiers, orgs, demonyms). */
export function titleBefore(text: string, tokens: Token[], nameStart: number): TitleSpan | null {
  let i = nameStart - 1;
  // "a spokesperson for Solvia", "the mayor of Lyon": the name is the affiliation, not the holder.
  if (tokens[i]?.lower === "for" || tokens[i]?.lower === "of") return null;
  let first = -1;
  let hasHead = false;
  let affiliation: string | null = null;
  // "special envoy for Sudan Marcus Hale", "ambassador to Japan Rahm Ellis": the place the office serves, then the holder.
  const served = servedBefore(tokens, nameStart);
  if (served) {
    i = served.headEnd;
    first = served.headEnd + 1;
  }
  while (i >= 0 && nameStart - i <= 12) {
    const t = tokens[i];
    if (!t || !t.word || t.lower === "'s" || t.lower === "'") {
      if (t?.text === "." && i > 0 && lexicon.abbreviations.has(tokens[i - 1]?.lower ?? "")) {
        i--;
        continue;
      }
      if ((t?.lower === "'s" || t?.lower === "'") && i > 0) {
        // "CNN's Dana Kirk": the owner is the affiliation, never part of the title.
        const owner = tokens[i - 1];
        if (owner && !hasHead) {
          const org = lookupPhrase(lexicon.organizations, tokens, i - 1, i);
          if (org) return { text: "", start: tokens[i]?.start ?? 0, end: tokens[i]?.start ?? 0, affiliation: org[0] };
        }
        // "Hungary's Prime Minister Zoltán Kiss": a country or body owning the title.
        if (owner && hasHead) affiliation = affiliation ?? ownerBefore(tokens, i);
      }
      break;
    }
    if (STOP_BACK.has(t.lower)) break;
    const head = headEndingAt(tokens, i);
    if (head > 0) {
      hasHead = true;
      first = i - head + 1;
      i = first - 1;
      continue;
    }
    const country = countryOf(t.text);
    if (country && (first >= 0 || hasHead)) {
      affiliation = country;
      first = i;
      i--;
      continue;
    }
    const org = orgEndingAt(tokens, i);
    if (org && hasHead) {
      affiliation = org.name;
      first = i - org.length + 1;
      i = first - 1;
      continue;
    }
    // "Minister of Foreign Affairs X": "of" inside a title follows a title word ("Readout of Secretary X" is no title).
    if (lexicon.titleModifiers.has(t.lower) || (isCapWord(t) && hasHead) || ((t.lower === "of" || t.lower === "for") && headEndingAt(tokens, i - 1) > 0)) {
      first = i;
      i--;
      continue;
    }
    break;
  }
  if (!hasHead || first < 0) return null;
  // Drop leading connectors and a leading affiliation from the title words themselves.
  while (first < nameStart && ["of", "for"].includes(tokens[first]?.lower ?? "")) first++;
  let titleStart = first;
  while (titleStart < nameStart) {
    const t = tokens[titleStart];
    if (!t) break;
    const c = lookupPhrase(lexicon.countries, tokens, titleStart, nameStart) ?? demonymAt(tokens, titleStart, nameStart);
    if (c) {
      affiliation = affiliation ?? c[0];
      titleStart += c[1];
      continue;
    }
    break;
  }
  const startTok = tokens[titleStart];
  const endTok = tokens[nameStart - 1];
  if (!startTok || !endTok || titleStart >= nameStart) return null;
  const prefixTok = tokens[first];
  // "Sens. Ann Lee and Tom Ruiz", "top officials Ann Lee": a plural noun is no one's role.
  const plural = isPluralTitle(endTok.text === "." ? tokens[nameStart - 2] : endTok);
  affiliation = affiliation ?? leadingOrganization(tokens, titleStart, nameStart) ?? served?.affiliation ?? null;
  return { text: text.slice(startTok.start, endTok.end), start: startTok.start, end: endTok.end, affiliation, prefixStart: prefixTok?.start ?? startTok.start, ...(plural ? { plural } : {}) };
}

/** "Minister of Foreign Affairs Ayman Safadi", "Secretary of Homeland Security Kristi Noem": a title whose complement opens the capitalized run. */
export function titleWithComplement(text: string, tokens: Token[], s: number, e: number): { nameStart: number; title: TitleSpan } | null {
  const prep = tokens[s - 1]?.lower;
  if ((prep !== "of" && prep !== "for") || headEndingAt(tokens, s - 2) === 0) return null;
  const head = titleBefore(text, tokens, s - 1);
  if (!head) return null;
  let k = s;
  let country: string | null = null;
  while (k < e - 1) {
    const t = tokens[k] as Token;
    const c = lookupPhrase(lexicon.countries, tokens, k, e - 1) ?? lookupPhrase(lexicon.places, tokens, k, e - 1);
    if (c) {
      country = country ?? (lexicon.countries.map.has(key(c[0])) ? c[0] : null);
      k += c[1];
      continue;
    }
    if (!lexicon.titleModifiers.has(t.lower) || !t.cap) break;
    k++;
  }
  const last = tokens[k - 1];
  if (k === s || !last) return null;
  return { nameStart: k, title: { ...head, text: text.slice(head.start, last.end), end: last.end, affiliation: head.affiliation ?? country } };
}

/** A country or organization right before the name, after "for"/"to"/"of" and a title word. */
function servedBefore(tokens: Token[], nameStart: number): { headEnd: number; affiliation: string } | null {
  for (let len = 1; len <= 4 && nameStart - len - 2 >= 0; len++) {
    const at = nameStart - len;
    const hit = lookupPhrase(lexicon.countries, tokens, at, nameStart) ?? lookupPhrase(lexicon.organizations, tokens, at, nameStart);
    if (!hit || hit[1] !== len) continue;
    const prep = tokens[at - 1]?.lower === "the" ? at - 2 : at - 1;
    if (!["for", "to", "of"].includes(tokens[prep]?.lower ?? "") || headEndingAt(tokens, prep - 1) === 0) continue;
    return { headEnd: prep - 1, affiliation: hit[0] };
  }
  return null;
}

/** The country or organization whose possessive ends at token `poss` ("Hungary's", "the EU's"). */
function ownerBefore(tokens: Token[], poss: number): string | null {
  for (let len = 1; len <= 4 && poss - len >= 0; len++) {
    const hit = lookupPhrase(lexicon.countries, tokens, poss - len, poss) ?? lookupPhrase(lexicon.organizations, tokens, poss - len, poss);
    if (hit && hit[1] === len) return hit[0];
  }
  return null;
}

function headEndingAt(tokens: Token[], i: number): number {
  for (let len = Math.min(4, i + 1); len >= 1; len--) {
    const used = titleHeadAt(tokens, i - len + 1, i + 1) || honorificAt(tokens, i - len + 1);
    // An abbreviated title may report its period as well ("Rep." is two tokens).
    if (used === len || (used === len + 1 && tokens[i + 1]?.text === ".")) return len;
  }
  return 0;
}

function orgEndingAt(tokens: Token[], i: number): { name: string; length: number } | null {
  for (let len = Math.min(6, i + 1); len >= 1; len--) {
    const hit = lookupPhrase(lexicon.organizations, tokens, i - len + 1, i + 1);
    if (hit && hit[1] === len) return { name: hit[0], length: len };
  }
  return null;
}

const APPOSITIVE_END = new Set([",", ".", ";", ")", "\u2014", "\u2013"]);
const OWNER_PREPOSITIONS = new Set(["of", "at", "for"]);
const APPOSITIVE_OPENERS = new Set(["the", "a", "an", "now", "then", "formerly", "his", "her", "their", "its", "our"]);

/** Role in an appositive after a name: ", the Israeli ambassador to the United States,", ", Israel's defense minister,". */
export function titleAfter(text: string, tokens: Token[], nameEnd: number): TitleSpan | null {
  let i = nameEnd;
  if (tokens[i]?.text !== ",") return null;
  i++;
  if (tokens[i]?.lower === "who") return null;
  const determiner = APPOSITIVE_OPENERS.has(tokens[i]?.lower ?? "");
  if (determiner) i++;
  const start = i;
  // "X, hosted Y", "X, held talks with": a clause after the comma, not a role. Without a determiner a lowercase opener must be part of a title.
  const opener = tokens[start];
  if (!opener || (!determiner && !opener.cap && !titleHeadAt(tokens, start) && !lexicon.titleModifiers.has(opener.lower) && !lexicon.relations.has(opener.lower) && !lexicon.speakerNouns.has(opener.lower) && !/^\d/.test(opener.text))) return null;
  let hasHead = false;
  let affiliation: string | null = null;
  let headStart = -1;
  let headEnd = -1;
  for (; i < tokens.length && i - start < 14; i++) {
    const t = tokens[i];
    if (!t || APPOSITIVE_END.has(t.text) || t.lower === "who" || t.lower === "which" || t.lower === "said") break;
    const head = titleHeadAt(tokens, i);
    if (head > 0) {
      if (!hasHead) headStart = i;
      hasHead = true;
      i += head - 1;
      headEnd = i;
      continue;
    }
    const country = countryOf(t.text);
    if (country && !affiliation) affiliation = country;
    if (!hasHead && !t.word) return null;
    // "Ruiz, US Under Secretary for Political Affairs Allison Hooker, and ...": a titled name, the next item of a list.
    if (hasHead && t.cap && givenNameGender(t.lower) && isCapWord(tokens[i + 1])) return null;
  }
  if (!hasHead || headEnd < 0) return null;
  // "..., Israel Katz, a US official told reporters": an attribution after the name, not its role.
  const after = tokens[headEnd + 1];
  if (after && !after.cap && lexicon.verbs.has(after.lower) && !lexicon.verbs.get(after.lower)?.weak) return null;
  // "Rao, Li and South African President Thabo Nkosi", "Separately, Foreign Minister Wang Lei": a title before the next name.
  if (isCapWord(after) && !APPOSITIVE_OPENERS.has(after.lower)) return null;
  const first = tokens[start];
  let lastIndex = Math.max(headEnd, i - 1);
  if (!first || !tokens[lastIndex]) return null;
  // A role must start close to the comma; a long clause is not a title.
  if (headEnd - start > 6) return null;
  let titleStart = start;
  // "Egypt's foreign minister", "the EU's foreign policy chief": the owner is the affiliation.
  const owner = tokens.findIndex((t, k) => k >= start && k < headStart && (t.lower === "'s" || t.lower === "'"));
  if (owner > start) {
    affiliation = affiliationAt(text, tokens, start, owner) ?? affiliation;
    titleStart = owner + 1;
  }
  for (let d = demonymAt(tokens, titleStart, headEnd); titleStart < headEnd && (d || countryOf(tokens[titleStart]?.text ?? "") !== null); d = demonymAt(tokens, titleStart, headEnd)) {
    affiliation = affiliation ?? d?.[0] ?? null;
    titleStart += d?.[1] ?? 1;
  }
  // "the mayor of Lyon", "chief executive of Orchard Technologies", "a fellow at the Lowy Institute": the office, and whose it is.
  if (OWNER_PREPOSITIONS.has(tokens[headEnd + 1]?.lower ?? "") && lastIndex > headEnd + 1) {
    const of = affiliationAt(text, tokens, headEnd + 2, lastIndex + 1);
    if (of && (!affiliation || of === affiliation)) {
      affiliation = of;
      lastIndex = headEnd;
    }
  }
  affiliation = affiliation ?? leadingOrganization(tokens, titleStart, headEnd + 1);
  const s = tokens[titleStart] ?? first;
  const last = tokens[lastIndex] as Token;
  const plural = isPluralTitle(tokens[headEnd]);
  const phraseEnd = tokens[Math.max(headEnd, i - 1)]?.end ?? last.end;
  return { text: text.slice(s.start, last.end), start: s.start, end: last.end, affiliation, phraseEnd, ...(plural ? { plural } : {}) };
}
