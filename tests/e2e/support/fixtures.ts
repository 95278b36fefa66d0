// The test and expect every journey uses: a page that fails the test on a console error, an uncaught
// exception, or any request that leaves the app's origin (fonts, scripts and images must all be local).
import { test as base, expect, type Page } from "@playwright/test";

type Options = {
  /** Console errors a test expects, such as the browser's report of a deliberate 404. */
  expectedConsoleErrors: RegExp[];
};

export const test = base.extend<Options>({
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, baseURL, expectedConsoleErrors }, provide) => {
    const problems: string[] = [];
    const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
    page.on("console", (message) => {
      if (message.type() === "error" && !expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) problems.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    page.on("request", (request) => {
      const url = new URL(request.url());
      if ((url.protocol === "http:" || url.protocol === "https:") && url.origin !== origin) problems.push(`external request: ${request.url()}`);
    });
    await provide(page);
    expect(problems, "the page logged errors or made external requests").toEqual([]);
  },
});

export { expect };

/** The element the address's fragment points at (the :target passage), as the browser sees it. */
export async function targetPassage(page: Page) {
  return page.evaluate(() => {
    const target = document.querySelector(":target");
    if (!target) return null;
    const box = target.getBoundingClientRect();
    return { id: target.id, text: target.textContent ?? "", inViewport: box.bottom > 0 && box.top < window.innerHeight, background: getComputedStyle(target).backgroundColor };
  });
}
