// A filter the page cannot read: the page keeps its form, shows the value as typed with the problem beside the
// field, answers 400 when opened from an address, and still shows what the other filters select.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

test.use({ expectedConsoleErrors: [/status of 400/] });

const fieldProblem = async (page: Page, name: string) => {
  const field = page.getByRole("textbox", { name, exact: true });
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const problemId = (await field.getAttribute("aria-describedby"))?.split(" ")[0] ?? "";
  return page.locator(`[id="${problemId}"]`);
};

test("a date typed as words on the timeline: the form keeps it and says why, the rest still filters", async ({ page }) => {
  await page.goto("/timeline");
  await expect(page.getByRole("textbox", { name: "From", exact: true })).not.toHaveAttribute("placeholder", /\d/);
  await page.getByText("choose people").click();
  await page.getByRole("checkbox", { name: "Ron Dermer" }).check();
  const from = page.getByRole("textbox", { name: "From", exact: true });
  await from.fill("June 2024");
  await from.press("Enter");

  await expect(page).toHaveURL(/[?&]from=June\+2024\b/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Timeline");
  await expect(page.getByRole("textbox", { name: "From", exact: true })).toHaveValue("June 2024");
  await expect(await fieldProblem(page, "From")).toContainText("“June 2024”: expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("From “June 2024”");
  // The person filter still applies.
  const entries = page.locator("main ol > li").filter({ has: page.getByRole("list", { name: "Participants" }) });
  await expect(entries.first()).toBeVisible();
  for (const entry of await entries.all()) await expect(entry.getByRole("list", { name: "Participants" })).toContainText("Ron Dermer");

  // The same address opened directly is a bad request, with the same page.
  const response = await page.reload();
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("textbox", { name: "From", exact: true })).toHaveValue("June 2024");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  // Correcting it clears the problem.
  await page.getByRole("textbox", { name: "From", exact: true }).fill("2024-06");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]from=2024-06\b/);
  await expect(page.getByRole("textbox", { name: "From", exact: true })).not.toHaveAttribute("aria-invalid");
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
});

test("an impossible month and a range that ends before it starts, on the quote search", async ({ page }) => {
  await page.goto("/quotes");
  await page.getByRole("textbox", { name: "To", exact: true }).fill("2024-13");
  await page.getByRole("searchbox", { name: "Words" }).fill("Gaza");
  await page.getByRole("searchbox", { name: "Words" }).press("Enter");
  await expect(page.getByRole("textbox", { name: "To", exact: true })).toHaveValue("2024-13");
  await expect(await fieldProblem(page, "To")).toContainText("“2024-13”");
  // The words still search.
  await expect(page.getByRole("status").filter({ hasText: /\d+ quotes?/ })).toBeVisible();

  await page.getByRole("textbox", { name: "From", exact: true }).fill("2025");
  await page.getByRole("textbox", { name: "To", exact: true }).fill("2024");
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]from=2025\b/);
  await expect(await fieldProblem(page, "From")).toContainText('“2025”: is after the "to" date (2024)');
  await expect(page.getByRole("textbox", { name: "To", exact: true })).toHaveValue("2024");
  await expect(page.getByRole("main").locator("form")).toHaveCount(1);
});

for (const [url, heading] of [
  ["/timeline?from=yesterday", "Timeline"],
  ["/timeline?kind=party", "Timeline"],
  ["/timeline?page=0", "Timeline"],
  ["/quotes?sort=random", "Quotes"],
  ["/quotes?q=Gaza%00", "Quotes"],
  ["/people?kind=alien", "People"],
  ["/search?q=Gaza%00", "Search"],
] as const) {
  test(`${url} answers 400 with the page, its form and the problem`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByRole("main").locator("form")).toHaveCount(1);
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test("the problem with a typed date shows beside its field, within the screen", async ({ page }) => {
    await page.goto("/quotes");
    const from = page.getByRole("textbox", { name: "From", exact: true });
    // A hint, not a date-like placeholder that reads as a filter already set.
    await expect(from).not.toHaveAttribute("placeholder", /\d/);
    await from.fill("2024-13");
    await from.press("Enter");
    await expect(page).toHaveURL(/[?&]from=2024-13\b/);
    const problem = await fieldProblem(page, "From");
    await expect(problem).toBeVisible();
    const field = await page.getByRole("textbox", { name: "From", exact: true }).boundingBox();
    const box = await problem.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    // Beside the field: just under it, not at the top of the page.
    expect(box && field && box.y >= field.y && box.y - (field.y + field.height) < 80).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});
