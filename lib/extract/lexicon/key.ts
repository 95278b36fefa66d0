/** Lower-cases and unifies apostrophes so lexicon keys match article spellings. */
function computeKey(s: string): string {
  const lower = s.toLowerCase();
  return lower.indexOf("\u2019") >= 0 || lower.indexOf("\u02bc") >= 0 || lower.indexOf("`") >= 0 ? lower.replace(/[\u2019\u02bc`]/g, "'") : lower;
}

// Names and words repeat within and across articles; a bounded cache saves re-lowering them.
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** True when nothing in s needs lowering or unifying (the common case: lowercase ASCII words). */
function alreadyKey(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127 || c === 96) return false;
  }
  return true;
}

export const key = (s: string): string => {
  if (alreadyKey(s)) return s;
  let k = cache.get(s);
  if (k === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    k = computeKey(s);
    cache.set(s, k);
  }
  return k;
};
