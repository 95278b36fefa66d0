// The shareable meeting page: evidence, link copying, old slugs, and the meeting the issue names.
import { someMeeting } from "./support/api";
import { expect, targetPassage, test } from "./support/fixtures";
import { addOldMeetingSlug } from "./support/record";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("open a meeting, copy its link, open the link in a fresh browser and see the same meeting", async ({ page, browser, request, baseURL }) => {
  const meeting = await someMeeting(request);
  await page.goto(`/meetings/${meeting.slug}`);
  const heading = page.getByRole("heading", { level: 1 });
  for (const participant of meeting.participants) await expect(heading).toContainText(participant.name);
  const title = await heading.innerText();

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/meetings/${meeting.slug}`);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    const response = await other.goto(copied);
    expect(response?.status()).toBe(200);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(title);
  } finally {
    await fresh.close();
  }
});

test("a meeting page previews well: Open Graph and Twitter tags with a generated image", async ({ page, request }) => {
  const meeting = await someMeeting(request);
  await page.goto(`/meetings/${meeting.slug}`);
  const og = (property: string) => page.locator(`meta[property="${property}"]`);
  await expect(og("og:title")).toHaveAttribute("content", /\S/);
  await expect(og("og:url")).toHaveAttribute("content", new RegExp(`/meetings/${meeting.slug}$`));
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const image = await og("og:image").getAttribute("content");
  expect(image).toMatch(/^https?:\/\//);
  const png = await request.get(new URL(image ?? "").pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
});

test("each evidence sentence links to its passage in the article, which is highlighted", async ({ page, request }) => {
  const meeting = await someMeeting(request);
  await page.goto(`/meetings/${meeting.slug}`);
  const evidence = page.getByRole("region", { name: "Evidence" }).getByRole("listitem").first();
  const sentence = (await evidence.locator("blockquote").innerText()).trim();
  await evidence.getByRole("link", { name: "Read it in the article" }).click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+#m-\d+$/);
  await expect.poll(async () => (await targetPassage(page))?.text.replace(/\s+/g, " ")).toContain(sentence.replace(/\s+/g, " ").slice(0, 60));
  expect((await targetPassage(page))?.inViewport).toBe(true);
});

test("an old meeting slug redirects permanently (308) to the current one", async ({ page, request }) => {
  const meeting = await someMeeting(request);
  const oldSlug = `${meeting.slug}-renamed-e2e`;
  await addOldMeetingSlug(meeting.slug, oldSlug);

  const direct = await request.get(`/meetings/${oldSlug}`, { maxRedirects: 0 });
  expect(direct.status()).toBe(308);
  expect(new URL(direct.headers()["location"] ?? "", "http://x").pathname).toBe(`/meetings/${meeting.slug}`);
  const api = await request.get(`/api/meetings/${oldSlug}`, { maxRedirects: 0 });
  expect(api.status()).toBe(308);

  await page.goto(`/meetings/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/meetings/${meeting.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the 20 June 2024 meeting of Tzachi Hanegbi and Ron Dermer with Jake Sullivan has its own page with its source", async ({ page }) => {
  const response = await page.goto("/meetings/2024-06-20-dermer-hanegbi-sullivan");
  expect(response?.status()).toBe(200);
  const heading = page.getByRole("heading", { level: 1 });
  for (const name of ["Tzachi Hanegbi", "Ron Dermer", "Jake Sullivan"]) await expect(heading).toContainText(name);
  await expect(page.getByText("20 Jun 2024").first()).toBeVisible();
  // The source is the 20 June 2024 article; its evidence sentence names all three.
  const source = page.getByRole("region", { name: "Evidence" }).getByRole("listitem").filter({ hasText: "Blinken Reiterates Need for Increased Gaza Aid" }).first();
  await expect(source).toBeVisible();
  for (const surname of ["Hanegbi", "Dermer", "Sullivan"]) await expect(source.locator("blockquote")).toContainText(surname);
  await expect(source.getByRole("link", { name: "Read it in the article" })).toHaveAttribute("href", /^\/articles\/[a-z0-9-]+#m-\d+$/);
});

test("/meetings, with no meeting named, opens the timeline of meetings and calls", async ({ page }) => {
  await page.goto("/meetings");
  await expect(page).toHaveURL(/\/timeline\?kind=meeting&kind=call&kind=planned&kind=canceled$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Timeline");
  await expect(page.getByRole("status").filter({ hasText: /\d+ entr(y|ies)/ })).toBeVisible();
});
