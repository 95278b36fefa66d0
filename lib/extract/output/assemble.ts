// Turns the stages' records into the contract's shape with stable ids in text order.
import { surnameOf, type ActorRecord, type Cast } from "../entities/cast";
import type { Actor, Span } from "../schema";

/** Actors worth listing: people, organizations and countries the article names. */
export function assembleActors(text: string, cast: Cast): { actors: Actor[]; idOf: Map<ActorRecord, string> } {
  const listed = cast.actors
    .filter((a) => a.kind !== "group" || a.mentions.length > 0)
    .map((a) => ({ a, first: Math.min(...a.mentions.map((m) => m.start), ...a.otherSpans.map((s) => s.start), a.order) }))
    .sort((x, y) => x.first - y.first);
  const idOf = new Map<ActorRecord, string>();
  const actors: Actor[] = [];
  for (const { a } of listed) {
    const id = `a${actors.length + 1}`;
    idOf.set(a, id);
    const aliases = new Set<string>();
    for (const m of a.mentions) {
      for (const s of [m.surface, m.titledSurface]) if (s && s !== a.name) aliases.add(s);
    }
    for (const s of a.otherSpans) if (s.surface !== a.name) aliases.add(s.surface);
    // The surname alone is how later mentions and readers refer to a person named in full.
    if (a.kind === "person" && a.first && a.last && a.last !== a.name) aliases.add(surnameOf(a.name, a.last));
    const mentions: Span[] = [...a.mentions.map((m) => ({ start: m.start, end: m.end })), ...a.otherSpans.map(({ start, end }) => ({ start, end }))]
      .sort((x, y) => x.start - y.start)
      .filter((s, i, all) => i === 0 || s.start !== all[i - 1]?.start);
    void text;
    actors.push({ id, name: a.name, kind: a.kind, aliases: [...aliases], roles: a.roles, mentions });
  }
  return { actors, idOf };
}
