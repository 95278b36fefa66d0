// Comparing names across articles: "Antony J. Blinken" and "Antony Blinken" are one person,
// "Jake Sullivan" and "Jake Tapper" are two.

/** Lower case, no diacritics, no punctuation or possessive, single spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’`]s\b/g, "")
    .replace(/['’`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function nameTokens(name: string): string[] {
  const normalized = normalizeName(name);
  return normalized ? normalized.split(" ") : [];
}

/** The family name as written last ("Netanyahu" for "Benjamin Netanyahu"). */
export function lastToken(name: string): string {
  return nameTokens(name).at(-1) ?? "";
}

/** Same first and last token: the same person written with or without middle names or initials. */
export function samePersonName(a: string, b: string): boolean {
  const left = nameTokens(a);
  const right = nameTokens(b);
  if (left.length < 2 || right.length < 2) return left.join(" ") === right.join(" ") && left.length > 0;
  return left[0] === right[0] && left.at(-1) === right.at(-1);
}

/** "Benny Gantz" extends "Gantz": more words ending in the same family name. */
export function extendsName(longer: string, shorter: string): boolean {
  const long = nameTokens(longer);
  const short = nameTokens(shorter);
  return long.length > short.length && short.length > 0 && short.every((token) => long.includes(token)) && long.at(-1) === short.at(-1);
}

/** 0..1 similarity by edit distance, for telling a corrected spelling from a different name. */
export function nameSimilarity(a: string, b: string): number {
  const left = normalizeName(a);
  const right = normalizeName(b);
  const longest = Math.max(left.length, right.length);
  return longest === 0 ? 1 : 1 - editDistance(left, right) / longest;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
