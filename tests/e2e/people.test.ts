// People: the list with counts, a person's page, and following their meetings.
import { getJson } from "./support/api";
import { expect, test } from "./support/fixtures";

test("open a person and follow one of their meetings", async ({ page }) => {
  await page.goto("/people?kind=person");
  await page.getByRole("link", { name: "Ron Dermer", exact: true }).click();
  await expect(page).toHaveURL(/\/people\/ron-dermer$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ron Dermer");

  const meetings = page.getByRole("region", { name: "Meetings" });
  const meetingLink = meetings.getByRole("link", { name: /^(Meeting|Call|Planned meeting|Canceled meeting) / }).first();
  await expect(meetingLink).toBeVisible();
  await meetingLink.click();
  await expect(page).toHaveURL(/\/meetings\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ron Dermer");
  await expect(page.getByRole("region", { name: "Participants" }).getByRole("link", { name: "Ron Dermer" })).toHaveAttribute("href", "/people/ron-dermer");
});

test("the people list shows counts of meetings and quotes that match each person's page", async ({ page, request }) => {
  await page.goto("/people");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Benny Gantz", exact: true }) });
  // The table streams in after the page's shell: read the cells once the row is there.
  await expect(row).toBeVisible();
  const cells = await row.getByRole("cell").allInnerTexts();
  const person = await getJson<{ counts: { meetings: number; quotes: number } }>(request, "/api/people/benny-gantz");
  // The quotes cell also holds screen-reader text ("6 quotes by …"): compare the leading number.
  expect(Number.parseInt(cells.at(-2) ?? "", 10)).toBe(person.counts.meetings);
  expect(Number.parseInt(cells.at(-1) ?? "", 10)).toBe(person.counts.quotes);
  expect(person.counts.quotes).toBeGreaterThan(0);
});

test("Jake Sullivan and Jake Tapper are different people", async ({ page, request }) => {
  const sullivan = await getJson<{ name: string; aliases: string[] }>(request, "/api/people/jake-sullivan");
  const tapper = await getJson<{ name: string; aliases: string[] }>(request, "/api/people/jake-tapper");
  expect(sullivan.name).toBe("Jake Sullivan");
  expect(tapper.name).toBe("Jake Tapper");
  expect(sullivan.aliases.join("|")).not.toMatch(/Tapper/);
  expect(tapper.aliases.join("|")).not.toMatch(/Sullivan/);
  await page.goto("/people/jake-sullivan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jake Sullivan");
});

test("filtering people by kind keeps the filter in the URL", async ({ page }) => {
  await page.goto("/people");
  await page.getByRole("combobox", { name: "Show" }).selectOption("organization");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]kind=organization\b/);
  await expect(page.getByRole("cell", { name: "Organization" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "Person", exact: true })).toHaveCount(0);
});

test("people are listed by default; organizations and countries are one choice away, each with its label", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByRole("status")).toHaveText(/^\d+ people$/);
  const kinds = page.getByRole("cell", { name: /^(Person|Organization|Country|Group)$/ });
  await expect(kinds.first()).toBeVisible();
  expect(new Set(await kinds.allInnerTexts())).toEqual(new Set(["Person"]));

  await page.getByRole("combobox", { name: "Show" }).selectOption({ label: "Countries" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]kind=country\b/);
  await expect(page.getByRole("status")).toHaveText(/^\d+ countr(y|ies)$/);
  await expect(kinds.first()).toBeVisible();
  expect(new Set(await kinds.allInnerTexts())).toEqual(new Set(["Country"]));
});

test("“Most quoted” on the home page lists people only", async ({ page, request }) => {
  await page.goto("/");
  const names = page.getByRole("region", { name: "Most quoted" }).getByRole("listitem").getByRole("link", { name: /^(?!\d+ quotes?$)/ });
  await expect(names.first()).toBeVisible();
  for (const href of await names.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))) {
    const person = await getJson<{ kind: string }>(request, `/api${href}`);
    expect(person.kind, href).toBe("person");
  }
  await names.first().click();
  await expect(page.getByRole("main").getByText("Person", { exact: true })).toBeVisible();
});

test("a participant's role names the country the same title has in another article", async ({ page }) => {
  // The 2021 article calls Jake Sullivan "National Security Adviser" alone; a later one says whose.
  await page.goto("/people");
  await page.getByRole("link", { name: "Benny Gantz", exact: true }).click();
  const met = page.getByRole("list", { name: "People Benny Gantz met" });
  const sullivan = met.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Jake Sullivan", exact: true }) });
  await sullivan.getByRole("link", { name: /\d{4}$/ }).first().click();
  await expect(page).toHaveURL(/\/meetings\//);
  const participants = page.getByRole("region", { name: "Participants" }).getByRole("listitem");
  await expect(participants.filter({ hasText: "Jake Sullivan" })).toContainText("National Security Adviser, United States");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Benny Gantz");
});
