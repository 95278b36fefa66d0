// Pages kept whole per record version, as a reader's browser gets them: served again from the cache, reached by
// client-side navigation (RSC payloads), by the back button and by a reload that revalidates with the ETag,
// every one under a CSP of hashes that Chromium enforces with no violation (the fixture also fails on any
// console error, which is where Chromium reports a blocked script).
import type { Page } from "@playwright/test";
import { someMeeting } from "./support/api";
import { expect, test } from "./support/fixtures";

const HASHED_POLICY = /script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/;

/** Every CSP violation the page reports, in the order they happen. */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

/** A click on the main navigation that the router answers (a client navigation needs the page's scripts running). */
async function navigateByRouter(page: Page, name: string, path: RegExp): Promise<string[]> {
  const payloads: string[] = [];
  const onResponse = (response: import("@playwright/test").Response) => {
    if (response.request().headers().rsc === "1") payloads.push(`${response.status()} ${response.headers().etag ?? "no etag"}`);
  };
  page.on("response", onResponse);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  page.off("response", onResponse);
  return payloads;
}

test("kept pages carry the security headers and a CSP of their scripts' hashes, the same for every reader", async ({ request }) => {
  const meeting = await someMeeting(request);
  for (const route of ["/", "/timeline", `/meetings/${meeting.slug}`, "/people"]) {
    const answers = [await request.get(route), await request.get(route)];
    for (const answer of answers) {
      expect(answer.status(), route).toBe(200);
      const headers = answer.headers();
      expect(headers["content-security-policy"], route).toMatch(HASHED_POLICY);
      expect(headers["content-security-policy"], route).not.toMatch(/nonce-|unsafe-inline|unsafe-eval/);
      expect(headers["x-content-type-options"], route).toBe("nosniff");
      expect(headers["x-frame-options"], route).toBe("DENY");
      expect(headers["cache-control"], route).toBe("public, no-cache");
      expect(headers.etag, route).toMatch(/^W\//);
    }
    expect(answers[1]?.headers().etag, route).toBe(answers[0]?.headers().etag);
  }
});

test("a kept page, client navigations, the back button and a revalidating reload run with no CSP violation", async ({ page, request }) => {
  const violations = await recordViolations(page);
  const meeting = await someMeeting(request);

  // Twice: the first may render it, the second is the kept answer (or the browser's copy, revalidated).
  for (let visit = 0; visit < 2; visit++) {
    expect((await page.goto("/"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  // Client-side navigation: Next fetches the next page's RSC payload, which is kept too.
  await page.goto(`/meetings/${meeting.slug}`);
  const payloads = await navigateByRouter(page, "People", /\/people$/);
  expect(payloads.some((line) => /^200 W\//.test(line)), payloads.join("; ")).toBe(true);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meeting.slug}$`));
  // A reload asks with the ETag; the copy the browser holds runs under the policy it came with.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await navigateByRouter(page, "Timeline", /\/timeline/);
  expect(violations).toEqual([]);
});

test("a page asked again with its ETag is answered 304 with no body and the security headers", async ({ request }) => {
  const first = await request.get("/timeline");
  const etag = first.headers().etag ?? "";
  expect(etag).toMatch(/^W\//);
  const again = await request.get("/timeline", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  expect((await again.body()).length).toBe(0);
  expect(again.headers()["x-content-type-options"]).toBe("nosniff");
  expect(again.headers()["x-frame-options"]).toBe("DENY");
});
