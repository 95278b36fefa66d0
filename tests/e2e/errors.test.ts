// Bad addresses get the 404 page with status 404 (or a JSON 400 from the API), never a 500. (A filter page with a
// filter it cannot read answers 400 with its form: filter-problems.test.ts.)
import { expect, test } from "./support/fixtures";

// The browser reports the 404 response itself as a console error; that is the point of these tests.
test.use({ expectedConsoleErrors: [/status of 404/] });

const unknown = ["/meetings/1999-01-01-nobody", "/people/nobody-at-all", "/articles/no-such-article", "/quotes/999999", "/no/such/page"];
const malformed = ["/meetings/Not%20A%20Slug", "/quotes/-1", "/quotes/abc"];

for (const url of [...unknown, ...malformed]) {
  test(`${url} shows the 404 page with status 404`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not in the record");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  });
}

test("the API answers bad parameters with a JSON 400 that names the parameter", async ({ request }) => {
  for (const [url, parameter] of [
    ["/api/meetings?kind=party", "kind"],
    ["/api/meetings?from=2025&to=2024", "from"],
    ["/api/quotes?page=zero", "page"],
    ["/api/quotes?speaker=Benny%20Gantz", "speaker"],
    ["/api/meetings/Not%20A%20Slug", "slug"],
    ["/api/quotes?q=%00", "q"],
    ["/api/speakers?q=%00", "q"],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    const body = (await response.json()) as { error: string };
    expect(body.error).toContain(`"${parameter}"`);
  }
});

test("the API answers an unknown slug with a JSON 404", async ({ request }) => {
  for (const url of ["/api/meetings/1999-01-01-nobody", "/api/people/nobody-at-all"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(/No .* has the slug/);
  }
});
