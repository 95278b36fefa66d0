// The one search box, in the header of every page: people by any name, meetings by who, where and when, quotes
// and articles, grouped; arrow keys and Enter open a suggestion, Enter alone opens the shareable /search page.
import { expect, test } from "./support/fixtures";

const viewports = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 375, height: 812 },
] as const;

for (const viewport of viewports) {
  test(`typing a full name offers that person first; the arrow key and Enter open the page (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/timeline");
    const box = page.getByRole("banner").getByRole("combobox", { name: "Search people, meetings, quotes and articles" });
    await box.pressSequentially("Ron Dermer");
    const suggestions = page.getByRole("banner").getByRole("listbox", { name: "Suggestions" });
    await expect(suggestions).toBeVisible();
    await expect(suggestions.getByRole("group").first()).toHaveAccessibleName("People");
    await expect(suggestions.getByRole("option").first()).toContainText("Ron Dermer");
    // The suggestions fit the screen.
    const listBox = await suggestions.boundingBox();
    expect((listBox?.x ?? -1) >= 0 && (listBox?.x ?? 0) + (listBox?.width ?? 0) <= viewport.width).toBe(true);
    await expect(suggestions.getByRole("group", { name: "Meetings" }).getByRole("option").first()).toContainText("Ron Dermer");

    await box.press("ArrowDown");
    await expect(suggestions.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/people\/ron-dermer$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ron Dermer");
    await page.goBack();
    await expect(page).toHaveURL(/\/timeline$/);
  });
}

test("Enter without choosing opens the search page, which can be shared, reloaded and gone back from", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("banner").getByRole("combobox", { name: "Search people, meetings, quotes and articles" });
  await box.fill("Dermr");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Dermr$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  const people = page.getByRole("region", { name: "People" });
  await expect(people.getByRole("link").first()).toHaveText("Ron Dermer");
  await page.reload();
  await expect(page.getByRole("region", { name: "People" }).getByRole("link").first()).toHaveText("Ron Dermer");
  await expect(page.getByRole("main").getByRole("combobox")).toHaveValue("Dermr");
  await page.getByRole("region", { name: "Meetings" }).getByRole("listitem").getByRole("link", { name: /Ron Dermer/ }).first().click();
  await expect(page).toHaveURL(/\/meetings\//);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=Dermr$/);
});

test("meetings by place and date, quotes by words, articles by headline", async ({ page }) => {
  await page.goto("/search");
  const box = page.getByRole("main").getByRole("combobox");
  await box.fill("Washington June 2024");
  await box.press("Enter");
  await expect(page).toHaveURL(/q=Washington\+June\+2024/);
  const meetings = page.getByRole("region", { name: "Meetings" }).getByRole("listitem");
  await expect(meetings.first()).toBeVisible();
  for (const text of await meetings.allInnerTexts()) expect(text).toMatch(/Jun 2024 · Washington/);

  await page.getByRole("main").getByRole("combobox").fill("Gaza");
  await page.getByRole("main").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=Gaza/);
  const quotes = page.getByRole("region", { name: "Quotes" });
  await expect(quotes.getByRole("link").first()).toBeVisible();
  // Each quote found says when it was said, or else when it was reported.
  const found = quotes.getByRole("listitem").filter({ has: page.locator('a[href^="/quotes/"]') });
  await expect(found.first()).toBeVisible();
  for (const text of await found.allInnerTexts()) expect(text).toMatch(/ · (Said (on|in)|Reported on) \S/);
  await quotes.getByRole("link", { name: /matching quote/ }).click();
  await expect(page).toHaveURL(/\/quotes\?q=Gaza/);
});

test("a word that names nothing says so", async ({ page }) => {
  await page.goto("/search?q=zzzxqv");
  await expect(page.getByText("Nothing in the record matches “zzzxqv”")).toBeVisible();
});

test("the search API answers the same groups", async ({ request }) => {
  const response = await request.get("/api/search?q=Ron%20Dermer");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { groups: { key: string; hits: { href: string; title: string }[] }[] };
  expect(body.groups[0]?.key).toBe("people");
  expect(body.groups[0]?.hits[0]).toMatchObject({ href: "/people/ron-dermer", title: "Ron Dermer" });
  expect(body.groups.find((group) => group.key === "meetings")?.hits.length).toBeGreaterThan(0);
  expect((await request.get("/api/search?q=%00")).status()).toBe(400);
});
