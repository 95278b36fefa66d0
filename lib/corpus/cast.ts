// The people and organizations a corpus reports on. Popularity follows a Zipf law, so a few people appear
// in thousands of articles (the pages that must stay fast) and most in a handful.
import { familyNames, GIVEN_NAMES } from "./name-pools";
import { createRandom, drawRank, zipfTable, type Random } from "./random";
import { COUNTRIES, ORGANIZATION_TITLES, organizationNames, STATE_TITLES, type Country } from "./world-pools";

export type Person = {
  name: string;
  family: string;
  pronoun: "he" | "she";
  title: string;
  /** A state official speaks for a country; anyone else for an organization. */
  country: Country | null;
  organization: string | null;
};

export type Cast = { people: Person[]; organizations: string[]; draw(random: Random): Person };

export const CAST_SIZE = 3000;
const POPULARITY_EXPONENT = 0.9;

/** The same cast for a seed whatever the corpus size, so a small corpus is a prefix of a large one. */
export function buildCast(seed: number, size = CAST_SIZE): Cast {
  const random = createRandom(seed ^ 0x5eed);
  const families = familyNames(Math.ceil(size / 2), seed);
  const organizations = random.sample(organizationNames(), 400);
  const taken = new Set<string>();
  const people: Person[] = [];
  while (people.length < size) {
    const female = random.chance(0.45);
    const given = random.pick(female ? GIVEN_NAMES.female : GIVEN_NAMES.male);
    const family = random.pick(families);
    const name = `${given} ${family}`;
    if (taken.has(name)) continue;
    taken.add(name);
    const official = random.chance(0.6);
    people.push({
      name,
      family,
      pronoun: female ? "she" : "he",
      title: official ? random.pick(STATE_TITLES) : random.pick(ORGANIZATION_TITLES),
      country: official ? random.pick(COUNTRIES) : null,
      organization: official ? null : random.pick(organizations),
    });
  }
  const ranks = zipfTable(people.length, POPULARITY_EXPONENT);
  return { people, organizations, draw: (r) => people[drawRank(r, ranks)] as Person };
}
