// A saved web page to article text: Mozilla's Readability (the reader view's main-text extractor) finds the
// article in the page, and each of its blocks becomes one line, so paragraphs survive as the CLI's files have them.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";

export type PageText = { title: string | null; text: string };

/** Fewer characters than this is a page's chrome (a menu, a cookie notice), not an article. */
const MIN_ARTICLE_CHARS = 100;

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/** The page's main text, one paragraph per line, or null when the page holds no article. */
export function htmlToText(html: string): PageText | null {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (!article?.content) return null;
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks = [...content.querySelectorAll(BLOCKS)]
    // A block inside another listed block (a paragraph in a quotation) is read with its container.
    .filter((block) => !block.parentElement?.closest(BLOCKS))
    .map((block) => clean(block.textContent ?? ""))
    .filter(Boolean);
  const text = (blocks.length > 0 ? blocks : [clean(article.textContent ?? "")]).join("\n");
  return text.length >= MIN_ARTICLE_CHARS ? { title: article.title ? clean(article.title) : null, text } : null;
}
