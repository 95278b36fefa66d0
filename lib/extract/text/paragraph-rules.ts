// Rules that say what a paragraph is: site furniture (no facts), a byline, a photo caption, a headline.
export type ParagraphKind = "headline" | "body" | "caption" | "boilerplate" | "byline";
/** `hint`: a lower-case word the paragraph must contain for the rule to be worth testing. */
export type ParagraphRule = { match: RegExp; kind: ParagraphKind; reason: string; hint?: string[] };

// Tested against the paragraph with leading quote marks and white space removed.
export const paragraphRules: ParagraphRule[] = [
  { match: /^follow\b.{0,80}\bon (?:facebook|twitter|x|instagram|threads|telegram|linkedin|tiktok|youtube|google news)\b/i, kind: "boilerplate", reason: "social media follow prompt" },
  { match: /^follow (?:us|@\w+|[\p{Lu}][\p{L}.'\u2019-]*(?: [\p{Lu}][\p{L}.'\u2019-]*){0,3}) ?(?:@\w+)?\.?$/u, kind: "boilerplate", reason: "follow prompt" },
  { match: /^(?:subscribe|sign up|register|log in|click here|tap here|download (?:the|our)|get the|join (?:us|our))\b/i, kind: "boilerplate", reason: "subscription or app prompt" },
  { match: /^(?!.*["\u201c\u201d]).{0,120}\b(?:newsletter|never miss (?:our|a)|(?:our|the) daily briefing)\b.{0,60}$/i, kind: "boilerplate", reason: "newsletter prompt (a short line without quotations)", hint: ["newsletter", "never miss", "briefing"] },
  { match: /^(?:post a comment|leave a comment|comments?|most popular|most read|trending|related(?: articles| stories| coverage)?|read more|see also|more from|recommended|advertisement|sponsored(?: content)?|share this(?: article| story)?|share|print|email|skip to content|you may also like|top stories|latest news|watch|listen)\s*[:.!]?\s*$/i, kind: "boilerplate", reason: "site navigation or widget label" },
  { match: /^(?:copyright|\u00a9|all rights reserved)/i, kind: "boilerplate", reason: "copyright line" },
  { match: /^(?!.*["\u201c\u201d]).{0,80}\bfollow (?:us|our)\b.{0,60}\b(?:channel|page|account|on (?:facebook|twitter|x|instagram|threads|telegram|whatsapp|linkedin|youtube|google news))\b.{0,40}$/i, kind: "boilerplate", reason: "follow prompt inside a promotion line", hint: ["follow"] },
  { match: /^\d{1,2}\s*(?:min|mins|minute|minutes)\.?\s+read$/i, kind: "boilerplate", reason: "reading time", hint: ["read"] },
  { match: /^read (?:the|this) (?:article|story|report) in\b.{0,40}$/i, kind: "boilerplate", reason: "link to the article in another language", hint: ["read"] },
  { match: /^(?:photo|image|picture|video)?\s*credits?\s*:\s*[\p{L}\p{N} .,&\/'\u2019-]{1,60}$/iu, kind: "boilerplate", reason: "photo credit line", hint: ["credit"] },
  { match: /pic\.twitter\.com\/\w+/i, kind: "boilerplate", reason: "an embedded social media post", hint: ["pic.twitter.com"] },
  // "Monday, February 7, 2022 at 5:26 am |", "July 07, 2022 12:57 IST", "AFP , Tue 11 Feb 2025", "Updated: 16 October, 2019".
  {
    match: /^(?:(?:published|updated|last updated|posted)\s*(?:on)?\s*:?\s*)?(?:[A-Z]{2,6}\s*,\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s*\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s*\d{4})(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,4})?)?\s*\|?$/i,
    kind: "boilerplate",
    reason: "a date or time stamp alone on a line",
    hint: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
  },
  { match: /^(?:(?:read|watch|listen)(?: more| also)?|related(?: coverage| stories| articles| reading)?|see also|go deeper|more on this(?: story)?|recommended(?: reading)?)\s*:/i, kind: "boilerplate", reason: "link to another story" },
  { match: /^(?:pic\.twitter\.com|https?:\/\/|www\.)\S*$/i, kind: "boilerplate", reason: "bare link" },
  { match: /\bcontributed (?:to )?(?:this |additional )?report(?:ing)?\.?$/i, kind: "byline", reason: "contributor credit at the end of a story", hint: ["contributed"] },
  { match: /^\(?(?:additional )?reporting by\b/i, kind: "byline", reason: "reporting credit" },
  { match: /^\((?:writing|editing|compiled|produced|additional reporting) by\b.*\)$/i, kind: "byline", reason: "wire credit in parentheses" },
  // "By Jane Roe", "By Jane Roe | Fox News", "By Jane Roe in Cairo": the author, with the outlet or the place filed from.
  { match: /^(?:By|BY|by|Written by|Story by)\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'\u2019-]*,?){0,6}(?:\s*[|\u2013\u2014]\s*\p{Lu}[\p{L}.&'\u2019 ]{1,40}|\s+in\s+\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)?$/u, kind: "byline", reason: "author byline" },
  // "BY JANE ROE - 09/17/25 6:12 PM ET", "Jane Roe | 14.05.2025": the author's line with its time stamp.
  { match: /^(?:By|BY)\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'\u2019-]*,?){0,6}\s*[-|\u2013\u2014,]\s*[\d/.:,\s]*(?:[AP]\.?M\.?)?(?:\s+[A-Z]{2,4})?$/u, kind: "byline", reason: "author byline with a time stamp" },
  { match: /^\p{Lu}[\p{Ll}'\u2019.-]+(?:\s+\p{Lu}[\p{Ll}'\u2019.-]+){1,3}\s*\|\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4})(?:\s+\d{1,2}:\d{2}.{0,12})?$/u, kind: "byline", reason: "author name and date separated by a bar" },
  { match: /^(?:editing|edited) by\b/i, kind: "byline", reason: "editor credit" },
  { match: /^[[(][^[\]()]{1,60}[\])]$/, kind: "boilerplate", reason: "a credit alone in brackets" },
  { match: /^(?:file(?: photo)?|photo|image|caption|pictured|above|top|main image|illustrative(?: photo)?)\s*[:\-\u2013\u2014]/i, kind: "caption", reason: "caption label" },
  { match: /\((?:left to right|from left|l-r|l to r|r-l|from right)\)/i, kind: "caption", reason: "people listed as pictured", hint: ["left", "right", "l-r", "l to r", "r-l"] },
  { match: /\((?:[^()]{0,60}\/)?\s*(?:twitter|x|instagram|facebook|getty images?|ap photo|ap|afp|reuters|gpo|flash90|courtesy|handout|screenshot|screen capture|photo[^()]{0,40})\)\s*$/i, kind: "caption", reason: "photo credit at the end", hint: [")"] },
  { match: /\bphoto(?:graph)?(?: by| credit:?| courtesy of)?\s+[\p{L}\s.]{0,40}$/iu, kind: "caption", reason: "photo credit at the end", hint: ["photo"] },
  { match: /\b(?:getty images|ap photo|afp via getty|reuters\/[\p{L} ]+|photo:\s*[\p{L} ]+)\s*$/iu, kind: "caption", reason: "agency photo credit at the end", hint: ["getty", "photo", "afp", "reuters/"] },
  // "Omar Sobhani/ REUTERS", "\ Jane Doe / AFP": a photographer and an agency on a line of their own (stray marks before).
  {
    match: /^[^\p{L}]{0,3}\p{Lu}[\p{L}.'\u2019-]*(?: [\p{L}.'\u2019-]+){0,4}\s*\/\s*(?:reuters|ap|afp|getty images|epa(?:-efe)?|efe|anadolu(?: agency)?|xinhua|tass|ria novosti|dpa|ansa|bloomberg|pool|handout|gpo|flash90|wafa|sipa|zuma)\.?$/iu,
    kind: "boilerplate",
    reason: "a photographer and agency credit on its own line",
    hint: ["/"],
  },
];

/** A line that reads like a headline: short, no closing period, most words capitalized. */
export function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 30 || line.length > 240) return false;
  const endsLikeSentence = /[.!?]["\u201d\u2019']?$/.test(line.trim());
  // Title case: every word of four letters or more capitalized (a lead sentence always has lowercase words).
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, "").length >= 4);
  const titleCase = long.length >= 2 && long.every((w) => /^["\u201c\u2018'(]?\p{Lu}/u.test(w));
  if (titleCase) return true;
  return !endsLikeSentence && !line.includes(": ") && words.length <= 20;
}
