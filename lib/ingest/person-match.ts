// Whether a person an article names is a person the record knows. Rules as data, tried in order: the first rule
// some candidate fits decides. Names alone decide only when they are the same name; every looser rule asks for
// evidence from the roles articles give (a title or affiliation in common), and none merges two people because
// they share one name part.
import type { Actor as ExtractedActor } from "@/lib/extract/schema";
import { familyName, foldToken, givenName, isParticle, isRegnalTitle, lineage, personName, sameGivenName, type PersonName } from "./name-forms";
import { editDistance, normalizeName } from "./names";
import { rolesConflict, shareRole, summarizeRoles, type RoleSummary } from "./role-evidence";

/** A person of the record as these rules see it; `forms` are its normalized aliases and name, `roles` what articles call it. */
export type PersonCandidate = { name: string; forms: Set<string>; roles: RoleSummary };

type Side = { name: PersonName; normalized: string; forms: Set<string>; roles: RoleSummary; regnal: boolean };

type Evidence = "none" | "no conflict" | "shared role";

type PersonRule = {
  name: string;
  reason: string;
  evidence: Evidence;
  /** True when the rule decides only if exactly one candidate fits it (a looser rule must not pick among several). */
  unique: boolean;
  fits(local: Side, known: Side): boolean;
};

const REGNAL_NUMBER = /^(ii|iii|iv|vi|vii|viii)$/;

/** A one-word name of a monarch or sheikh: a given name ("King Halim", "Halim II"), never a family name. */
function isRegnal(name: PersonName, forms: Set<string>, roles: RoleSummary): boolean {
  if (name.core.length !== 1) return false;
  const numbered = [...forms].some((form) => {
    const parsed = personName(form);
    return parsed.core.length === 1 && REGNAL_NUMBER.test(parsed.suffix ?? "");
  });
  return numbered || REGNAL_NUMBER.test(name.suffix ?? "") || roles.titles.some(isRegnalTitle);
}

function side(name: string, forms: Iterable<string>, roles: RoleSummary): Side {
  const parsed = personName(name);
  const normalized = normalizeName(name);
  const formSet = new Set([normalized, ...forms]);
  return { name: parsed, normalized, forms: formSet, roles, regnal: isRegnal(parsed, formSet, roles) };
}

const folded = (tokens: string[]) => tokens.map(foldToken);
const full = (name: PersonName) => name.core.length >= 2;
const sameTokens = (a: string[], b: string[]) => a.length === b.length && a.every((token, index) => token === b[index]);
const endsWith = (long: string[], short: string[]) => long.length > short.length && sameTokens(long.slice(long.length - short.length), short);
const startsWith = (long: string[], short: string[]) => long.length > short.length && sameTokens(long.slice(0, short.length), short);

