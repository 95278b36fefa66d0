// What the roles articles give two actors say about whether they are one person: a title or an affiliation in
// common is evidence for; different affiliations and no title in common is evidence against.
import { nameTokens, normalizeName } from "./names";

/** The distinct titles and affiliations articles give an actor (as written; compared normalized). */
export type RoleSummary = { titles: string[]; affiliations: string[] };

export function summarizeRoles(roles: Array<{ title: string; affiliation: string | null }>): RoleSummary {
  return { titles: [...new Set(roles.map((role) => role.title))], affiliations: [...new Set(roles.flatMap((role) => (role.affiliation ? [role.affiliation] : [])))] };
}

/** Adds what `more` holds to `into`, each value once. */
export function addToSummary(into: RoleSummary, more: RoleSummary): void {
  for (const title of more.titles) if (!into.titles.includes(title)) into.titles.push(title);
  for (const affiliation of more.affiliations) if (!into.affiliations.includes(affiliation)) into.affiliations.push(affiliation);
}

// Words that link a title's parts and say nothing of the office ("Secretary of Defense" is "Defense Secretary").
const LINKING_WORDS = new Set(["of", "the", "for", "to", "and", "a", "an", "on", "in"]);

const titleWords = (title: string) => new Set(nameTokens(title).filter((word) => !LINKING_WORDS.has(word)));

/** One title's words all among the other's: "Defense Secretary" and "Secretary of Defense" agree, "Foreign Minister" and "Finance Minister" do not. */
export function titlesAgree(a: string, b: string): boolean {
  const left = titleWords(a);
  const right = titleWords(b);
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  return small.size > 0 && [...small].every((word) => large.has(word));
}

const affiliationKeys = (summary: RoleSummary) => new Set(summary.affiliations.map(normalizeName).filter(Boolean));

const anyTitleAgrees = (a: RoleSummary, b: RoleSummary) => a.titles.some((left) => b.titles.some((right) => titlesAgree(left, right)));

/** A title or an affiliation in common. */
export function shareRole(a: RoleSummary, b: RoleSummary): boolean {
  const right = affiliationKeys(b);
  return anyTitleAgrees(a, b) || [...affiliationKeys(a)].some((affiliation) => right.has(affiliation));
}

/** Both serve someone, never the same one, and no title in common: two people ("King of Eastmark", "general of Westmark"). */
export function rolesConflict(a: RoleSummary, b: RoleSummary): boolean {
  const left = affiliationKeys(a);
  const right = affiliationKeys(b);
  if (left.size === 0 || right.size === 0 || [...left].some((affiliation) => right.has(affiliation))) return false;
  return !anyTitleAgrees(a, b);
}
