// Every page at desktop and phone width: it renders, fits the screen, passes axe (no serious or critical
// violations) and is kept as a screenshot artifact.
import AxeBuilder from "@axe-core/playwright";
import { getJson, someMeeting } from "./support/api";
import { expect, test } from "./support/fixtures";

const viewports = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 375, height: 812 },
] as const;

type QuoteList = { quotes: { id: number; article: { slug: string } }[] };

async function pagesToVisit(request: Parameters<typeof someMeeting>[0]) {
  const meeting = await someMeeting(request);
  const { quotes } = await getJson<QuoteList>(request, "/api/quotes?speaker=benny-gantz");
  const quote = quotes[0];
  if (!quote) throw new Error("no quote by Benny Gantz in the record");
  return [
    { name: "home", url: "/" },
    { name: "timeline", url: "/timeline" },
    { name: "timeline-filtered", url: "/timeline?person=ron-dermer&chart=kind" },
    { name: "people", url: "/people" },
    { name: "person", url: `/people/${meeting.participants[0]?.slug}` },
    { name: "meeting", url: `/meetings/${meeting.slug}` },
    { name: "quotes", url: "/quotes?q=Gaza" },
    { name: "quote", url: `/quotes/${quote.id}` },
    { name: "articles", url: "/articles" },
    { name: "article", url: `/articles/${quote.article.slug}#q-${quote.id}` },
    { name: "search", url: "/search?q=Dermer" },
    { name: "not-found", url: "/meetings/1999-01-01-nobody", status: 404 },
  ];
}

for (const viewport of viewports) {
  test.describe(`at ${viewport.width}px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height }, expectedConsoleErrors: [/status of 404/] });

    test(`every page passes axe, fits the width and is captured (${viewport.name})`, async ({ page, request }, testInfo) => {
      // Twelve pages, each checked by axe and captured: minutes on a busy two-core machine.
      test.setTimeout(300_000);
      for (const target of await pagesToVisit(request)) {
        await test.step(target.name, async () => {
          const response = await page.goto(target.url);
          expect(response?.status(), target.url).toBe(target.status ?? 200);
          await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
          await page.waitForLoadState("networkidle");

          const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
          const serious = results.violations
            .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
            .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
          expect(serious, `${target.url} at ${viewport.width}px`).toEqual([]);

          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${target.url} scrolls sideways at ${viewport.width}px`).toBeLessThanOrEqual(0);

          // Written under test-results/ (kept whatever the reporter) and attached to the HTML report.
          const file = testInfo.outputPath(`${target.name}-${viewport.width}px.png`);
          await page.screenshot({ path: file, fullPage: true });
          await testInfo.attach(`${target.name}-${viewport.name}`, { path: file, contentType: "image/png" });
        });
      }
    });
  });
}

test("keyboard: skip link, visible focus, and the speaker picker work without a mouse", async ({ page }) => {
  await page.goto("/quotes");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((node) => getComputedStyle(node).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  const speakers = page.getByRole("combobox", { name: "Speakers" });
  await speakers.focus();
  await page.keyboard.type("blinken");
  await expect(speakers).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Remove Antony Blinken" })).toBeVisible();
  await expect(speakers).toBeFocused();
});
