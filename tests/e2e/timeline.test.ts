// The timeline: filters that live in the URL, the chart above the list, and date order.
import { expect, test } from "./support/fixtures";

test("filter the timeline by a person, reload, and see the same filter", async ({ page }) => {
  await page.goto("/timeline");
  await expect(page.getByRole("img", { name: /dated entr/ })).toBeVisible();
  await page.getByText("choose people").click();
  await page.getByRole("checkbox", { name: "Ron Dermer" }).check();
  await page.getByRole("checkbox", { name: "Meeting", exact: true }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(/[?&]person=ron-dermer\b/);
  await expect(page).toHaveURL(/[?&]kind=meeting\b/);
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  const active = page.getByRole("list", { name: "Active filters" });
  await expect(active.getByRole("link", { name: /Ron Dermer/ })).toBeVisible();
  await expect(active.getByRole("link", { name: /Meeting/ })).toBeVisible();
  await page.getByText("choose people").click();
  await expect(page.getByRole("checkbox", { name: "Ron Dermer" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Meeting", exact: true })).toBeChecked();

  const entries = page.locator("main ol > li").filter({ has: page.getByRole("list", { name: "Participants" }) });
  await expect(entries.first()).toBeVisible();
  for (const entry of await entries.all()) {
    await expect(entry.getByRole("list", { name: "Participants" })).toContainText("Ron Dermer");
    await expect(entry).toContainText("Meeting");
  }
});

test("entries are in date order under month headings, each with links to the meeting and its passage", async ({ page }) => {
  await page.goto("/timeline?kind=meeting&kind=call&kind=planned&kind=canceled");
  // The entries stream in after the page's shell: read them once the first is there.
  await expect(page.locator("main ol > li time").first()).toBeVisible();
  const times = await page.locator("main ol > li time").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime") ?? ""));
  expect(times.length).toBeGreaterThan(0);
  expect([...times].sort()).toEqual(times);
  const headings = page.getByRole("heading", { level: 2 }).filter({ hasText: /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$|^\d{4}$|^Undated$/ });
  await expect(headings.first()).toBeVisible();
  const first = page.locator("main ol > li").first();
  await expect(first.getByRole("link", { name: /^(Meeting|Call|Planned meeting|Canceled meeting)/ })).toHaveAttribute("href", /^\/meetings\//);
  await expect(first.getByRole("link", { name: "Source passage" })).toHaveAttribute("href", /^\/articles\/[a-z0-9-]+#m-\d+$/);
});

test("the chart can lay its lanes out by kind, and that choice is in the URL", async ({ page }) => {
  await page.goto("/timeline");
  await page.getByRole("group", { name: "Chart lanes" }).getByRole("link", { name: "kind" }).click();
  await expect(page).toHaveURL(/[?&]chart=kind\b/);
  await expect(page.getByRole("img", { name: /by kind/ })).toBeVisible();
});

test("filters that match nothing say so", async ({ page }) => {
  await page.goto("/timeline?from=1990&to=1990");
  await expect(page.getByText("No meetings or statements match these filters")).toBeVisible();
});
