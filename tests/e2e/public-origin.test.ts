// Absolute links (canonical, og:url, og:image, CSV permalinks) use the configured public address
// (READOUT_PUBLIC_URL, here the address the tests reach the server at), whatever Host header a request sends.
import { allQuotes, someMeeting } from "./support/api";
import { expect, test } from "./support/fixtures";

const hostile = { Host: "evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" };

test("a request with a hostile Host header gets previews on the public address", async ({ request, baseURL }) => {
  const origin = new URL(baseURL ?? "").origin;
  const meeting = await someMeeting(request);
  // A quote id from the record: ids grow with every reload of an article, so none is fixed.
  const [quote] = await allQuotes(request, "speaker=benny-gantz");
  for (const path of [`/meetings/${meeting.slug}`, `/quotes/${quote?.id}`, "/people/ron-dermer", "/"]) {
    const response = await request.get(path, { headers: hostile });
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, path).not.toContain("evil.example");
    for (const [, url] of html.matchAll(/<(?:link rel="canonical"|meta property="og:(?:url|image)") (?:href|content)="([^"]+)"/g)) expect(url?.startsWith(`${origin}/`), `${path}: ${url}`).toBe(true);
  }
  const csv = await request.get("/quotes/csv?q=Gaza", { headers: hostile });
  expect(await csv.text()).not.toContain("evil.example");
});

test("the meeting page a reader opens names its canonical address and preview on the public address", async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL ?? "").origin;
  const meeting = await someMeeting(request);
  await page.goto("/");
  await page.getByRole("region", { name: "Latest meetings" }).getByRole("link", { name: /^(Meeting|Call) / }).first().click();
  await expect(page).toHaveURL(/\/meetings\//);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^${origin}/meetings/`));
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", new RegExp(`^${origin}/meetings/`));
  expect(meeting.slug).toBeTruthy();
});
