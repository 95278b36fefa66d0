// Small helpers for the rule tests: run the pipeline and look facts up by surface text.
import { extractArticle } from "./index";
import type { ExtractedArticle } from "./schema";

export function extract(text: string, publishedAt: string | null = "2024-05-16"): ExtractedArticle {
  return extractArticle(text, { file: "test.txt", publishedAt });
}

/** The speaker name (actor name, else label) of the quote containing `words`. */
export function speakerOf(out: ExtractedArticle, words: string): string | null | undefined {
  const q = out.quotes.find((x) => x.text.includes(words));
  if (!q) return undefined;
  return q.speaker ? (out.actors.find((a) => a.id === q.speaker)?.name ?? null) : q.speakerLabel || null;
}

export const personNames = (out: ExtractedArticle): string[] => out.actors.filter((a) => a.kind === "person").map((a) => a.name).sort();

export function pairs(out: ExtractedArticle): string[] {
  const name = (id: string) => out.actors.find((a) => a.id === id)?.name ?? id;
  return out.interactions.map((i) => `${i.kind}:${i.participants.map(name).sort().join("+")}@${i.date ?? "?"}`);
}
