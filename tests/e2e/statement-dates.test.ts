// When a statement was made, as the pages say it: "said on/in" the date its text pins, else "reported on" the day
// of the article, on the quote search, a quote's permalink, the timeline and a person's page.
import type { APIRequestContext } from "@playwright/test";
import { statementDateText } from "@/lib/web/statement-date";
import type { DatePrecision } from "@/lib/db/generated/enums";
import { allQuotes } from "./support/api";
import { expect, test } from "./support/fixtures";

type Quote = Awaited<ReturnType<typeof allQuotes>>[number] & { publishedAt: string | null; said: { date: string; precision: DatePrecision } | null };

const firstWords = (quote: Quote) => quote.text.split(" ").slice(0, 4).join(" ");
const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);
const dates = (quote: Quote) => ({ saidDate: day(quote.said?.date ?? null), saidDatePrecision: quote.said?.precision ?? "unknown", reportedOn: day(quote.publishedAt) });

/** A quote by a named speaker whose text says when it was said, and one whose text does not. */
async function quotesOfBothKinds(request: APIRequestContext) {
  const quotes = (await allQuotes(request)) as Quote[];
  const usable = quotes.filter((quote) => quote.speaker && quote.publishedAt && quote.text.split(" ").length >= 4 && !/["“”]/.test(firstWords(quote)));
  const said = usable.find((quote) => quote.said);
  const reported = usable.find((quote) => !quote.said);
  expect(said, "a quote of the record with a said-date").toBeTruthy();
  expect(reported, "a quote of the record without one").toBeTruthy();
  return { said: said as Quote, reported: reported as Quote };
}


test("the quote search and a quote's permalink say when it was said, or else when it was reported", async ({ page, request }) => {
  const { said, reported } = await quotesOfBothKinds(request);
  await page.goto("/quotes");
  for (const quote of [said, reported]) {
    const words = page.getByRole("searchbox", { name: "Words" });
    await words.fill(`"${firstWords(quote)}"`);
    await words.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(`"${firstWords(quote)}"`);
    const result = page.getByRole("article", { name: `Quote by ${quote.speaker?.name}` }).filter({ hasText: firstWords(quote) }).first();
    await expect(result).toContainText(statementDateText(dates(quote)));
  }
  // The said one's permalink gives the report's day beside it.
  await page.goBack();
  await expect(page.getByRole("searchbox", { name: "Words" })).toHaveValue(`"${firstWords(said)}"`);
  await page.getByRole("article").filter({ hasText: firstWords(said) }).first().getByRole("link", { name: "Permalink" }).click();
  await expect(page).toHaveURL(new RegExp(`/quotes/${said.id}$`));
  await expect(page.getByRole("main")).toContainText(statementDateText(dates(said), true));
  expect(statementDateText(dates(said), true)).toMatch(/^Said (on|in) /);
});

test("statements on the timeline stand on the day of their report and say when they were said", async ({ page, request }) => {
  const { said } = await quotesOfBothKinds(request);
  await page.goto("/timeline");
  await page.getByRole("link", { name: "Show statements too" }).click();
  await expect(page.getByText(/statements stand on the day the article reported them/)).toBeVisible();
  await page.getByText("choose people").click();
  await page.getByRole("checkbox", { name: said.speaker?.name ?? "", exact: true }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]person=/);
  const entry = page.locator("main ol > li").filter({ hasText: firstWords(said) }).first();
  await expect(entry).toContainText(statementDateText(dates(said), true));
  // Every statement's line is one or the other.
  const statements = page.locator("main ol > li").filter({ has: page.getByRole("link", { name: "Permalink" }) });
  for (const text of await statements.allInnerTexts()) expect(text).toMatch(/^(Said (on|in)|Reported on) \S/);
});

test("a person's quotes are dated the same way", async ({ page, request }) => {
  const { said } = await quotesOfBothKinds(request);
  await page.goto(`/people/${said.speaker?.slug}`);
  const quotes = page.getByRole("region", { name: "Quotes" });
  await expect(quotes.getByRole("listitem").filter({ hasText: firstWords(said) }).first()).toContainText(statementDateText(dates(said)));
});
