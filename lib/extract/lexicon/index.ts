// Loads the lexicon data files once into lookup tables the stages share.
import { tokenize } from "../text/tokenize";
import { key } from "./key";
import commonWords from "./common-words.json";
import capitals from "./capitals.json";
import countries from "./countries.json";
import firstNames from "./first-names.json";
import organizations from "./organizations.json";
import places from "./places.json";
import publicFigures from "./public-figures.json";
import reportingVerbs from "./reporting-verbs.json";
import speechNouns from "./speech-nouns.json";
import titles from "./titles.json";

export type Gender = "m" | "f" | "x";
/** past: a past-tense or participle form ("said", "found", "told"), never also a noun. */
/** reportsObject: the verb's object is what was said ("urged unity", "praised X for Y"). */
export type VerbInfo = { lemma: string; tell: boolean; takesObject: boolean; labels: boolean; weak: boolean; particle: string | null; past: boolean; reportsObject: boolean };

export { key } from "./key";

/** A phrase table: whole phrases for membership tests and a trie of token keys for look-ups in running text. */
/** capsOnly: one-word entries written only as capital abbreviations ("UN"), which a title-case word ("Un") does not name. */
export type PhraseTable = { map: Map<string, string>; trie: TrieNode; capsOnly: Set<string> };
export type TrieNode = { value?: string; next: Map<string, TrieNode> };

function addPath(root: TrieNode, path: string[], value: string): void {
  let node = root;
  for (const step of path) {
    let child = node.next.get(step);
    if (!child) node.next.set(step, (child = { next: new Map() }));
    node = child;
  }
  if (node.value === undefined) node.value = value;
}

function phraseTable(entries: Iterable<[string, string]>): PhraseTable {
  const map = new Map<string, string>();
  const trie: TrieNode = { next: new Map() };
  const abbreviations = new Set<string>();
  const spelledOtherwise = new Set<string>();
  for (const [phrase, value] of entries) {
    const k = key(phrase);
    if (!map.has(k)) map.set(k, value);
    // Tokenized as running text is, so "U.S." is one token and "St. Louis" three.
    const words = tokenize(phrase, 0, phrase.length);
    addPath(trie, words.map((t) => t.lower), value);
    if (words.length === 1) (/^\p{Lu}{2,5}$/u.test(phrase) ? abbreviations : spelledOtherwise).add(k);
  }
  return { map, trie, capsOnly: new Set([...abbreviations].filter((k) => !spelledOtherwise.has(k))) };
}

function* countryNames(): Generator<[string, string]> {
  for (const c of countries.countries) {
    yield [c.name, c.name];
    for (const a of c.aliases) yield [a, c.name];
  }
}
function* orgNames(): Generator<[string, string]> {
  for (const o of organizations.organizations) {
    yield [o.name, o.name];
    for (const a of o.aliases) yield [a, o.name];
  }
}

const genders = new Map<string, Gender>();
for (const n of firstNames.male) genders.set(key(n), "m");
for (const n of firstNames.female) genders.set(key(n), "f");
for (const n of firstNames.either) genders.set(key(n), "x");

/** Lower case without accents, so "Élisabeth" finds "elisabeth". */
export const fold = (s: string): string => (/[^\u0000-\u007f]/.test(s) ? s.normalize("NFD").replace(/\p{M}+/gu, "") : s);
for (const [name, g] of [...genders]) if (!genders.has(fold(name))) genders.set(fold(name), g);

/** A public figure a bare name stands for ("Obama": Barack Obama), with the given name and the form used alone. */
export type PublicFigure = { name: string; first: string; last: string };

/** By the form used alone (keyed and folded); a form two figures share names neither. */
function publicFigureTable(): Map<string, PublicFigure> {
  const table = new Map<string, PublicFigure>();
  const shared = new Set<string>();
  for (const person of publicFigures.people) {
    const words = person.name.split(" ");
    for (const alone of person.alone) {
      const k = fold(key(alone));
      if (table.has(k) && table.get(k)?.name !== person.name) shared.add(k);
      const first = words.find((word) => word !== alone) ?? person.name;
      table.set(k, { name: person.name, first, last: alone });
    }
  }
  for (const k of shared) table.delete(k);
  return table;
}

const figures = publicFigureTable();

/** The public figure a capitalized word names on its own ("Putin", "Erdogan"), or null. */
export function publicFigure(lower: string): PublicFigure | null {
  return figures.get(fold(lower)) ?? null;
}

/** Gender of a given name (accents ignored; "Jean-Pierre" by its parts), or null when it is not one. */
export function givenNameGender(lower: string): Gender | null {
  const g = genders.get(lower) ?? genders.get(fold(lower));
  if (g) return g;
  const dash = lower.indexOf("-");
  if (dash <= 0) return null;
  const a = genders.get(fold(lower.slice(0, dash)));
  const b = genders.get(fold(lower.slice(dash + 1)));
  return a && b ? a : null;
}

