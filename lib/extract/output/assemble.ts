// Turns the stages' records into the contract's shape with stable ids in text order.
import { surnameOf, type ActorRecord, type Cast } from "../entities/cast";
import { key, lexicon } from "../lexicon";
import type { Actor, Role, Span } from "../schema";

/** "Mr. Reed", "Dr. Lina Park", "Sen. Ann Lee (D-Mo.)": a form of address and the name, as the article styles it. */
function addressForm(titled: string, surface: string): boolean {
  const at = titled.indexOf(surface);
  if (at <= 0) return false;
  const prefix = titled.slice(0, at).trim();
  const tail = titled.slice(at + surface.length);
  const word = key(prefix.replace(/\.$/, ""));
  // Only a one-word honorific or an abbreviated title of address ("Sen.", "Gov."), never a title phrase.
  const address = lexicon.honorifics.has(word) || (prefix.endsWith(".") && lexicon.abbreviations.has(word));
  return address && (tail === "" || /^ \([^()]{1,20}\)$/.test(tail));
}

/** Where the article first names the actor (plain loops: spreading arrays of mixed kinds deoptimizes). */
function firstSpan(a: ActorRecord): number {
  let first = a.order;
  for (const m of a.mentions) if (m.start < first) first = m.start;
  for (const s of a.otherSpans) if (s.start < first) first = s.start;
  return first;
}

/** Every span naming the actor, in text order, each start once. */
function spansOf(a: ActorRecord): Span[] {
  const all: Span[] = [];
  for (const m of a.mentions) all.push({ start: m.start, end: m.end });
  for (const s of a.otherSpans) all.push({ start: s.start, end: s.end });
  all.sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of all) if (out.length === 0 || out[out.length - 1]?.start !== s.start) out.push(s);
  return out;
}

/** "Secretary" beside "Secretary of State": a shorter form of a title already listed adds nothing. */
function distinctRoles(roles: Role[]): Role[] {
  return roles.filter((r) => {
    const t = key(r.title);
    return !roles.some((o) => {
      const u = key(o.title);
      return o !== r && u !== t && (u.startsWith(`${t} `) || u.endsWith(` ${t}`)) && (!r.affiliation || r.affiliation === o.affiliation);
    });
  });
}

/** Actors worth listing: people, organizations and countries the article names. */
export function assembleActors(text: string, cast: Cast): { actors: Actor[]; idOf: Map<ActorRecord, string> } {
  const listed = cast.actors
    .filter((a) => a.kind !== "group" || a.mentions.length > 0)
    .map((a) => ({ a, first: firstSpan(a) }))
    .sort((x, y) => x.first - y.first);
  const idOf = new Map<ActorRecord, string>();
  const actors: Actor[] = [];
  for (const { a } of listed) {
    const id = `a${actors.length + 1}`;
    idOf.set(a, id);
    // Aliases are other ways of writing the name ("Gantz", a misspelling, "Mr. Gantz"), never a title phrase before it
    // or a phrase that merely refers to the actor ("the premier"): those stay in `mentions`.
    const aliases = new Set<string>();
    for (const m of a.mentions) {
      if (m.surface !== a.name) aliases.add(m.surface);
      // "Benjamin "Bibi" Kessler": the quoted nickname is another name of the person.
      if (m.nickname) aliases.add(m.nickname);
      if (m.titledSurface && m.titledSurface !== a.name && addressForm(m.titledSurface, m.surface)) aliases.add(m.titledSurface);
    }
    // The surname alone is how later mentions and readers refer to a person named in full.
    if (a.kind === "person" && a.first && a.last && a.last !== a.name) aliases.add(surnameOf(a.name, a.last));
    const mentions = spansOf(a);
    actors.push({ id, name: a.name, kind: a.kind, aliases: [...aliases], roles: distinctRoles(a.roles), mentions });
  }
  return { actors, idOf };
}
