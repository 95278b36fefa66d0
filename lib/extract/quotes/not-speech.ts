// Quoted text that is not somebody's words: titles of shows and publications, links, numbers.
export type NotSpeechRule = { test: (inner: string, before: string, after: string) => boolean; reason: string };

const MEDIA = "CNN|CBS|NBC|ABC|Fox|Fox News|MSNBC|CNBC|PBS|NPR|HBO|BBC|Sky|Sky News|Netflix|Hulu|Showtime|Bravo|C-SPAN|Al Jazeera|Channel \\d+|Kan|i24";
const TITLE_BEFORE = new RegExp(`(?:\\b(?:on|of|in|to|from|at|during|for|with|hosts?|hosted|anchors?|episode of|edition of|season of|titled|entitled|album|song|single|book|novel|memoir|film|movie|documentary|series|show|podcast|play|musical|opera|exhibition|painting|poem|column|op-ed|essay|slogan|hashtag|(?:${MEDIA})(?:['\u2019]s)?))[\\s,]*$`, "i");
const TITLE_AFTER = /^[,.]?["\u201d\u2019]?\s*(?:[\p{L}-]+\s)?(?:show|program|programme|series|podcast|documentary|film|movie|book|memoir|novel|album|song|segment|broadcast|episode|special|newsletter|magazine|column|op-ed|editorial|play|musical|sitcom|anchor|host|co-host|interview)\b/iu;
const SMALL = new Set(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "&", "is", "vs"]);

/** Every word capitalized except small words: "CNN This Morning", "Face the Nation", "60 Minutes". */
export function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (/[.!?]\s/.test(s)) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}"'\u2018\u201c(]/u.test(w) || (i > 0 && SMALL.has(w.toLowerCase())));
}

// A capitalized nickname or title: "the nickname 'Sleepy Joe'".
const NAME_BEFORE = /\b(?:nickname|nicknamed|titled|entitled)\s*$/i;

export const notSpeechRules: NotSpeechRule[] = [
  { test: (inner, before) => isTitleCase(inner) && inner.split(/\s+/).length <= 5 && NAME_BEFORE.test(before), reason: "a name of an event, program or nickname" },
  { test: (inner) => !/\p{L}/u.test(inner), reason: "no words: a number or symbols" },
  { test: (inner) => /^\([^()]*\)\.?$/.test(inner), reason: "a stage direction in parentheses" },
  { test: (inner) => !/\s/.test(inner) && /[\/@#]|\.\p{L}{2,}$/u.test(inner), reason: "a link or a handle" },
  { test: (inner, before) => isTitleCase(inner) && TITLE_BEFORE.test(before), reason: "title of a show or publication after 'on', 'of' or a network" },
  { test: (inner, _before, after) => isTitleCase(inner) && TITLE_AFTER.test(after), reason: "title followed by show, program, book and the like" },
];

export function notSpeech(inner: string, before: string, after: string): string | null {
  for (const rule of notSpeechRules) if (rule.test(inner, before, after)) return rule.reason;
  return null;
}
