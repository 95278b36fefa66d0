// Scores extraction output against gold annotations (the shared scorer's definitions, in TypeScript):
// quotes matched by token F1 >= 0.6, statements by token F1 >= 0.5, speakers by name or surname,
// meetings as unordered pairs of participants.
import type { ExtractedArticle } from "../schema";

export type GoldActor = { name: string; kind: string; aliases: string[] };
export type Gold = {
  file: string;
  actors: GoldActor[];
  interactions: { kind: string; participants: string[]; date: string | null }[];
  quotes: { speaker: string; speakerKind: string; text: string }[];
  statements?: { speaker: string; speakerKind?: string; text: string }[];
  /** Limits what the file is scored on (e.g. ["quotes", "statements"]). */
  scope?: string[];
};

const norm = (s: string): string =>
  s.normalize("NFKC").toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/'s\b/g, "")
    .replace(/^the\s+/, "").replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();
const tokens = (s: string): string[] => norm(s).split(" ").filter(Boolean);

export function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      common++;
      bag.set(t, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

export function sameEntity(pred: string[], gold: string[], person: boolean): boolean {
  const P = pred.map(norm).filter(Boolean);
  const G = gold.map(norm).filter(Boolean);
  if (P.some((p) => G.includes(p))) return true;
  if (!person) return false;
  return P.some((p) => G.some((g) => {
    const tp = p.split(" ");
    const tg = g.split(" ");
    return tp[tp.length - 1] === tg[tg.length - 1] && (tp.length === 1 || tg.length === 1 || tp[0] === tg[0]);
  }));
}

type Counts = { tp: number; fp: number; fn: number };
const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const ratio = (ok: number, all: number): number => (all ? ok / all : 1);
const f1 = ({ tp, fp, fn }: Counts): number => {
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export type SeedScore = {
  quoteF1: number; quoteP: number; quoteR: number; speakerAcc: number; quoteSpeakerF1: number;
  pairF1: number; dateAcc: number; kindAcc: number; personF1: number; statementF1: number; statementR: number; statementSpeakerAcc: number; spanIntegrity: number;
};

/** Best unused prediction for a gold text at or above the threshold. */
function bestMatch(texts: string[], gold: string, used: Set<number>, threshold: number): number {
  let best = -1;
  let bestF = threshold - 1e-9;
  texts.forEach((t, i) => {
    const f = used.has(i) ? 0 : tokenF1(t, gold);
    if (f > bestF) [best, bestF] = [i, f];
  });
  return best;
}

type Dyad<T> = { a: T; b: T; date: string | null; kind: string; na: string[]; nb: string[] };
function dyads<T>(list: { participants: T[]; date: string | null; kind: string }[], names: (x: T) => string[]): Dyad<T>[] {
  const out: Dyad<T>[] = [];
  const seen = new Set<string>();
  for (const it of list) for (let i = 0; i < it.participants.length; i++) for (let j = i + 1; j < it.participants.length; j++) {
    const [x, y] = [it.participants[i] as T, it.participants[j] as T];
    const k = [String(x), String(y)].sort().join("|");
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ a: x, b: y, date: it.date, kind: it.kind, na: names(x), nb: names(y) });
  }
  return out;
}

