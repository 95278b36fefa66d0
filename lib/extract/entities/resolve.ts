// Groups name mentions into actors: full names first, then surnames, titled surnames and headline
// words resolved to them; a misspelled surname joins by edit distance when the given name agrees.
import { givenNameGender, key, lexicon, publicFigure, type Gender } from "../lexicon";
import { Cast, type ActorRecord } from "./cast";
import { editDistance } from "./edit-distance";
import { ONE_WORD_SOURCE, type Mention } from "./mention";

/** The first word of a lower-cased name, compared without splitting the name. */
const firstWordIs = (name: string, word: string): boolean => !word.includes(" ") && name.startsWith(word) && (name.length === word.length || name[word.length] === " ");

const k = (s: string | null): string => (s ? key(s) : "");

function fuzzySurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || a[0] !== b[0]) return false;
  return editDistance(a, b, a.length >= 9 ? 2 : 1) <= (a.length >= 9 ? 2 : 1);
}

function lastMentionBefore(a: ActorRecord, pos: number): number {
  let best = -1;
  for (const m of a.mentions) if (m.start < pos && m.start > best) best = m.start;
  return best;
}

/** "Gutiérrez" for "Andrés Felipe Gutiérrez Rojas": Spanish and Portuguese names carry two surnames. */
function byInnerSurname(persons: readonly ActorRecord[], surname: string): ActorRecord | null {
  let holder: ActorRecord | null = null;
  for (const a of persons) {
    // Only names of three words or more have an inner surname; most names are two words.
    if (a.name.indexOf(" ") === a.name.lastIndexOf(" ")) continue;
    const parts = key(a.name).split(" ");
    const at = parts.indexOf(surname);
    if (at < 1 || at >= parts.length - 1) continue;
    if (holder) return null;
    holder = a;
  }
  return holder;
}

/** A two-word mention that ends a longer name ("Fernández Ruiz" of "María José Fernández Ruiz"). */
function byNameTail(persons: readonly ActorRecord[], surface: string): ActorRecord | null {
  const tail = " " + key(surface);
  const holders = persons.filter((a) => key(a.name).endsWith(tail));
  return holders.length === 1 ? (holders[0] ?? null) : null;
}

/** The person a surname-only mention refers to: the most recently named holder of that surname. */
function bySurname(persons: readonly ActorRecord[], surname: string, pos: number, fuzzy: boolean, gender: Gender | null = null): ActorRecord | null {
  const all = persons.filter((a) => k(a.last) === surname);
  // "Mrs. Whitfield" among several Whitfields is the woman.
  const sameGender = gender && gender !== "x" ? all.filter((a) => a.gender === gender) : [];
  const exact = sameGender.length > 0 ? sameGender : all;
  const pool = exact.length || !fuzzy ? exact : persons.filter((a) => a.last && surname.length >= 6 && fuzzySurname(k(a.last), surname));
  if (pool.length === 0) return null;
  if (pool.length === 1) return pool[0] ?? null;
  return [...pool].sort((x, y) => lastMentionBefore(y, pos) - lastMentionBefore(x, pos) || x.order - y.order)[0] ?? null;
}

/** The title before a one-word mention is one that goes with a given name ("Sheikh Khalid", "King Faisal"). */
function givenNameTitled(m: Mention): boolean {
  if (!m.titledSurface && !m.title) return false;
  const before = m.titledSurface ? m.titledSurface.slice(0, Math.max(0, m.titledSurface.length - m.surface.length)).trim() : m.title?.text ?? "";
  const words = key(before).split(" ");
  return words.length > 0 && (lexicon.givenNameTitles.has(words.slice(-2).join(" ")) || lexicon.givenNameTitles.has(words[words.length - 1] ?? ""));
}

/** "Bibi" and "Benjamin", "Tony" and "Antony": the same given name, or one a short form of the other. */
const sameGivenName = (a: string, b: string): boolean => a === b || !!lexicon.nicknames.get(a)?.includes(b) || !!lexicon.nicknames.get(b)?.includes(a);

/** "Ahmed bin Faisal": the last word is a father's name, no family name follows it. */
const patronymicOnly = (a: ActorRecord): boolean => /\b(?:bin|ibn|bint)\s+\S+$/i.test(a.name);