export const PERSON_RULES: PersonRule[] = [
  {
    name: "same name",
    reason: "The same name, or a full name the record already knows this person by.",
    evidence: "none",
    unique: false,
    fits: (local, known) => local.normalized === known.normalized || (local.name.tokens.length > 1 && known.forms.has(local.normalized)),
  },
  {
    name: "same first and family name",
    reason: "Middle names and initials come and go (\"Ana M. Ruiz\", \"Ana Ruiz\"); the same suffix, or none, on both.",
    evidence: "none",
    unique: false,
    fits: (local, known) => full(local.name) && full(known.name) && givenName(local.name) === givenName(known.name) && familyName(local.name) === familyName(known.name) && local.name.suffix === known.name.suffix,
  },
  {
    name: "a suffix on one side",
    reason: "\"Carl Mott III\" may be \"Carl Mott\", or his father: only a role in common tells.",
    evidence: "shared role",
    unique: true,
    fits: (local, known) =>
      full(local.name) && full(known.name) && givenName(local.name) === givenName(known.name) && familyName(local.name) === familyName(known.name) && (local.name.suffix === null) !== (known.name.suffix === null),
  },
  {
    name: "family name alone",
    reason:
      "\"Ruiz\" is the one Ruiz the record knows (by family name, or by a one-word name an article gave: \"Xi\" for \"Xi Wenbo\"), unless their roles say otherwise; a monarch's one name is a given name.",
    evidence: "no conflict",
    unique: true,
    fits: (local, known) => {
      const word = local.name.core[0];
      if (local.name.core.length !== 1 || word === undefined || !full(known.name) || known.name.suffix !== null || local.regnal) return false;
      return familyName(known.name) === word || known.forms.has(word);
    },
  },
  {
    name: "full name completes a family name",
    reason: "\"Ana Ruiz\" is the person another article called only \"Ruiz\", unless their roles say otherwise or that one name was a monarch's.",
    evidence: "no conflict",
    unique: true,
    fits: (local, known) => full(local.name) && known.name.core.length === 1 && familyName(local.name) === known.name.core[0] && !known.regnal,
  },
  {
    name: "familiar given name",
    reason: "\"Bill Hadley\" and \"William Hadley\" with a role in common.",
    evidence: "shared role",
    unique: true,
    fits: (local, known) =>
      full(local.name) && full(known.name) && familyName(local.name) === familyName(known.name) && givenName(local.name) !== givenName(known.name) && sameGivenName(givenName(local.name), givenName(known.name)),
  },
  {
    name: "transliteration",
    reason: "\"Abdel Karim al-Sissi\" and \"Abdul Karim el-Sisi\": every word spelled alike but for vowels, doubled letters and al/el, with a role in common.",
    evidence: "shared role",
    unique: true,
    fits: (local, known) => full(local.name) && sameTokens(folded(local.name.core), folded(known.name.core)),
  },
  {
    name: "misspelling",
    reason: "\"Tomas Verbrugge\" and \"Tomas Verbrugghe\": one word off by a letter or two (one in four at most), the same initials, with a role in common.",
    evidence: "shared role",
    unique: true,
    fits: (local, known) => {
      const [a, b] = [local.name.core, known.name.core];
      if (!full(local.name) || a.length !== b.length) return false;
      const differing = a.flatMap((token, index) => (token === b[index] ? [] : [[token, b[index] ?? ""] as const]));
      const [pair] = differing;
      if (differing.length !== 1 || !pair || pair[0][0] !== pair[1][0]) return false;
      return editDistance(pair[0], pair[1]) <= Math.max(1, Math.floor(Math.max(pair[0].length, pair[1].length) / 4));
    },
  },
  {
    name: "lineage",
    reason: "\"Nasir bin Farid\" and \"Nasir bin Farid Al Hamdan\": the same given name and lineage, a family name added, with a role in common.",
    evidence: "shared role",
    unique: true,
    fits: (local, known) => {
      const line = lineage(local.name);
      if (line === null || line !== lineage(known.name)) return false;
      const [a, b] = [folded(local.name.core), folded(known.name.core)];
      return startsWith(a, b) || startsWith(b, a);
    },
  },
  {
    name: "end of a longer name",
    reason: "\"Lucas da Costa\" and \"Marco Aurelio Lucas da Costa\": the shorter name is how the longer one ends, with a role in common.",
    evidence: "shared role",
    unique: true,
    fits: (local, known) => {
      const [a, b] = [folded(local.name.core), folded(known.name.core)];
      const [long, short] = a.length > b.length ? [a, b] : [b, a];
      return short.filter((token) => !isParticle(token)).length >= 2 && endsWith(long, short);
    },
  },
];

// "Jr." and "Sr.", "II" and "III" are a father and a son, a king and his namesake, however alike the rest.
const differentSuffixes = (local: Side, known: Side) => local.name.suffix !== null && known.name.suffix !== null && local.name.suffix !== known.name.suffix;

function evidenceHolds(evidence: Evidence, local: Side, known: Side): boolean {
  if (differentSuffixes(local, known)) return false;
  if (evidence === "none") return true;
  if (evidence === "no conflict") return !rolesConflict(local.roles, known.roles);
  return shareRole(local.roles, known.roles);
}

/** The local name says more: "Ana M. Ruiz III" over "Ana Ruiz", never the other way. */
function fuller(local: PersonName, known: PersonName): boolean {
  const words = new Set(folded(local.core));
  return local.tokens.length > known.tokens.length && folded(known.core).every((token) => words.has(token));
}

export type PersonMatch<A> = { actor: A; upgrade: boolean; rule: string };

/** The only candidate, or of several ("Ruiz" when the record knows two) the only one whose role the article gives. */
function theOne<C extends { side: Side }>(fits: C[], local: Side): C | undefined {
  if (fits.length === 1) return fits[0];
  const sharing = fits.filter((candidate) => shareRole(local.roles, candidate.side.roles));
  return sharing.length === 1 ? sharing[0] : undefined;
}

export function matchPerson<A extends PersonCandidate>(local: ExtractedActor, candidates: A[]): PersonMatch<A> | null {
  const me = side(local.name, local.aliases.map(normalizeName), summarizeRoles(local.roles));
  const known = candidates.map((actor) => ({ actor, side: side(actor.name, actor.forms, actor.roles) }));
  for (const rule of PERSON_RULES) {
    const fits = known.filter((candidate) => rule.fits(me, candidate.side) && evidenceHolds(rule.evidence, me, candidate.side));
    if (fits.length === 0) continue;
    const chosen = rule.unique ? theOne(fits, me) : fits[0];
    // Two people fit and no role tells them apart: a looser rule further down must not guess between them either.
    if (!chosen) return null;
    return { actor: chosen.actor, upgrade: fuller(me.name, chosen.side.name), rule: rule.name };
  }
  return null;
}