export function scoreArticles(golds: Gold[], preds: ExtractedArticle[], texts: Map<string, string>): SeedScore {
  const t = { q: counts(), e2e: counts(), d: counts(), a: counts(), s: counts(), spk: { ok: 0, all: 0 }, sSpk: { ok: 0, all: 0 }, date: { ok: 0, all: 0 }, kind: { ok: 0, all: 0 }, off: { ok: 0, all: 0 } };
  for (const gold of golds) {
    const p = preds.find((x) => x.file === gold.file);
    const text = texts.get(gold.file) ?? "";
    const scored = (what: string) => !gold.scope || gold.scope.includes(what);
    const actors = new Map((p?.actors ?? []).map((a) => [a.id, a]));
    const goldActor = new Map(gold.actors.map((a) => [a.name, a]));
    const goldNames = (n: string) => [n, ...(goldActor.get(n)?.aliases ?? [])];
    const isPerson = (n: string) => (goldActor.get(n)?.kind ?? "person") === "person";
    const predNames = (id: string | null, label: string) => {
      const a = id ? actors.get(id) : undefined;
      return a ? [a.name, ...a.aliases] : [label];
    };
    for (const item of [...(p?.quotes ?? []), ...(p?.statements ?? [])]) {
      t.off.all++;
      if (text.slice(item.start, item.end) === item.text) t.off.ok++;
    }
    for (const it of p?.interactions ?? []) {
      t.off.all++;
      if (text.slice(it.evidence.start, it.evidence.end) === it.evidence.text) t.off.ok++;
    }
    const pq = p?.quotes ?? [];
    const used = new Set<number>();
    let judged = 0;
    let right = 0;
    for (const g of gold.quotes) {
      const i = bestMatch(pq.map((x) => x.text), g.text, used, 0.6);
      const q = pq[i];
      if (!q) continue;
      used.add(i);
      if (g.speakerKind === "unknown") continue;
      judged++;
      const a = q.speaker ? actors.get(q.speaker) : undefined;
      const ok = g.speakerKind === "unnamed" ? (!a || a.kind !== "person") && !!(q.speakerLabel || a?.name)
        : sameEntity(predNames(q.speaker, q.speakerLabel), goldNames(g.speaker), isPerson(g.speaker) && g.speakerKind !== "organization");
      if (ok) right++;
    }
    t.q.tp += used.size;
    t.q.fp += pq.length - used.size;
    t.q.fn += gold.quotes.length - used.size;
    t.spk.ok += right;
    t.spk.all += judged;
    const judgeable = gold.quotes.filter((g) => g.speakerKind !== "unknown").length;
    t.e2e.tp += right;
    t.e2e.fp += pq.length - used.size + (judged - right);
    t.e2e.fn += judgeable - right;
    const gd = scored("interactions") ? dyads(gold.interactions, goldNames) : [];
    const pd = scored("interactions") ? dyads(p?.interactions ?? [], (id) => predNames(id, id)) : [];
    const dUsed = new Set<number>();
    for (const g of gd) {
      const i = pd.findIndex((d, k) => !dUsed.has(k) && ((sameEntity(d.na, g.na, isPerson(g.a)) && sameEntity(d.nb, g.nb, isPerson(g.b))) || (sameEntity(d.na, g.nb, isPerson(g.b)) && sameEntity(d.nb, g.na, isPerson(g.a)))));
      if (i < 0) continue;
      dUsed.add(i);
      if (g.date) {
        t.date.all++;
        if ((pd[i]?.date ?? "").slice(0, 10) === g.date) t.date.ok++;
      }
      t.kind.all++;
      if (pd[i]?.kind === g.kind) t.kind.ok++;
    }
    t.d.tp += dUsed.size;
    t.d.fp += pd.length - dUsed.size;
    t.d.fn += gd.length - dUsed.size;
    const gp = scored("persons") ? gold.actors.filter((a) => a.kind === "person") : [];
    const pp = scored("persons") ? (p?.actors ?? []).filter((a) => a.kind === "person") : [];
    const aUsed = new Set<number>();
    for (const g of gp) {
      const i = pp.findIndex((a, k) => !aUsed.has(k) && sameEntity([a.name, ...a.aliases], [g.name, ...g.aliases], true));
      if (i >= 0) aUsed.add(i);
    }
    t.a.tp += aUsed.size;
    t.a.fp += pp.length - aUsed.size;
    t.a.fn += gp.length - aUsed.size;
    const ps = p?.statements ?? [];
    const sUsed = new Set<number>();
    for (const g of gold.statements ?? []) {
      const i = bestMatch(ps.map((x) => x.text), g.text, sUsed, 0.5);
      const s = ps[i];
      if (!s) continue;
      sUsed.add(i);
      if (g.speakerKind === "unknown") continue;
      t.sSpk.all++;
      const ok = /^unnamed/.test(g.speaker) ? !(s.speaker && actors.get(s.speaker)?.kind === "person") : sameEntity(predNames(s.speaker, s.speakerLabel), goldNames(g.speaker), isPerson(g.speaker));
      if (ok) t.sSpk.ok++;
    }
    t.s.tp += sUsed.size;
    t.s.fp += ps.length - sUsed.size;
    t.s.fn += (gold.statements ?? []).length - sUsed.size;
  }
  return {
    quoteF1: f1(t.q),
    quoteP: ratio(t.q.tp, t.q.tp + t.q.fp),
    quoteR: ratio(t.q.tp, t.q.tp + t.q.fn),
    speakerAcc: ratio(t.spk.ok, t.spk.all),
    quoteSpeakerF1: f1(t.e2e),
    pairF1: f1(t.d),
    dateAcc: ratio(t.date.ok, t.date.all),
    kindAcc: ratio(t.kind.ok, t.kind.all),
    personF1: f1(t.a),
    statementF1: f1(t.s),
    statementR: ratio(t.s.tp, t.s.tp + t.s.fn),
    statementSpeakerAcc: ratio(t.sSpk.ok, t.sSpk.all),
    spanIntegrity: ratio(t.off.ok, t.off.all),
  };
}
