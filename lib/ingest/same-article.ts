// One article may name a person in full and elsewhere by the given name alone ("Nasir bin Farid Al Hamdan" ...
// "Sheikh Nasir"): the full name in the same article is the evidence that the one word is that person.
import type { Actor as ExtractedActor } from "@/lib/extract/schema";
import { familyName, foldToken, givenName, personName } from "./name-forms";
import { rolesConflict, summarizeRoles } from "./role-evidence";

const isPerson = (actor: ExtractedActor) => actor.kind === "person";

/**
 * For each one-word person name that is the given name of exactly one full name in the article, and nobody's
 * family name there, the id of that full name's actor (unless their roles conflict).
 */
export function givenNameReferences(actors: ExtractedActor[]): Map<string, string> {
  const people = actors.filter(isPerson).map((actor) => ({ actor, name: personName(actor.name) }));
  const full = people.filter((person) => person.name.core.length >= 2);
  const familyNames = new Set(full.map((person) => foldToken(familyName(person.name))));
  const references = new Map<string, string>();
  for (const person of people) {
    if (person.name.core.length !== 1) continue;
    const word = foldToken(person.name.core[0] ?? "");
    if (familyNames.has(word)) continue;
    const named = full.filter((other) => foldToken(givenName(other.name)) === word);
    const only = named.length === 1 ? named[0] : undefined;
    if (only && !rolesConflict(summarizeRoles(person.actor.roles), summarizeRoles(only.actor.roles))) references.set(person.actor.id, only.actor.id);
  }
  return references;
}
