// Whether an article's actor is one the record already knows: pure rules shared by every ingest path.
import type { Actor as ExtractedActor } from "@/lib/extract/schema";
import { familyName, personName } from "./name-forms";
import { nameKeys } from "./name-keys";
import { nameSimilarity, normalizeName } from "./names";
import { matchPerson } from "./person-match";
import { addToSummary, summarizeRoles, type RoleSummary } from "./role-evidence";

/** An actor of the record as resolution sees it; `forms` are its normalized aliases and name, `roles` the titles and affiliations articles give it. */
export type KnownActor = { id: number; slug: string; name: string; kind: string; forms: Set<string>; roles: RoleSummary; evidenced: boolean };

export const isPerson = (kind: string) => kind === "person";
// Organizations, groups and countries are often tagged differently by different articles; a person never is one of them.
const compatible = (a: string, b: string) => isPerson(a) === isPerson(b);

export function findMatch<A extends KnownActor>(local: ExtractedActor, known: A[]): { actor: A; upgrade: boolean } | null {
  const candidates = known.filter((actor) => compatible(actor.kind, local.kind));
  if (isPerson(local.kind)) return matchPerson(local, candidates);
  const name = normalizeName(local.name);
  const localForms = new Set([name, ...local.aliases.map(normalizeName)]);
  const exact = candidates.find((actor) => normalizeName(actor.name) === name || actor.forms.has(name) || localForms.has(normalizeName(actor.name)));
  return exact ? { actor: exact, upgrade: false } : null;
}

/** Whether `previous`, an actor only this article named, is `local` renamed by an edit. */
export function isRenamed(previous: KnownActor, local: ExtractedActor): boolean {
  if (!compatible(previous.kind, local.kind)) return false;
  if (isPerson(local.kind) && familyName(personName(previous.name)) === familyName(personName(local.name))) return true;
  return nameSimilarity(previous.name, local.name) >= 0.75;
}

/**
 * What an actor query must return so that findMatch sees every actor it could match: people by their name keys
 * (lib/ingest/name-keys.ts), anyone by a normalized alias (an actor's own name is always among its aliases).
 */
export function candidateKeys(actors: ExtractedActor[]): { keys: string[]; forms: string[] } {
  const keys = new Set<string>();
  const forms = new Set<string>();
  for (const actor of actors) {
    for (const form of [actor.name, ...actor.aliases].map(normalizeName)) if (form) forms.add(form);
    for (const key of nameKeys(actor.name, actor.kind)) keys.add(key);
  }
  return { keys: [...keys], forms: [...forms] };
}

/**
 * The actors of a batch, in order, indexed by the keys candidateKeys uses: findMatch over candidatesFor(local)
 * gives what findMatch over the whole list gives, without comparing every name with every other.
 */
export class ActorIndex<A extends KnownActor> {
  readonly list: A[] = [];
  private readonly position = new Map<A, number>();
  private readonly byKey = new Map<string, Set<A>>();
  private readonly byForm = new Map<string, Set<A>>();

  private static put<A>(map: Map<string, Set<A>>, key: string, actor: A): void {
    const set = map.get(key);
    if (set) set.add(actor);
    else map.set(key, new Set([actor]));
  }

  add(actor: A): void {
    this.position.set(actor, this.list.length);
    this.list.push(actor);
    this.keyName(actor);
    for (const form of actor.forms) ActorIndex.put(this.byForm, form, actor);
  }

  /** Call after an actor's name changed (its old keys stay: extra candidates are harmless). */
  keyName(actor: A): void {
    for (const key of nameKeys(actor.name, actor.kind)) ActorIndex.put(this.byKey, key, actor);
    ActorIndex.put(this.byForm, normalizeName(actor.name), actor);
  }

  addForm(actor: A, form: string): void {
    actor.forms.add(form);
    ActorIndex.put(this.byForm, form, actor);
  }

  candidatesFor(local: ExtractedActor): A[] {
    const found = new Set<A>();
    const { keys, forms } = candidateKeys([local]);
    for (const key of keys) for (const actor of this.byKey.get(key) ?? []) found.add(actor);
    for (const form of forms) for (const actor of this.byForm.get(form) ?? []) found.add(actor);
    return [...found].sort((a, b) => (this.position.get(a) ?? 0) - (this.position.get(b) ?? 0));
  }
}

/** Adds the roles an article gives an actor to what resolution knows of it. */
export function addRoles(actor: KnownActor, roles: ExtractedActor["roles"]): void {
  addToSummary(actor.roles, summarizeRoles(roles));
}
