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
