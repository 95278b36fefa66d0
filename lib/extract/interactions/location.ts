// Where a meeting took place: the first capitalized place after "at" or "in".
// "in his Capitol office": the place may follow a possessive.
const LOCATION = /\b(?:at|in) (the |his |her |their )?((?:\p{Lu}[\p{L}.'\u2019-]*)(?:\s(?:of |the |de |da |do |del |de la |al-)?\p{Lu}[\p{L}.'\u2019-]*){0,4})/gu;
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;

export function locationIn(text: string, from: number, to: number): string | null {
  for (const m of text.slice(from, to).matchAll(LOCATION)) {
    const place = m[2] ?? "";
    if (!NOT_PLACE.test(place)) return place.replace(/[.,]$/, "");
  }
  return null;
}
