// Filter forms as people use them: type, press Enter, search again, page on, go back. Each page keeps one form.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const filterForms = (page: Page) => page.getByRole("main").locator("form");

test("searching quotes twice, then paging and going back, keeps one search form", async ({ page }) => {
  await page.goto("/quotes");
  const words = page.getByRole("searchbox", { name: "Words" });
  await words.fill("Gaza");
  await words.press("Enter");
  await expect(page).toHaveURL(/[?&]q=Gaza\b/);
  await expect(page.getByRole("status").filter({ hasText: /quotes?/ })).toBeVisible();
  await expect(filterForms(page)).toHaveCount(1);

  await page.getByRole("searchbox", { name: "Words" }).fill("Israel");
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=Israel\b/);
  await expect(page.getByRole("status").filter({ hasText: /quotes?/ })).toBeVisible();
  await expect(filterForms(page)).toHaveCount(1);
  await expect(page.getByRole("searchbox", { name: "Words" })).toHaveValue("Israel");

  await page.goBack();
  await expect(page).toHaveURL(/[?&]q=Gaza\b/);
  await expect(filterForms(page)).toHaveCount(1);
  await expect(page.getByRole("searchbox", { name: "Words" })).toHaveValue("Gaza");
});

test("a search sent with Enter puts only the filled fields in the address, and the fields stay usable", async ({ page }) => {
  await page.goto("/quotes");
  const words = page.getByRole("searchbox", { name: "Words" });
  await words.fill("Gaza");
  await words.press("Enter");
  await expect(page).toHaveURL(/[?&]q=Gaza\b/);
  const query = new URL(page.url()).searchParams;
  expect([...query.entries()].filter(([, value]) => value === ""), page.url()).toEqual([]);
  await expect(page.getByRole("main").locator("input:disabled, select:disabled")).toHaveCount(0);
  await page.getByRole("searchbox", { name: "Words" }).fill("Israel");
  await page.getByRole("searchbox", { name: "Words" }).press("Enter");
  await expect(page).toHaveURL(/[?&]q=Israel\b/);
});

test("filtering the timeline twice and paging keeps one filter form", async ({ page }) => {
  // Every kind: more entries than one page holds, so there is a next page.
  await page.goto("/timeline?kind=meeting&kind=call&kind=planned&kind=canceled&kind=statement");
  await page.getByRole("textbox", { name: "From" }).fill("2024");
  await page.getByRole("textbox", { name: "From" }).press("Enter");
  await expect(page).toHaveURL(/[?&]from=2024\b/);
  await expect(filterForms(page)).toHaveCount(1);

  await page.getByRole("textbox", { name: "From" }).fill("2023");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]from=2023\b/);
  await expect(filterForms(page)).toHaveCount(1);

  await page.getByRole("navigation", { name: "Timeline pages" }).getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/[?&]page=2\b/);
  await expect(filterForms(page)).toHaveCount(1);
  await page.goBack();
  await expect(filterForms(page)).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]from=2024\b/);
  await expect(filterForms(page)).toHaveCount(1);
  await expect(page.getByRole("textbox", { name: "From" })).toHaveValue("2024");
});

test("filtering people twice keeps one filter form", async ({ page }) => {
  await page.goto("/people");
  const kind = page.getByRole("combobox", { name: "Show" });
  await kind.selectOption("organization");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]kind=organization\b/);
  await expect(filterForms(page)).toHaveCount(1);
  await page.getByRole("combobox", { name: "Show" }).selectOption("country");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]kind=country\b/);
  await expect(filterForms(page)).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]kind=organization\b/);
  await expect(filterForms(page)).toHaveCount(1);
});
