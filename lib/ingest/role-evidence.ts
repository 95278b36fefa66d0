// What the roles articles give two actors say about whether they are one person: a title or an affiliation in
// common is evidence for; different affiliations and no title in common is evidence against.
import { nameTokens, normalizeName } from "./names";

export type RoleKey = { title: string; affiliation: string | null };

// Words that link a title's parts and say nothing of the office ("Secretary of Defense" is "Defense Secretary").
const LINKING_WORDS = new Set(["of", "the", "for", "to", "and", "a", "an", "on", "in"]);

const titleWords = (title: string) => new Set(nameTokens(title).filter((word) => !LINKING_WORDS.has(word)));

/** One title's words all among the other's: "Foreign Minister" and "Minister of Foreign Affairs" do not, "Defense Secretary" and "Secretary of Defense" do. */
export function titlesAgree(a: string, b: string): boolean {
  const left = titleWords(a);
  const right = titleWords(b);
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  return small.size > 0 && [...small].every((word) => large.has(word));
}

const affiliations = (roles: RoleKey[]) => new Set(roles.flatMap((role) => (role.affiliation ? [normalizeName(role.affiliation)] : [])));

const anyTitleAgrees = (a: RoleKey[], b: RoleKey[]) => a.some((left) => b.some((right) => titlesAgree(left.title, right.title)));

/** A title or an affiliation in common. */
export function shareRole(a: RoleKey[], b: RoleKey[]): boolean {
  const right = affiliations(b);
  return anyTitleAgrees(a, b) || [...affiliations(a)].some((affiliation) => right.has(affiliation));
}

/** Both serve someone, never the same one, and no title in common: two people ("King of Eastmark", "general of Westmark"). */
export function rolesConflict(a: RoleKey[], b: RoleKey[]): boolean {
  const left = affiliations(a);
  const right = affiliations(b);
  if (left.size === 0 || right.size === 0 || [...left].some((affiliation) => right.has(affiliation))) return false;
  return !anyTitleAgrees(a, b);
}
