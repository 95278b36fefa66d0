// Searching what was said: by speaker (autocomplete), by words, and landing on the passage a result comes from.
import { allQuotes } from "./support/api";
import { expect, targetPassage, test } from "./support/fixtures";

test("search quotes by a speaker, open a result, land on the highlighted passage", async ({ page }) => {
  await page.goto("/quotes");
  const speakers = page.getByRole("combobox", { name: "Speakers" });
  await speakers.fill("Gants"); // misspelled on purpose: the look-up is by trigram similarity
  const option = page.getByRole("option", { name: /Benny Gantz/ });
  await expect(option).toBeVisible();
  await speakers.press("ArrowDown");
  await option.click();
  await expect(page.getByRole("button", { name: "Remove Benny Gantz" })).toBeVisible();
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();

  await expect(page).toHaveURL(/[?&]speaker=benny-gantz\b/);
  const results = page.getByRole("article", { name: /Quote by/ });
  await expect(results.first()).toBeVisible();
  for (const label of await results.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("aria-label")))) expect(label).toBe("Quote by Benny Gantz");

  const result = results.filter({ hasText: "What was is not what will be" });
  await expect(result).toHaveCount(1);
  await result.getByRole("link", { name: "Read in context" }).click();

  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+#q-\d+$/);
  await expect.poll(async () => (await targetPassage(page))?.text).toContain("What was is not what will be");
  const target = await targetPassage(page);
  expect(target?.inViewport).toBe(true);
  // The :target rule marks the passage (yellow), distinct from the other quotes' amber.
  expect(target?.background).not.toBe("rgba(0, 0, 0, 0)");
});

test("a text search highlights the matched words, counts results and exports them as CSV", async ({ page, request }) => {
  await page.goto("/quotes?q=Gaza");
  const status = page.getByRole("status").filter({ hasText: /\d+ quotes?/ });
  await expect(status).toBeVisible();
  const shown = Number((await status.innerText()).match(/^(\d+)/)?.[1]);
  expect(shown).toBeGreaterThan(0);
  const marks = page.locator("main blockquote mark");
  await expect(marks.first()).toBeVisible();
  for (const text of await marks.allInnerTexts()) expect(text.toLowerCase()).toMatch(/^gaza/);

  const csvLink = page.getByRole("link", { name: /Download these results/ });
  const csv = await request.get((await csvLink.getAttribute("href")) ?? "");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toBe("id,published,speaker,speaker_as_written,kind,text,article,outlet,passage,permalink,original_url");
  // One row per result; a quoted cell may hold line breaks, so count by the API instead when they differ.
  const api = await request.get("/api/quotes?q=Gaza");
  expect(lines.length - 1).toBe(((await api.json()) as { total: number }).total);
  expect(lines.length - 1).toBe(shown);
});

test("the search state lives in the URL: reloading keeps speaker, words, kind and order", async ({ page }) => {
  await page.goto("/quotes?speaker=benny-gantz&q=Gaza&kind=indirect&sort=date");
  await page.reload();
  await expect(page.getByRole("button", { name: "Remove Benny Gantz" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Words" })).toHaveValue("Gaza");
  await expect(page.getByRole("checkbox", { name: "Reported speech" })).toBeChecked();
  await expect(page.getByRole("combobox", { name: "Order" })).toHaveValue("date");
});

test("Benny Gantz's quotes include “What was is not what will be”, linked to its sentence", async ({ page, request }) => {
  const quotes = await allQuotes(request, "speaker=benny-gantz");
  const quote = quotes.find((candidate) => candidate.text === "What was is not what will be");
  expect(quote, "the quote is attributed to Benny Gantz").toBeTruthy();
  await page.goto(quote?.passage ?? "/");
  await expect.poll(async () => (await targetPassage(page))?.text).toContain("What was is not what will be");
});

test("“CNN This Morning” is nobody's quote", async ({ request }) => {
  const quotes = await allQuotes(request);
  expect(quotes.length).toBeGreaterThan(0);
  expect(quotes.filter((quote) => quote.text.includes("CNN This Morning"))).toEqual([]);
});
