// The built app serves the record from PostgreSQL: the home page loads without errors and reports the
// articles that `npm start` ingested from data/articles.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const articleCount = fs.readdirSync(path.resolve(import.meta.dirname, "../../data/articles")).filter((name) => name.endsWith(".txt")).length;

test("the home page shows the record built from the five articles", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));

  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Readout/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The count comes from the database; the placeholder page before the web pages had none.
  await expect(page.locator("main")).toContainText(new RegExp(`\\b${articleCount}\\b[^.]{0,40}\\barticles?\\b`, "i"));
  expect(errors).toEqual([]);
});

test("the address browsers ask for on their own, /favicon.ico, is an icon (a 404 there is logged as an error)", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});
