// An article full of markup (<script>, an onerror image, a javascript: link, an iframe) and a manifest whose
// title, outlet and URL carry more, ingested into its own database and served by the production build on
// the end-to-end port + 100: in Chromium every page shows that markup as text, no script of it runs, no dialog opens, and
// the page logs no CSP violation (the fixture fails a test on any console error or external request).
import path from "node:path";
import config from "../../playwright.config";
import { startEmbedded, type DatabaseHandle } from "@/lib/db/postgres/ensure-database";
import { runIngest } from "@/scripts/faults/ingest-runs";
import { startProductionServer, type ProductionServer } from "@/scripts/faults/production-server";
import { withClient } from "@/lib/db/with-client";
import { loadEnv } from "@/lib/env";
import { expect, test } from "./support/fixtures";
import { dropDatabase, freshDatabase } from "./support/fresh-database";

// Beside the end-to-end server's port, so that checkouts running their browser tests at once do not collide.
const PORT = loadEnv().READOUT_E2E_PORT + 100;
const DATABASE = "readout_hostile";
const HOSTILE = path.resolve(import.meta.dirname, "../fixtures/bad-input/hostile");

let cluster: DatabaseHandle;
let server: ProductionServer;
let slugs: { article: string; meeting: string; person: string; quote: number };

// One server for the file, so its tests share one worker.
test.describe.configure({ mode: "serial" });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

function e2eDataDir(): string {
  const web = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
  return path.resolve(import.meta.dirname, "../..", web?.env?.READOUT_DATA_DIR ?? ".data/e2e");
}


test.beforeAll(async () => {
  test.setTimeout(120_000);
  // The e2e cluster (its server runs for the whole e2e run); a database of its own keeps the record apart.
  cluster = await startEmbedded({ dataDir: e2eDataDir(), preferredPort: 0 });
  const url = await freshDatabase(cluster.url, DATABASE);
  const ingest = await runIngest(url, [HOSTILE], 60_000);
  expect(ingest.code, ingest.stderr).toBe(0);
  slugs = await withClient(url, async (client) => {
    const value = async (sql: string) => String(Object.values((await client.query(sql)).rows[0] ?? {})[0] ?? "");
    return {
      article: await value("SELECT slug FROM article"),
      meeting: await value("SELECT slug FROM meeting ORDER BY id LIMIT 1"),
      person: await value("SELECT slug FROM actor ORDER BY id LIMIT 1"),
      quote: Number(await value("SELECT id FROM statement WHERE text LIKE '%onerror%' LIMIT 1")),
    };
  });
  server = await startProductionServer(url, { port: PORT });
});

test.afterAll(async () => {
  await server?.stop();
  if (cluster) await dropDatabase(cluster.url, DATABASE);
  await cluster?.release();
});

/** Opens `url` and checks that nothing of the article ran: no dialog, no global it sets, no element it carries. */
async function openAndCheck(page: import("@playwright/test").Page, url: string) {
  const dialogs = watchDialogs(page);
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await checkNothingRan(page, url, dialogs);
}

/** The messages of every dialog the page opens from now on (each dismissed). */
function watchDialogs(page: import("@playwright/test").Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function checkNothingRan(page: import("@playwright/test").Page, url: string, dialogs: string[]) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const injected = await page.evaluate(() => ({
    global: (window as unknown as { readoutXss?: unknown }).readoutXss ?? null,
    scripts: [...document.scripts].filter((script) => /readoutXss|alert\(/.test(script.textContent ?? "") && !script.src && !/self\.__next_f/.test(script.textContent ?? "")).length,
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    frames: document.querySelectorAll("iframe").length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    bold: [...document.querySelectorAll("main b")].filter((element) => element.textContent === "final").length,
  }));
  expect(injected, url).toEqual({ global: null, scripts: 0, images: 0, frames: 0, javascriptLinks: 0, bold: 0 });
  expect(dialogs, url).toEqual([]);
}

test("the article page shows the article's markup as text and runs none of it", async ({ page }) => {
  await openAndCheck(page, `/articles/${slugs.article}`);
  const main = page.locator("main");
  await expect(main).toContainText('<script>window.readoutXss = "body"; alert("body")</script>');
  await expect(main).toContainText("<img src=x onerror=alert('quote')>We agreed to keep the grain corridor open");
  await expect(main).toContainText('<iframe src="https://example.com/frame"></iframe>');
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("<script>alert('title')</script>Talks in Oslo <b>ended</b>");
  await expect(page).toHaveTitle("<script>alert('title')</script>Talks in Oslo <b>ended</b> · Readout");
  // The manifest's URL is one attribute value, quote characters and all.
  await expect(page.getByRole("link", { name: /Original article/ })).toHaveAttribute("href", `https://example.com/news?id=1&q="><script>alert('url')</script>`);
  // Hovering, focusing and tapping the quote (which show its speaker) run nothing either.
  const quote = page.locator("main [id^='q-']").first();
  await quote.hover();
  await quote.focus();
  await quote.click();
  expect(await page.evaluate(() => (window as unknown as { readoutXss?: unknown }).readoutXss ?? null)).toBeNull();
});

test("quote search, the quote's page, the meeting, the person and the timeline show the markup as text", async ({ page }) => {
  for (const url of [`/quotes?q=${encodeURIComponent("corridor")}`, `/quotes/${slugs.quote}`, `/meetings/${slugs.meeting}`, `/people/${slugs.person}`, "/timeline", "/"]) {
    await openAndCheck(page, url);
  }
  await page.goto(`/quotes?q=${encodeURIComponent("corridor")}`);
  await expect(page.locator("main")).toContainText("<img src=x onerror=alert('quote')>");
  await page.goto(`/meetings/${slugs.meeting}`);
  await expect(page.locator("main")).toContainText('<script>window.readoutXss = "body"; alert("body")</script>');
});

test("a search typed with markup is echoed as text", async ({ page }) => {
  const typed = '<img src=x onerror=alert("typed")>';
  await openAndCheck(page, "/quotes");
  const dialogs = watchDialogs(page);
  const words = page.getByRole("searchbox", { name: "Words" });
  await words.click();
  await page.keyboard.type(typed);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.searchParams.get("q") === typed);
  await expect(words).toHaveValue(typed);
  await checkNothingRan(page, page.url(), dialogs);
  // Reloaded from its address, the search shows the markup as the box's value again, and runs none of it.
  await page.reload();
  await expect(words).toHaveValue(typed);
  await checkNothingRan(page, page.url(), dialogs);
});

test("a javascript: URL that reached the record anyway is shown as no link", async ({ page }) => {
  // The manifest refuses such URLs; if one is in the record all the same, the pages link only to web addresses
  // (and the CSP would refuse to run one).
  const url = new URL(cluster.url);
  url.pathname = `/${DATABASE}`;
  // A new record version, as an ingest would write, so the pages' cached reads see the change.
  const setUrl = (value: string | null) =>
    withClient(url.toString(), async (client) => {
      await client.query("UPDATE article SET url = $1", [value]);
      await client.query("UPDATE record_version SET version = version + 1, changed_at = now()");
    });
  await setUrl('javascript:window.readoutXss="url";alert("url")');
  try {
    await openAndCheck(page, `/articles/${slugs.article}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: /Original article/ })).toHaveCount(0);
    await openAndCheck(page, `/meetings/${slugs.meeting}`);
    await expect(page.getByRole("link", { name: /Read it in the article/ }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: /Open the original/ })).toHaveCount(0);
  } finally {
    await setUrl(null);
  }
});
