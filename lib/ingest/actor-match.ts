// Whether an article's actor is one the record already knows: pure rules shared by every ingest path.
import type { Actor as ExtractedActor } from "@/lib/extract/schema";
import { extendsName, lastToken, nameSimilarity, nameTokens, normalizeName, samePersonName } from "./names";

/** An actor of the record as resolution sees it; `forms` are its normalized aliases and name. */
export type KnownActor = { id: number; slug: string; name: string; kind: string; forms: Set<string>; evidenced: boolean };

export const isPerson = (kind: string) => kind === "person";
// Organizations, groups and countries are often tagged differently by different articles; a person never is one of them.
const compatible = (a: string, b: string) => isPerson(a) === isPerson(b);

export function findMatch(local: ExtractedActor, known: KnownActor[]): { actor: KnownActor; upgrade: boolean } | null {
  const name = normalizeName(local.name);
  const localForms = new Set([name, ...local.aliases.map(normalizeName)]);
  const candidates = known.filter((actor) => compatible(actor.kind, local.kind));
  const exact = candidates.find((actor) => {
    if (normalizeName(actor.name) === name) return true;
    if (!isPerson(local.kind)) return actor.forms.has(name) || localForms.has(normalizeName(actor.name));
    // For people only full names decide: "Netanyahu" alone can be more than one person.
    if (nameTokens(local.name).length > 1 && actor.forms.has(name)) return true;
    return samePersonName(actor.name, local.name);
  });
  if (exact) return { actor: exact, upgrade: isPerson(local.kind) && extendsName(local.name, exact.name) };
  if (!isPerson(local.kind)) return null;
  const tokens = nameTokens(local.name);
  // A bare family name joins the one person of that name; a full name completes a bare one.
  const unique = (matches: KnownActor[]) => (matches.length === 1 ? matches[0] : undefined);
  if (tokens.length === 1) {
    const match = unique(candidates.filter((actor) => lastToken(actor.name) === name));
    return match ? { actor: match, upgrade: false } : null;
  }
  const bare = unique(candidates.filter((actor) => nameTokens(actor.name).length === 1 && extendsName(local.name, actor.name)));
  return bare ? { actor: bare, upgrade: true } : null;
}

/** Whether `previous`, an actor only this article named, is `local` renamed by an edit. */
export function isRenamed(previous: KnownActor, local: ExtractedActor): boolean {
  if (!compatible(previous.kind, local.kind)) return false;
  if (isPerson(local.kind) && lastToken(previous.name) === lastToken(local.name)) return true;
  return nameSimilarity(previous.name, local.name) >= 0.75;
}

/**
 * What an actor query must return so that findMatch sees every actor it could match: people by the last word
 * of their name, anyone by a normalized alias (an actor's own name is always among its aliases).
 */
export function candidateKeys(actors: ExtractedActor[]): { lastWords: string[]; forms: string[] } {
  const lastWords = new Set<string>();
  const forms = new Set<string>();
  for (const actor of actors) {
    for (const form of [actor.name, ...actor.aliases].map(normalizeName)) if (form) forms.add(form);
    if (isPerson(actor.kind)) lastWords.add(lastToken(actor.name));
  }
  return { lastWords: [...lastWords].filter(Boolean), forms: [...forms] };
}

/**
 * The actors of a batch, in order, indexed by the keys candidateKeys uses: findMatch over candidatesFor(local)
 * gives what findMatch over the whole list gives, without comparing every name with every other.
 */
export class ActorIndex<A extends KnownActor> {
  readonly list: A[] = [];
  private readonly position = new Map<A, number>();
  private readonly byLastWord = new Map<string, Set<A>>();
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
    if (isPerson(actor.kind)) ActorIndex.put(this.byLastWord, lastToken(actor.name), actor);
    ActorIndex.put(this.byForm, normalizeName(actor.name), actor);
  }

  addForm(actor: A, form: string): void {
    actor.forms.add(form);
    ActorIndex.put(this.byForm, form, actor);
  }

  candidatesFor(local: ExtractedActor): A[] {
    const found = new Set<A>();
    const { lastWords, forms } = candidateKeys([local]);
    for (const word of lastWords) for (const actor of this.byLastWord.get(word) ?? []) found.add(actor);
    for (const form of forms) for (const actor of this.byForm.get(form) ?? []) found.add(actor);
    return [...found].sort((a, b) => (this.position.get(a) ?? 0) - (this.position.get(b) ?? 0));
  }
}
