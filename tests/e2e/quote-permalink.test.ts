// A quote's permalink: the passage in context, the original article opened at that passage when it has an
// address, and a citation line to copy.
import { allQuotes } from "./support/api";
import { expect, test } from "./support/fixtures";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("open a quote from the search, copy its citation, and find the original article's link at the passage", async ({ page, request }) => {
  // A quote whose article has a web address (the one article of the five with a URL).
  const quotes = (await allQuotes(request)) as Array<Awaited<ReturnType<typeof allQuotes>>[number] & { article: { url: string | null } }>;
  const quote = quotes.find((candidate) => candidate.article.url && candidate.speaker && candidate.text.split(" ").length >= 4);
  expect(quote, "a quote from an article with a URL").toBeTruthy();
  const words = (quote?.text ?? "").split(" ").slice(0, 3).join(" ");

  await page.goto("/quotes");
  await page.getByRole("searchbox", { name: "Words" }).fill(`"${words}"`);
  await page.getByRole("searchbox", { name: "Words" }).press("Enter");
  await page.getByRole("article").filter({ hasText: words }).first().getByRole("link", { name: "Permalink" }).click();
  await expect(page).toHaveURL(new RegExp(`/quotes/${quote?.id}$`));

  const original = page.getByRole("link", { name: /Open the original at this passage/ });
  await expect(original).toHaveAttribute("href", /^https:\/\/www\.timesofisrael\.com\/.+#:~:text=/);

  await page.getByRole("button", { name: "Copy citation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Citation copied" })).toBeVisible();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain(quote?.speaker?.name ?? "");
  expect(citation).toContain("The Times of Israel");
  expect(citation).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}\./);
  expect(citation).toContain("https://www.timesofisrael.com/");
  await expect(page.getByText(citation)).toBeVisible();
});

test("a quote from an article without an address cites its own permalink on the public address", async ({ page, request, baseURL }) => {
  const [quote] = await allQuotes(request, "speaker=benny-gantz");
  await page.goto(`/quotes/${quote?.id}`);
  await expect(page.getByRole("link", { name: /Open the original/ })).toHaveCount(0);
  await expect(page.getByText(`${new URL(baseURL ?? "").origin}/quotes/${quote?.id}`)).toBeVisible();
});
