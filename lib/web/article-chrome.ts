// The publisher's page chrome in an article's text ("Follow us on …", "Most Popular", a photo credit), as the
// extraction marks it: runs of such paragraphs fold away on the article page. A chrome paragraph that a fact in
// the record comes from (a photo caption naming who met where) stays in view, marked as page text, because the
// fact's evidence link must land on something the reader can see.

export type Span = { start: number; end: number };

export type ArticleBlock<P extends Span> =
  | { kind: "text"; paragraph: P }
  | { kind: "chrome-with-fact"; paragraph: P }
  | { kind: "chrome"; paragraphs: P[] };

/** The paragraph without the blanks around it, so a chrome span trimmed by the extraction still covers it. */
function trimmed(body: string, paragraph: Span): Span {
  let { start, end } = paragraph;
  while (start < end && /\s/.test(body[start] ?? "")) start++;
  while (end > start && /\s/.test(body[end - 1] ?? "")) end--;
  return { start, end };
}

export function isChrome(body: string, paragraph: Span, chrome: Span[]): boolean {
  const text = trimmed(body, paragraph);
  return text.end > text.start && chrome.some((span) => span.start <= text.start && span.end >= text.end);
}

/** The article's paragraphs in order, consecutive fact-free chrome paragraphs gathered into one fold. */
export function foldChrome<P extends Span>(body: string, paragraphs: P[], chrome: Span[], holdsFact: (paragraph: P) => boolean): ArticleBlock<P>[] {
  const blocks: ArticleBlock<P>[] = [];
  for (const paragraph of paragraphs) {
    if (!isChrome(body, paragraph, chrome)) blocks.push({ kind: "text", paragraph });
    else if (holdsFact(paragraph)) blocks.push({ kind: "chrome-with-fact", paragraph });
    else {
      const last = blocks.at(-1);
      if (last?.kind === "chrome") last.paragraphs.push(paragraph);
      else blocks.push({ kind: "chrome", paragraphs: [paragraph] });
    }
  }
  return blocks;
}
