// The ways one person's name varies between articles: a generational suffix, a lineage ("bin"), particles, a
// familiar given name, a transliteration. The word lists are data (name-lexicon.json), each with its reason.
import lexicon from "./name-lexicon.json";
import { nameTokens } from "./names";

const SUFFIXES = new Set(lexicon.generationalSuffixes.words);
const LINEAGE = new Set(lexicon.lineageParticles.words);
const PARTICLES = new Set(lexicon.nameParticles.words);
const SAME_PARTICLE: Record<string, string> = lexicon.nameParticles.sameAs;
const REGNAL_TITLES = lexicon.regnalTitles.titles.map((title) => ` ${title} `);
const GIVEN_NAME_GROUPS = new Map<string, number[]>();
lexicon.givenNameForms.groups.forEach((group, index) => {
  for (const form of group) GIVEN_NAME_GROUPS.set(form, [...(GIVEN_NAME_GROUPS.get(form) ?? []), index]);
});

/** A person's name as compared: its words, and the same without a generational suffix ("iii"). */
export type PersonName = { tokens: string[]; core: string[]; suffix: string | null };

export function personName(name: string): PersonName {
  const tokens = nameTokens(name);
  const last = tokens.at(-1);
  const suffix = tokens.length > 1 && last !== undefined && SUFFIXES.has(last) ? last : null;
  return { tokens, core: suffix ? tokens.slice(0, -1) : tokens, suffix };
}

/** The family name as written last, suffix aside ("austin" for "Lloyd J. Austin III"). */
export const familyName = (name: PersonName): string => name.core.at(-1) ?? "";
export const givenName = (name: PersonName): string => name.core[0] ?? "";

/**
 * A spelling key that transliterations of one name share: one particle for al/el/ul, doubled letters single, y
 * inside a word as i, every run of vowels as one ("Sissi" and "Sisi", "Abdel" and "Abdul", "Mohammed" and "Muhammad").
 */
export function foldToken(token: string): string {
  const particle = SAME_PARTICLE[token] ?? token;
  return particle
    .replace(/(.)\1+/g, "$1")
    .replace(/(?!^)y/g, "i")
    .replace(/[aeiou]+/g, "a");
}

export const isParticle = (token: string): boolean => PARTICLES.has(token) || LINEAGE.has(token);

/** "nasir bin farid" for "Nasir bin Farid Al Hamdan": the given name and its lineage, folded; null without a lineage. */
export function lineage(name: PersonName): string | null {
  const at = name.core.findIndex((token, index) => index > 0 && LINEAGE.has(token));
  if (at < 1 || at + 1 >= name.core.length) return null;
  return name.core.slice(0, at + 2).map(foldToken).join(" ");
}

/** The same given name, or a familiar form of it ("bill" and "william"). */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const groups = GIVEN_NAME_GROUPS.get(a) ?? [];
  return (GIVEN_NAME_GROUPS.get(b) ?? []).some((group) => groups.includes(group));
}

/** Whether a title is one monarchs and sheikhs carry before their given name ("King", "Crown Prince"). */
export function isRegnalTitle(title: string): boolean {
  const words = ` ${nameTokens(title).join(" ")} `;
  return REGNAL_TITLES.some((regnal) => words.includes(regnal));
}
