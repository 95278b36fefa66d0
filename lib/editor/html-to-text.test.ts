import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text";

const page = `<!doctype html><html><head><title>Harbour talks resume | Example Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
  <h1>Harbour talks resume</h1>
  <p>The two harbour commissioners met in Valletta on Tuesday to restart the talks that stalled in the spring, officials said after the meeting ended.</p>
  <p>"We owe the fishermen an answer," said Clara Borg, the northern commissioner, adding that a draft would follow within weeks.</p>
  <blockquote><p>Both sides agreed to meet again before the summer season begins.</p></blockquote>
</article>
<footer>Copyright Example Gazette. <a href="/privacy">Privacy</a></footer>
</body></html>`;

describe("htmlToText", () => {
  it("keeps the article's paragraphs, one per line, and leaves the navigation and footer out", () => {
    const result = htmlToText(page);
    expect(result?.title).toMatch(/Harbour talks resume/);
    const lines = result?.text.split("\n") ?? [];
    expect(lines).toContain('"We owe the fishermen an answer," said Clara Borg, the northern commissioner, adding that a draft would follow within weeks.');
    expect(lines).toContain("Both sides agreed to meet again before the summer season begins.");
    expect(result?.text).not.toMatch(/Privacy|Sport/);
  });

  it("finds no article in a page without one", () => {
    expect(htmlToText("<html><body><nav><a href='/'>Home</a></nav></body></html>")).toBeNull();
  });
});
