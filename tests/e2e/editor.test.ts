// The editor's journeys in Chromium, on a record of their own (support/editor-server.ts): set a password from
// the setup link, sign in, add an HTML page and a text file, find the new meeting, fix a wrong speaker, merge
// two entries for one person, mark a false quote, sign out; then, as the public, see the corrections with
// their notes and history, no edit links, and every edit page and action refused.
import { expect, test } from "./support/fixtures";
import { EDITOR_PORT, startEditorRecord, type EditorRecord } from "./support/editor-server";

const EMAIL = "journey-editor@example.org";
const PASSWORD = "a journey password";

// Our own articles: a web page (with a menu and footer around the article) and a text file.
const HARBOUR_PAGE = `<!doctype html><html><head><title>Harbour commissioners agree to resume talks</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour commissioners agree to resume talks</h1>
<p>Clara Borg met Anton Vella in Valletta on March 3, 2026, to restart the harbour talks that stalled in the spring.</p>
<p>"We owe the fishermen an answer," Borg said after the meeting.</p>
<p>Vella, the southern commissioner, said a draft agreement would follow within weeks.</p>
<p>"Nobody leaves the table until the quotas are fixed," said Vella.</p></article>
<footer>Copyright Example Gazette · <a href="/privacy">Privacy</a></footer></body></html>`;
const FERRY_TEXT = `Ferry operators wait for the harbour deal
Ferry operators in Gozo said on Wednesday that they expect new timetables once the harbour agreement is signed.
Clara Borg-Mifsud, who leads the northern harbour board, told operators that the quotas would be published in April.
"The ferries will run on time this summer," Clara Borg-Mifsud said.`;

let record: EditorRecord;

// Whole journeys of many pages each (a render, an extraction, several corrections): longer than one page's 30 s.
test.describe.configure({ mode: "serial", timeout: 120_000 });
// The fixture fails a test on requests to any other origin than the base URL, and on console errors other than
// the browser's report of the deliberate refusals below (a quote marked wrong is gone, a signed-out editor is refused).
test.use({ baseURL: `http://127.0.0.1:${EDITOR_PORT}`, expectedConsoleErrors: [/status of 40[134]/] });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  record = await startEditorRecord(EMAIL);
});

test.afterAll(async () => {
  await record?.stop();
});

const at = (path: string) => `${record.origin}${path}`;

async function signIn(page: import("@playwright/test").Page) {
  await page.goto(at("/editor/sign-in"));
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Password").press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Corrections" })).toBeVisible();
}

async function quoteId(text: string): Promise<number> {
  const [row] = await record.query<{ id: number }>("SELECT id FROM statement WHERE text = $1", [text]);
  if (!row) throw new Error(`no quote "${text}"`);
  return row.id;
}

