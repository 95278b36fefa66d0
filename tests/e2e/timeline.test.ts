// The timeline: filters that live in the URL, the chart above the list, and date order.
import { expect, test } from "./support/fixtures";

test("filter the timeline by a person, reload, and see the same filter", async ({ page }) => {
  await page.goto("/timeline");
  await expect(page.getByRole("group", { name: /dated entr/ })).toBeVisible();
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
  await expect(page.getByRole("group", { name: /by kind/ })).toBeVisible();
});

test("filters that match nothing say so", async ({ page }) => {
  await page.goto("/timeline?from=1990&to=1990");
  await expect(page.getByText("No meetings or statements match these filters")).toBeVisible();
});

test("the timeline opens on meetings and calls, says how it dates entries, and shows statements one click away", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  const entries = page.locator("main ol > li");
  await expect(entries.first()).toBeVisible();
  for (const text of await entries.allInnerTexts()) expect(text).toMatch(/\b(Meeting|Call) (of|between) /);
  await expect(page.getByText("Meetings are dated when they took place.")).toBeVisible();

  await page.getByRole("link", { name: "Show statements too" }).click();
  await expect(page).toHaveURL(/[?&]kind=statement\b/);
  await expect(page.getByText(/statements stand on the day the article reported them, and say when they were made where the text does/)).toBeVisible();
  const statements = entries.filter({ hasText: /^(Reported on|Said (on|in)) / });
  await expect(statements.first()).toBeVisible();
  await expect(statements.first().getByRole("link", { name: "Permalink" })).toBeVisible();
  await page.getByRole("link", { name: "Hide statements" }).click();
  await expect(page).not.toHaveURL(/kind=statement/);
});

test("on a phone the chart's names stay in view while its dates scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/timeline?person=ron-dermer");
  const chart = page.getByRole("region", { name: /Timeline chart/ });
  await expect(chart).toBeVisible();
  const lane = page.getByRole("main").locator("figure").getByText("Ron Dermer", { exact: true });
  await chart.evaluate((node) => node.scrollBy({ left: 2000 }));
  await expect.poll(() => chart.evaluate((node) => node.scrollLeft)).toBeGreaterThan(0);
  const box = await lane.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("on a desktop a dot of the chart opens its entry", async ({ page }) => {
  await page.goto("/timeline?person=yoav-gallant");
  const dot = page.getByRole("group", { name: /dated entr/ }).locator("a").first();
  await dot.click();
  await expect(page).toHaveURL(/\/meetings\/[a-z0-9-]+$|\/timeline\?.*from=\d{4}-\d{2}-\d{2}/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the meetings of a filtered timeline download as CSV and JSON, one row per meeting", async ({ page, request }) => {
  await page.goto("/timeline");
  await page.getByText("choose people").click();
  await page.getByRole("checkbox", { name: "Ron Dermer" }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]person=ron-dermer\b/);
  const shown = Number((await page.getByRole("status").filter({ hasText: /entr(y|ies)/ }).innerText()).match(/^(\d+)/)?.[1]);

  const csvLink = page.getByRole("link", { name: "CSV" });
  const download = page.waitForEvent("download");
  await csvLink.click();
  expect((await download).suggestedFilename()).toBe("readout-meetings.csv");
  const csv = await request.get((await csvLink.getAttribute("href")) ?? "");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toBe("slug,kind,date,date_precision,location,participants,sources,evidence,passage,permalink,original_url");
  expect(lines.length - 1).toBe(shown);
  for (const line of lines.slice(1)) expect(line).toContain("Ron Dermer");

  const json = await request.get((await page.getByRole("link", { name: "JSON" }).getAttribute("href")) ?? "");
  const body = (await json.json()) as { total: number; meetings: { kind: string; permalink: string; participants: { name: string }[] }[] };
  expect(body.total).toBe(shown);
  for (const meeting of body.meetings) {
    expect(["meeting", "call"]).toContain(meeting.kind);
    expect(meeting.participants.map((participant) => participant.name)).toContain("Ron Dermer");
    expect(meeting.permalink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/meetings\//);
  }
  expect((await request.get("/meetings/csv?from=2024-13")).status()).toBe(400);
});
