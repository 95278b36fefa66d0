// The article page read by hand: a title even when the article has none, evidence badges that name their
// meeting, and quote speakers a tap away on a touch screen.
import { expect, test } from "./support/fixtures";

test("an article without a headline gets a readable one from its first sentence", async ({ page }) => {
  await page.goto("/articles");
  const links = page.getByRole("main").getByRole("listitem").getByRole("link");
  await expect(links.first()).toBeVisible();
  for (const text of await links.allInnerTexts()) expect(text).not.toMatch(/^(Untitled article|Article of |Article from )/);
  await page.getByRole("link", { name: /^Defense Minister Benny Gantz met with/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Defense Minister Benny Gantz met with .+…$/);
});

test("an evidence badge says which meeting the sentence supports and opens it", async ({ page }) => {
  await page.goto("/people/yoav-gallant");
  await page.getByRole("link", { name: /Netanyahu now seeking to reschedule/ }).first().click();
  const badge = page.getByRole("main").getByRole("link", { name: /^Meeting, 26 Mar 2024: .*Gallant/ }).first();
  await expect(badge).toBeVisible();
  const names = (await badge.innerText()).split(": ")[1]?.split(", ") ?? [];
  await badge.click();
  await expect(page).toHaveURL(/\/meetings\/2024-03-26-/);
  for (const surname of names) await expect(page.getByRole("heading", { level: 1 })).toContainText(surname);
});

test.describe("on a touch screen", () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test("tapping a quote shows its speaker, and the card links to the speaker's page", async ({ page }) => {
    await page.goto("/quotes?speaker=benny-gantz");
    await page.getByRole("article", { name: "Quote by Benny Gantz" }).first().getByRole("link", { name: "Read in context" }).click();
    await expect(page).toHaveURL(/#q-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    const quote = page.locator(`[id="${id}"]`);
    await expect(quote).toHaveAttribute("role", "button");
    await quote.tap();
    await expect(quote).toHaveAttribute("aria-expanded", "true");
    const card = page.locator(`[id="${await quote.getAttribute("aria-controls")}"]`);
    await expect(card).toBeVisible();
    await expect(card).toContainText("Benny Gantz");
    const box = await card.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    await card.getByRole("link", { name: "Benny Gantz’s page" }).tap();
    await expect(page).toHaveURL(/\/people\/benny-gantz$/);
  });
});

test("the publisher's page chrome is folded away, and opens on a click or from the keyboard", async ({ page }) => {
  await page.goto("/articles");
  await page.getByRole("link", { name: /^Defense Minister Benny Gantz met with/ }).click();
  const body = page.getByRole("main");
  const chromeLine = body.getByText("Follow Israel Hayom on Facebook and Twitter");
  await expect(chromeLine).toBeHidden();
  const folds = body.locator("details").filter({ has: page.getByText(/^Not part of the article: 1 line of the publisher’s page$/) });
  await expect(folds).toHaveCount(2);
  await folds.first().locator("summary").click();
  await expect(chromeLine).toBeVisible();
  // Dimmed: smaller and greyer than the article's own paragraphs.
  const style = (text: string) =>
    body
      .locator("p")
      .filter({ hasText: text })
      .first()
      .evaluate((node) => ({ size: Number.parseFloat(getComputedStyle(node).fontSize), color: getComputedStyle(node).color }));
  const chrome = await style("Follow Israel Hayom on Facebook and Twitter");
  const own = await style("In addition, Gantz spoke of the need for a new policy");
  expect(chrome.size).toBeLessThan(own.size);
  expect(chrome.color).not.toBe(own.color);

  const newsletter = body.getByText(/^Subscribe to Israel Hayom’?'?s daily newsletter/);
  await expect(newsletter).toBeHidden();
  await folds.last().locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(newsletter).toBeVisible();
});

test("a caption the page repeats is folded away, and the meeting's evidence link lands on the caption in the article", async ({ page }) => {
  await page.goto("/people/ron-dermer");
  await page.getByRole("list", { name: "People Ron Dermer met" }).getByRole("link", { name: "7 Mar 2023" }).first().click();
  await expect(page).toHaveURL(/\/meetings\/2023-03-07-/);
  const evidence = page.getByRole("region", { name: "Evidence" }).getByRole("listitem").first();
  await evidence.getByRole("link", { name: "Read it in the article" }).click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+#m-\d+$/);
  const id = new URL(page.url()).hash.slice(1);
  const passage = page.locator(`[id="${id}"]`);
  await expect(passage).toBeInViewport();
  const main = page.getByRole("main");
  await expect(main.locator("details").filter({ has: passage })).toHaveCount(0);
  // The same caption again, then "Most Popular": the publisher's page, folded.
  const fold = main.locator("details").filter({ hasText: "Not part of the article" }).first();
  await expect(fold).not.toHaveAttribute("open");
  await expect(fold.getByText(/^File: \(Left to right\)/)).toBeHidden();
  await fold.locator("summary").click();
  await expect(fold.getByText(/^File: \(Left to right\)/)).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/meetings\/2023-03-07-/);
});
