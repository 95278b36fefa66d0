// Resolves "he"/"she" and role nouns ("the premier", "the minister") to a person named earlier.
import type { ActorRecord } from "../entities/cast";
import { key, lexicon, type Gender } from "../lexicon";
import type { ArticleContext } from "./context";

export const PRONOUN_GENDER: Record<string, Gender | null> = { he: "m", him: "m", his: "m", she: "f", her: "f", hers: "f" };

const GOVERNING = new Set(["of", "with", "to", "by", "from", "for", "against", "about", "than", "like"]);

/** Sentences back (within the paragraph and the ones before it) a pronoun may reach. */
const PRONOUN_REACH = 6;

/**
 * The person a third-person pronoun at `pos` refers to: walking back sentence by sentence, the first
 * (subject-most) compatible person named outside quotations in the nearest sentence that names one.
 */
export function resolvePronoun(ctx: ArticleContext, sentenceIndex: number, pos: number, gender: Gender | null): ActorRecord | null {
  for (let s = sentenceIndex, steps = 0; s >= 0 && steps < PRONOUN_REACH; s--, steps++) {
    const sentence = ctx.doc.sentences[s];
    if (!sentence) break;
    const kind = ctx.doc.paragraphs[sentence.paragraph]?.kind;
    if (kind !== "body") continue;
    const candidates = (ctx.mentionsBySentence.get(s) ?? []).filter((m) => {
      if (m.start >= pos || m.inQuote || m.attributive) return false;
      const a = ctx.cast.actorOf(m);
      return !!a && a.kind === "person" && (gender === null || a.gender === null || a.gender === gender || a.gender === "x");
    });
    // "An ally of Ruiz, Okafor said he ...": a name a preposition governs is rarely what the pronoun refers to.
    const tokens = sentence.tokens;
    const free = candidates.find((m) => !GOVERNING.has(tokens[m.tokenStart - 1]?.lower ?? "") || (m.title && m.title.start < m.start));
    const first = free ?? candidates[0];
    if (first) return ctx.cast.actorOf(first) ?? null;
  }
  return null;
}

/** Role nouns that refer back to a named office holder: "the premier", "the former secretary of state". */
export function resolveRoleNoun(ctx: ArticleContext, phrase: string, pos: number, onlyHolderLater = false): ActorRecord | null {
  const words = key(phrase).replace(/^(?:the|a|an)\s+/, "").split(/\s+/);
  const head = words[words.length - 1] ?? "";
  if (!lexicon.titleHeads.map.has(head) && !lexicon.roleSynonyms.has(head)) return null;
  const wanted = new Set([head, ...(lexicon.roleSynonyms.get(head) ?? []), words.join(" ")]);
  // "the Dutch leader": a demonym narrows the holders to that country's.
  // Two-word demonyms first: "the South African president" is South Africa's, not Africa's.
  const country = words.slice(1).map((w, n) => lexicon.demonyms.get(`${words[n]} ${w}`)).find((c) => c) ?? words.map((w) => lexicon.demonyms.get(w)).find((c) => c) ?? null;
  let best: ActorRecord | null = null;
  let bestPos = -1;
  const holders: ActorRecord[] = [];
  for (const a of ctx.cast.persons()) {
    const holds = a.roles.some((r) => {
      const title = key(r.title);
      if (country && r.affiliation !== country) return false;
      return [...wanted].some((w) => title === w || title.endsWith(" " + w) || title.startsWith(w + " ") || title.includes(" " + w + " "));
    });
    if (!holds) continue;
    holders.push(a);
    const last = Math.max(-1, ...a.mentions.filter((m) => m.start < pos).map((m) => m.start));
    if (last > bestPos) [best, bestPos] = [a, last];
  }
  // A briefing's "the Secretary spoke with X" before the Secretary is named: the article's only holder of that role.
  if (!best && onlyHolderLater && holders.length === 1) return holders[0] ?? null;
  // "the crown prince" among a crown prince and a prince: a holder of the whole phrase comes first.
  const full = words.join(" ");
  if (words.length > 1 && best && !best.roles.some((r) => key(r.title).endsWith(full))) {
    const exact = holders.filter((a) => a.roles.some((r) => key(r.title).endsWith(full)));
    if (exact.length === 1) return exact[0] ?? best;
  }
  return best;
}
