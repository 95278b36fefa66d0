import { describe, expect, it } from "vitest";
import { foldChrome, isChrome } from "./article-chrome";
import { splitParagraphs } from "./article-segments";

const BODY = [
  "The harbour talks resumed on Monday, officials said.",
  "Follow the Coastal Ledger on social media.",
  "Sign up for our newsletter.",
  "Mara Quell met Ivo Brandt at the port.",
  "Photo: Mara Quell and Ivo Brandt at the port on Monday. (Coastal Ledger)",
  "Most Popular",
].join("\n");

const spanOf = (line: string) => ({ start: BODY.indexOf(line), end: BODY.indexOf(line) + line.length });
const chrome = [spanOf("Follow the Coastal Ledger on social media."), spanOf("Sign up for our newsletter."), spanOf("Photo: Mara Quell and Ivo Brandt at the port on Monday. (Coastal Ledger)"), spanOf("Most Popular")];
const paragraphs = splitParagraphs(BODY);
const text = (span: { start: number; end: number }) => BODY.slice(span.start, span.end);

describe("foldChrome", () => {
  it("gathers consecutive chrome paragraphs into one fold and keeps the article's own in place", () => {
    const blocks = foldChrome(BODY, paragraphs, chrome, () => false);
    expect(blocks.map((block) => (block.kind === "chrome" ? block.paragraphs.map(text) : [block.kind, text(block.paragraph)]))).toEqual([
      ["text", "The harbour talks resumed on Monday, officials said."],
      ["Follow the Coastal Ledger on social media.", "Sign up for our newsletter."],
      ["text", "Mara Quell met Ivo Brandt at the port."],
      ["Photo: Mara Quell and Ivo Brandt at the port on Monday. (Coastal Ledger)", "Most Popular"],
    ]);
  });

  it("keeps a chrome paragraph that a fact comes from in view, and folds the chrome after it apart", () => {
    const caption = spanOf("Photo: Mara Quell and Ivo Brandt at the port on Monday. (Coastal Ledger)");
    const blocks = foldChrome(BODY, paragraphs, chrome, (paragraph) => paragraph.start === caption.start);
    expect(blocks.map((block) => block.kind)).toEqual(["text", "chrome", "text", "chrome-with-fact", "chrome"]);
  });

  it("folds nothing when the extraction marked no chrome", () => {
    expect(foldChrome(BODY, paragraphs, [], () => false).every((block) => block.kind === "text")).toBe(true);
  });
});

describe("isChrome", () => {
  it("needs the whole paragraph (blanks aside) inside a chrome span", () => {
    const body = "  Most Popular  \nThe talks resumed.";
    const [first, second] = splitParagraphs(body);
    expect(first && isChrome(body, first, [{ start: 2, end: 14 }])).toBe(true);
    expect(first && isChrome(body, first, [{ start: 2, end: 6 }])).toBe(false);
    expect(second && isChrome(body, second, [{ start: 2, end: 14 }])).toBe(false);
  });
});