export function resolveMentions(mentions: Mention[]): Cast {
  const cast = new Cast();
  const body = mentions.filter((m) => !m.headline);
  // Surnames a reporting verb follows ("Caddell said"), that a person named in full carries, or that own
  // a relative ("Mitchell's mother") make an unknown two-word name with that surname a person.
  const spokenSurnames = new Set(body.filter((m) => m.speakerPosition && m.first === null && m.last).map((m) => k(m.last)));
  for (const m of body) if (m.kind === "person" && m.first && m.last) spokenSurnames.add(k(m.last));
  for (const m of body) if (m.possessive && m.first === null && m.last && m.relationAfter) spokenSurnames.add(k(m.last));
  for (const m of body) {
    if (m.kind === "unknown" && m.first && m.last && spokenSurnames.has(k(m.last))) {
      m.kind = "person";
      m.reason = "surname used alone as the subject of a reporting verb";
    }
  }
  // 1. Full names.
  for (const m of body) {
    if (!m.first || !m.last) continue;
    const persons = cast.persons();
    const tail = m.kind === "unknown" || m.kind === "person" ? byNameTail(persons, m.surface) : null;
    if (tail) {
      cast.attach(tail, m);
      continue;
    }
    if (m.kind !== "person") continue;
    const same =
      persons.find((a) => k(a.last) === k(m.last) && (a.first === null || sameGivenName(k(a.first), k(m.first)))) ??
      persons.find((a) => a.first !== null && k(a.first) === k(m.first) && a.last !== null && fuzzySurname(k(a.last), k(m.last)));
    const actor = same ?? cast.add("person", m.canonical ?? m.surface, m.first, m.last, m.start);
    if (actor.first === null) {
      actor.first = m.first;
      actor.name = m.canonical ?? m.surface;
    }
    cast.attach(actor, m);
  }
  // 2. Organizations and countries by canonical name.
  for (const m of mentions) {
    if ((m.kind === "organization" || m.kind === "country") && m.canonical) cast.attach(cast.named(m.kind, m.canonical, m.start), m);
  }
  // Nicknames the article put in quotation marks inside a full name ("Benjamin "Bibi" Kessler"), by nickname.
  const quotedNicknames = new Map<string, Set<ActorRecord>>();
  for (const m of body) {
    const a = m.nickname !== undefined ? cast.actorOf(m) : undefined;
    if (a && m.nickname !== undefined) quotedNicknames.set(k(m.nickname), (quotedNicknames.get(k(m.nickname)) ?? new Set()).add(a));
  }
  // 3. Surname-only and titled mentions, then headline words.
  const singles = [...body.filter((m) => !m.first), ...mentions.filter((m) => m.headline)];
  for (const m of singles) {
    if (cast.actorOf(m) || !m.last && m.kind !== "unknown") continue;
    if (m.kind !== "person" && m.kind !== "unknown") continue;
    const surname = k(m.last ?? m.surface);
    const byFirst = (): ActorRecord | null => {
      // People are also called by their given name alone ("Hillary") when no one has it as a surname.
      const holders = cast.persons().filter((a) => k(a.first) === surname);
      return holders.length === 1 ? (holders[0] ?? null) : null;
    };
    // "Bibi" for a Benjamin, or the nickname the article put in quotation marks inside the full name.
    const byNickname = (): ActorRecord | null => {
      const quoted = quotedNicknames.get(surname);
      if (quoted) return quoted.size === 1 ? ([...quoted][0] ?? null) : null;
      const full = lexicon.nicknames.get(surname);
      if (!full) return null;
      const holders = cast.persons().filter((a) => a.first !== null && full.includes(k(a.first)));
      return holders.length === 1 ? (holders[0] ?? null) : null;
    };
    // "the Whitfields' attorney": a family named by its surname is not one of its members.
    if (/s$/.test(surname) && !m.title && cast.persons().some((a) => k(a.last) === surname.slice(0, -1))) continue;
    // "Sheikh Khalid", "King Faisal": a royal or Arabic title names the person by the given name, and the name after
    // "bin" in "Ahmed bin Faisal" is his father's, so "King Faisal" is someone else.
    const royal = (m.titledSurface !== null || m.title !== null) && givenNameTitled(m);
    const candidates = royal ? cast.persons().filter((a) => !patronymicOnly(a)) : cast.persons();
    const hit = bySurname(candidates, surname, m.start, m.kind === "person" || !m.headline, m.gender) ?? (givenNameGender(surname) || royal ? byFirst() : null) ?? byInnerSurname(cast.persons(), surname) ?? byNickname();
    if (hit) {
      cast.attach(hit, m);
      continue;
    }
    // "Orchard said" after "Orchard Technologies": a short form of an organization the article names.
    const org = !m.title && !m.titledSurface ? cast.actors.find((a) => a.kind === "organization" && firstWordIs(key(a.name), surname)) : undefined;
    if (org) {
      cast.attach(org, m);
      continue;
    }

    // A word named only as a source ("according to Vestnik") and by no one's name is a body that reports.
    if (m.reason === ONE_WORD_SOURCE && !m.title && !m.titledSurface) {
      cast.attach(cast.named("organization", m.surface, m.start), m);
      continue;
    }
    if (m.kind === "person" && !m.headline && !lexicon.commonWords.has(surname)) {
      // A public figure the article names only by surname ("President Putin") still gets the full name.
      // "President Isaias" after "Isaias Afwerki": the figure the article already named in full.
      const figure = publicFigure(surname);
      const named = figure ? cast.persons().find((a) => key(a.name) === key(figure.name)) : undefined;
      const actor = named ?? (figure ? cast.add("person", figure.name, figure.first, figure.last, m.start) : cast.add("person", m.last ?? m.surface, null, m.last ?? m.surface, m.start));
      cast.attach(actor, m);
    }
  }
  // Full names of the same person spelled two ways: keep the most frequent spelling as the name.
  for (const a of cast.persons()) {
    const counts = new Map<string, number>();
    // A transcript's "RUTH CALDER:" is the same name as "Ruth Calder" but not how to write it.
    const written = a.mentions.filter((m) => m.first && m.surface !== m.surface.toUpperCase());
    for (const m of written.length ? written : a.mentions) if (m.first) counts.set(m.canonical ?? m.surface, (counts.get(m.canonical ?? m.surface) ?? 0) + 1);
    const best = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
    if (best) a.name = best[0];
  }
  return cast;
}