const demonyms = new Map<string, string>();
for (const c of countries.countries) for (const d of c.demonyms) demonyms.set(key(d), c.name);

const verbs = new Map<string, VerbInfo>();
for (const v of reportingVerbs.verbs) {
  for (const form of v.forms) {
    const [head, particle] = form.split(" ");
    if (!head || verbs.has(head)) continue;
    const weak = v.weak && !("strongPast" in v && v.strongPast && /ed$/.test(head));
    const lemmaHead = v.lemma.split(" ")[0] ?? v.lemma;
    const past = head !== lemmaHead && !head.endsWith("ing") && head !== `${lemmaHead}s` && head !== `${lemmaHead}es` && !(lemmaHead.endsWith("y") && head === `${lemmaHead.slice(0, -1)}ies`);
    verbs.set(head, { lemma: v.lemma, tell: v.tell, takesObject: v.takesObject, labels: v.labels, weak, particle: particle ?? null, past, reportsObject: "reportsObject" in v && v.reportsObject === true });
  }
}

const abbreviations = new Map<string, string>(Object.entries(titles.abbreviations).map(([k, v]) => [key(k), v]));
const titleHeads = phraseTable(titles.heads.map((h) => [h, h]));
for (const [abbr, full] of abbreviations) {
  titleHeads.map.set(abbr, key(full));
  addPath(titleHeads.trie, [abbr], key(full));
}

/** Last words of plural title heads ("officials", "aides", "spokesmen"): a plural noun names a group, never one person's role. */
function pluralTitleWords(heads: string[]): Set<string> {
  const words = new Set(heads.map((h) => key(h).split(" ").pop() ?? ""));
  const out = new Set<string>();
  for (const w of words) {
    const singular = w.endsWith("men") ? `${w.slice(0, -3)}man` : w.endsWith("people") ? `${w.slice(0, -6)}person` : w.endsWith("s") ? w.slice(0, -1) : "";
    if (singular && (words.has(singular) || (w.endsWith("es") && words.has(w.slice(0, -2))))) out.add(w);
  }
  for (const [abbr, full] of abbreviations) if (out.has(key(full).split(" ").pop() ?? "")) out.add(abbr);
  return out;
}

export const lexicon = {
  countries: phraseTable(countryNames()),
  organizations: phraseTable(orgNames()),
  places: phraseTable(places.places.map((p) => [p, p])),
  orgHeads: new Set(organizations.heads.words.map(key)),
  documentHeads: new Set(organizations.documentHeads.words.map(key)),
  groupNouns: new Set(organizations.groupNouns.words.map(key)),
  orgAppositives: new Set(organizations.appositiveNouns.words.map(key)),
  relations: new Set(titles.relations.words.map(key)),
  placeHeads: new Set(places.heads.words.map(key)),
  epithets: new Set(titles.epithets.words.map(key)),
  surnameFirst: new Set(firstNames.surnameFirst.surnames.map(key)),
  /** A short form ("bibi") and the given names it stands for ("benjamin"). */
  nicknames: new Map<string, string[]>(Object.entries(firstNames.nicknames.forms).map(([short, full]) => [key(short), full.map(key)])),
  japaneseSurnames: new Set(firstNames.japaneseSurnames.words.map(key)),
  demonyms,
  genders,
  commonWords: new Set(commonWords.words.map(key)),
  titleHeads,
  titleModifiers: new Set(titles.modifiers.map(key)),
  pluralTitleWords: pluralTitleWords(titles.heads),
  honorifics: new Set(titles.honorifics.map(key)),
  givenNameTitles: new Set(titles.givenNameTitles.words.map(key)),
  abbreviations,
  roleSynonyms: new Map<string, string[]>(Object.entries(titles.roleNouns.synonyms)),
  verbs,
  speakerNouns: new Set(speechNouns.speakers.map(key)),
  utteranceNouns: new Set(speechNouns.utterances.map(key)),
  organizationNouns: speechNouns.organizations.words.map(key),
  contentNouns: new Set(speechNouns.contents.words.map(key)),
  documentNouns: new Set(speechNouns.documents.words.map(key)),
  /** A capital city's country, for "Tehran warned" (keys as `key` makes them). */
  capitals: new Map<string, string>(Object.entries(capitals.capitals).map(([city, country]) => [key(city), country])),
};

/** Gender a honorific implies, if any. */
export function honorificGender(word: string): Gender | null {
  const k = key(word).replace(/\.$/, "");
  if (k === "mr" || k === "sir" || k === "lord" || k === "father" || k === "herr" || k === "monsieur" || k === "señor" || k === "senor") return "m";
  if (k === "mrs" || k === "ms" || k === "miss" || k === "dame" || k === "lady" || k === "madame" || k === "mme" || k === "frau" || k === "señora" || k === "senora") return "f";
  return null;
}