test("an editor sets a password, signs in, adds a web page and a text file, and finds the new meeting", async ({ page }) => {
  await page.goto(record.setupLink);
  await page.getByLabel("New password").fill(PASSWORD);
  await page.getByLabel("The same password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Corrections" })).toBeVisible();
  // The link worked once.
  await page.goto(record.setupLink);
  await page.getByLabel("New password").fill("another password here");
  await page.getByLabel("The same password again").fill("another password here");
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page.getByText(/this setup link has expired or was already used/)).toBeVisible();

  await page.goto(at("/editor"));
  await page.getByRole("navigation", { name: "Editor" }).getByRole("link", { name: "Add articles" }).click();
  await page.getByLabel("Article files (.txt or .html)").setInputFiles([
    { name: "harbour-talks.html", mimeType: "text/html", buffer: Buffer.from(HARBOUR_PAGE) },
    { name: "ferry-operators.txt", mimeType: "text/plain", buffer: Buffer.from(FERRY_TEXT) },
  ]);
  await page.getByLabel("Outlet").fill("Example Gazette");
  await page.getByLabel("Publication date").fill("2026-03-04");
  await page.getByRole("button", { name: "Preview" }).click();

  const confirm = page.getByRole("region", { name: "Confirm 2 articles" });
  await expect(confirm).toBeVisible();
  const webPage = confirm.getByRole("article", { name: "harbour-talks.html" });
  // The page's article, paragraph by paragraph, without its menu or footer.
  await expect(webPage.getByText("Clara Borg met Anton Vella in Valletta on March 3, 2026", { exact: false })).toBeVisible();
  await expect(webPage).not.toContainText("Privacy");
  await expect(webPage.getByLabel("Title")).toHaveValue(/Harbour commissioners agree to resume talks/);
  await webPage.getByLabel("Title").fill("Harbour commissioners agree to resume talks");
  await expect(confirm.getByRole("article", { name: "ferry-operators.txt" }).getByLabel("Outlet")).toHaveValue("Example Gazette");
  await confirm.getByRole("button", { name: "Add these 2 articles" }).click();

  await expect(page.getByRole("heading", { name: "Added 2 of 2" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("listitem").filter({ hasText: "harbour-talks.html" })).toContainText("added: 2 quotes");
  await page.getByRole("link", { name: "harbour-talks.html" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbour commissioners agree to resume talks");

  await page.goto(at("/people/clara-borg"));
  await page.getByRole("region", { name: "Meetings" }).getByRole("link", { name: /Anton Vella/ }).first().click();
  await expect(page).toHaveURL(/\/meetings\/2026-03-03-borg-vella$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Clara Borg");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Anton Vella");
});

test("an editor fixes a wrong speaker, merges two entries for one person, marks a false quote, and signs out", async ({ page }) => {
  await signIn(page);

  // A wrong speaker: the quote is given to Clara Borg instead.
  const ruled = await quoteId("Nobody leaves the table until the quotas are fixed");
  // Signed in, a public page is rendered for the editor alone: no shared copy, nothing any cache may keep.
  const own = await page.goto(at(`/quotes/${ruled}`));
  expect(own?.headers()["cache-control"]).toMatch(/private.*no-store|no-store.*private/);
  expect(own?.headers().etag).toBeUndefined();
  expect(own?.headers()["content-security-policy"]).toMatch(/'nonce-/);
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit a quote" })).toBeVisible();
  await page.getByLabel("The right speaker: a person the article names").selectOption({ label: "Clara Borg (clara-borg)" });
  await page.getByRole("form", { name: "Change the speaker" }).getByLabel(/Reason/).fill("the recording shows Borg said it");
  await page.getByRole("button", { name: "Change the speaker" }).click();
  await expect(page).toHaveURL(at(`/quotes/${ruled}`));
  await expect(page.getByRole("link", { name: "Clara Borg" }).first()).toBeVisible();
  await expect(page.getByText(/speaker corrected on \d{1,2} \w+ \d{4}/)).toBeVisible();

  // Two entries for one person: the married name in the second article.
  await page.goto(at("/people/clara-borg"));
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.getByLabel(/The other entry’s address/).fill("clara-borg-mifsud");
  await page.getByRole("button", { name: "Merge" }).click();
  await expect(page).toHaveURL(at("/people/clara-borg"));
  await expect(page.getByText("Also written as:")).toContainText("Clara Borg-Mifsud");
  await expect(page.getByText(/merged with another entry on/)).toBeVisible();
  await page.goto(at("/people/clara-borg-mifsud"));
  await expect(page).toHaveURL(at("/people/clara-borg"));

  // A false quote.
  const fishermen = await quoteId("We owe the fishermen an answer");
  await page.goto(at(`/quotes/${fishermen}`));
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.getByRole("button", { name: "Mark as wrong" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbour commissioners agree to resume talks");
  expect((await page.goto(at(`/quotes/${fishermen}`)))?.status()).toBe(404);

  // The audit trail has all three.
  await page.goto(at("/editor"));
  const latest = page.getByRole("region", { name: "Latest changes" });
  await expect(latest.getByRole("listitem")).toHaveCount(3);
  await expect(latest).toContainText("Speaker of “Nobody leaves the table until the quotas are fixed” changed from Anton Vella to Clara Borg");
  await expect(latest).toContainText("Clara Borg-Mifsud merged into Clara Borg");
  await expect(latest).toContainText(EMAIL);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Signed out.");
  expect((await page.goto(at("/editor")))?.status()).toBe(401);
  await page.goto(at(`/quotes/${ruled}`));
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
});

test.describe("the public", () => {
  test("sees the corrections with their notes and history, and no edit links", async ({ page }) => {
    const ruled = await quoteId("Nobody leaves the table until the quotas are fixed");
    await page.goto(at(`/quotes/${ruled}`));
    await expect(page.getByText(/speaker corrected on \d{1,2} \w+ \d{4}/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);

    await page.goto(at("/people/clara-borg"));
    await expect(page.getByText(/merged with another entry on/)).toBeVisible();
    await page.getByRole("link", { name: "History" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("History of Clara Borg");
    await expect(page.getByRole("main")).toContainText("Clara Borg-Mifsud merged into Clara Borg");
    await expect(page.getByRole("main")).toContainText("Reason: the recording shows Borg said it");
    await expect(page.getByRole("main")).not.toContainText(EMAIL);
  });

  test("is refused every edit page (401) and every edit action (401 or 403)", async ({ page, request }) => {
    for (const path of ["/editor", "/editor/articles/new", "/editor/people/clara-borg", "/editor/meetings/2026-03-03-borg-vella"]) {
      const response = await page.goto(at(path));
      expect(response?.status(), path).toBe(401);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Editors only");
    }
    await page.getByRole("link", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in as an editor");
    for (const action of ["correct", "ingest-article", "preview-articles", "sign-out-everywhere"]) {
      expect((await request.post(at(`/editor/actions/${action}`), { headers: { Origin: record.origin }, form: { kind: "hide_person", actorId: "1" } })).status(), action).toBe(401);
      expect((await request.post(at(`/editor/actions/${action}`), { headers: { Origin: "https://elsewhere.example" }, form: { kind: "hide_person", actorId: "1" } })).status(), action).toBe(403);
    }
  });

  test("on a phone, the corrected quote reads the same", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const ruled = await quoteId("Nobody leaves the table until the quotas are fixed");
    await page.goto(at(`/quotes/${ruled}`));
    await expect(page.getByText(/speaker corrected on/)).toBeInViewport();
  });
});
