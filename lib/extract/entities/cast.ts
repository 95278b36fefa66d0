// The actors of one article: every mention that names the same person, organization or country
// gathered under one record.
import type { Gender } from "../lexicon";
import { key, lexicon } from "../lexicon";
import type { ActorKind, Role, Span } from "../schema";
import type { Mention } from "./mention";

export type ActorRecord = {
  kind: ActorKind;
  name: string;
  first: string | null;
  last: string | null;
  gender: Gender | null;
  mentions: Mention[];
  /** Spans naming the actor that are not name mentions ("the premier", "he" is not kept). */
  otherSpans: (Span & { surface: string })[];
  roles: Role[];
  order: number;
};

/** The surname as written with its particles: "van der Berg" of "Pieter van der Berg". */
export function surnameOf(name: string, last: string): string {
  const at = name.lastIndexOf(last);
  if (at <= 0) return last;
  const m = /(?:^|\s)((?:(?:de|da|di|du|do|dos|das|del|della|der|den|van|von|bin|ibn|abu|al|el|la|le|ter|ten|y)\s){1,3})$/i.exec(name.slice(0, at));
  return m?.[1] ? m[1] + last : last;
}

export class Cast {
  readonly actors: ActorRecord[] = [];
  private readonly people: ActorRecord[] = [];
  private readonly byMention = new Map<Mention, ActorRecord>();
  private readonly byCanonical = new Map<string, ActorRecord>();

  actorOf(m: Mention): ActorRecord | undefined {
    return this.byMention.get(m);
  }

  add(kind: ActorKind, name: string, first: string | null, last: string | null, order: number): ActorRecord {
    const a: ActorRecord = { kind, name, first, last, gender: null, mentions: [], otherSpans: [], roles: [], order };
    this.actors.push(a);
    if (kind === "person") this.people.push(a);
    else this.byCanonical.set(key(name), a);
    return a;
  }

  attach(a: ActorRecord, m: Mention): void {
    a.mentions.push(m);
    this.byMention.set(m, a);
    // Once resolved, a bare surname is as much a mention of the person as the full name.
    if (m.kind === "unknown" || m.kind === "person") m.kind = a.kind === "person" || a.kind === "organization" || a.kind === "country" ? a.kind : m.kind;
    a.gender = a.gender ?? m.gender;
    for (const t of m.roles) {
      const title = t.text.trim();
      // "Ms", "Sheikh": an honorific is a form of address, not an office.
      if (t.plural || lexicon.honorifics.has(key(title).replace(/\.$/, ""))) continue;
      const same = a.roles.find((r) => key(r.title) === key(title));
      // The same title stated again with its country or body ("Prime Minister X", later "Israeli Prime Minister X") completes the first.
      if (same && !same.affiliation && t.affiliation) same.affiliation = t.affiliation;
      else if (title && !same) a.roles.push({ title, affiliation: t.affiliation, start: t.start, end: t.end });
    }
  }

  /** The organization or country actor with this canonical name, created on first use. */
  named(kind: ActorKind, canonical: string, order: number): ActorRecord {
    return this.byCanonical.get(key(canonical)) ?? this.add(kind, canonical, null, null, order);
  }

  /** The people, in the order they were added (the same array each call: do not modify it). */
  persons(): readonly ActorRecord[] {
    return this.people;
  }
}
