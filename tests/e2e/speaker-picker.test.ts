// The speaker picker as people use it: type a name, choose with the keyboard, search; misspellings and other
// names find the person; a person never quoted is said to be so; unnamed speakers can be searched.
import { expect, test } from "./support/fixtures";

test("type a name, press the down arrow and Enter: that person is the speaker searched", async ({ page }) => {
  await page.goto("/quotes");
  const speakers = page.getByRole("combobox", { name: "Speakers" });
  await speakers.pressSequentially("Blinken");
  const first = page.getByRole("option").first();
  await expect(first).toContainText("Antony Blinken");
  await speakers.press("ArrowDown");
  await expect(first).toHaveAttribute("aria-selected", "true");
  await speakers.press("Enter");
  await expect(page.getByRole("button", { name: "Remove Antony Blinken" })).toBeVisible();
  await expect(speakers).toBeFocused();
  // A second Enter, with nothing typed, submits the search.
  await speakers.press("Enter");
  await expect(page).toHaveURL(/[?&]speaker=antony-blinken\b/);
  const results = page.getByRole("article", { name: /Quote by/ });
  await expect(results.first()).toBeVisible();
  for (const label of await results.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("aria-label")))) expect(label).toBe("Quote by Antony Blinken");
});

test("suggestions count quotes in words: “1 quote”, never “1 quotes”", async ({ page }) => {
  await page.goto("/quotes");
  await page.getByRole("combobox", { name: "Speakers" }).pressSequentially("official");
  await expect(page.getByRole("option").first()).toBeVisible();
  const counts = await page.getByRole("option").allInnerTexts();
  expect(counts.some((text) => /\b1 quote$/.test(text))).toBe(true);
  for (const text of counts) expect(text).not.toMatch(/\b1 quotes\b/);
});

test("a misspelled alias finds a person never quoted, and the search says so with a link to his page", async ({ page }) => {
  await page.goto("/quotes");
  const speakers = page.getByRole("combobox", { name: "Speakers" });
  await speakers.pressSequentially("Hanedgbi");
  await expect(page.getByRole("option", { name: /Tzachi Hanegbi/ })).toContainText("no quotes");
  await speakers.press("Enter");
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]speaker=tzachi-hanegbi\b/);
  await expect(page.getByText("Tzachi Hanegbi has no quotes in the record.")).toBeVisible();
  await expect(page.getByText(/No speaker’s name resembles/)).toHaveCount(0);
  await page.getByRole("link", { name: "Tzachi Hanegbi’s page" }).click();
  await expect(page).toHaveURL(/\/people\/tzachi-hanegbi$/);
  await page.goBack();
  await expect(page.getByRole("button", { name: "Remove Tzachi Hanegbi" })).toBeVisible();
});

test("a name typed without choosing a suggestion is still resolved to the person", async ({ page }) => {
  await page.goto("/quotes");
  const speakers = page.getByRole("combobox", { name: "Speakers" });
  await speakers.fill("Hanegbi");
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]speaker=tzachi-hanegbi\b/);
  await expect(page.getByText("Tzachi Hanegbi has no quotes in the record.")).toBeVisible();
});

test("unnamed speakers can be searched by how the articles name them", async ({ page }) => {
  await page.goto("/quotes");
  const speakers = page.getByRole("combobox", { name: "Speakers" });
  await speakers.pressSequentially("US official");
  const option = page.getByRole("option", { name: /^“US official”/ });
  await expect(option).toContainText("unnamed speaker");
  await option.click();
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]unnamed=US\+official\b/);
  const results = page.getByRole("article", { name: /Quote by/ });
  await expect(results.first()).toBeVisible();
  for (const label of await results.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("aria-label")))) expect(label).toMatch(/^Quote by (senior )?US official$/);
});
