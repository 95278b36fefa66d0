// Relationships that mean what they say: the person page's "who met whom, when" and a meeting page's neighbours.
import { getJson } from "./support/api";
import { expect, test } from "./support/fixtures";

test("a person page says who they met and when; planned and canceled meetings and same-side companions apart", async ({ page }) => {
  await page.goto("/people");
  await page.getByRole("link", { name: "Ron Dermer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ron Dermer");
  const section = page.getByRole("region", { name: "Who Ron Dermer met, when" });
  const met = section.getByRole("list", { name: "People Ron Dermer met" });
  await expect(met).toBeVisible();

  // Each counterpart's dates open meetings (held or calls) that both attended.
  const first = met.getByRole("listitem").filter({ has: page.getByRole("link", { name: /\d{4}$/ }) }).first();
  const counterpart = (await first.getByRole("link").first().innerText()).trim();
  await first.getByRole("link", { name: /\d{4}$/ }).first().click();
  await expect(page).toHaveURL(/\/meetings\//);
  const participants = page.getByRole("region", { name: "Participants" });
  await expect(participants.getByRole("link", { name: "Ron Dermer" })).toBeVisible();
  await expect(participants.getByRole("link", { name: counterpart })).toBeVisible();
  await expect(page.getByRole("main").getByText(/^(Meeting|Call)$/).first()).toBeVisible();
  await page.goBack();

  // The canceled meeting with Tzachi Hanegbi is listed as such, not as a meeting held.
  const notHeld = section.getByRole("list", { name: "Planned or canceled meetings of Ron Dermer" });
  await expect(notHeld.getByRole("listitem").filter({ hasText: "Tzachi Hanegbi" })).toContainText("Canceled meeting");
  // Tzachi Hanegbi (Israel, as Ron Dermer) is listed as going along, not as someone he met.
  await expect(met.getByRole("link", { name: "Tzachi Hanegbi" })).toHaveCount(0);
  await expect(section.getByRole("list", { name: "People at meetings with Ron Dermer, on the same side" }).getByRole("link", { name: "Tzachi Hanegbi" })).toBeVisible();
});

test("the person's meeting count and the people list count held meetings and calls", async ({ page, request }) => {
  const person = await getJson<{ counts: { meetings: number; plannedOrCanceled: number }; meetings: { kind: string }[] }>(request, "/api/people/ron-dermer");
  expect(person.counts.meetings).toBe(person.meetings.filter((meeting) => meeting.kind === "meeting" || meeting.kind === "call").length);
  expect(person.counts.plannedOrCanceled).toBe(person.meetings.length - person.counts.meetings);
  await page.goto("/people/ron-dermer");
  await expect(page.getByRole("main")).toContainText(`${person.counts.meetings} meetings (and ${person.counts.plannedOrCanceled} planned or canceled)`);
});

test("a meeting's neighbours name every participant and say which of this meeting's they share", async ({ page }) => {
  await page.goto("/timeline?person=jake-sullivan&kind=meeting");
  await page.getByRole("link", { name: "Meeting of Jake Sullivan, Ron Dermer and Tzachi Hanegbi" }).first().click();
  await expect(page).toHaveURL(/\/meetings\/2024-06-20-dermer-hanegbi-sullivan$/);
  const here = await page.getByRole("region", { name: "Participants" }).getByRole("link").allInnerTexts();
  const neighbours = page.getByRole("navigation", { name: "Same participants" });
  const card = neighbours.getByRole("link").first();
  await expect(card).toBeVisible();
  const said = await card.innerText();
  // "With all 3 participants of this meeting", or which of them.
  const shared = /With all \d+ participants/.test(said) ? here : (said.match(/participants: (.+)$/m)?.[1] ?? "").split(/, | and /);
  expect(shared.length).toBeGreaterThan(0);
  for (const name of shared) expect(here).toContain(name);
  const href = (await card.getAttribute("href")) ?? "";
  await card.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const there = await page.getByRole("region", { name: "Participants" }).getByRole("link").allInnerTexts();
  // The card named every participant of the meeting it opens.
  for (const name of there) expect(said).toContain(name);
  for (const name of shared) expect(there).toContain(name);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test("a person page says who they met and when within the screen, and a tapped date opens that meeting", async ({ page }) => {
    await page.goto("/people/ron-dermer");
    const met = page.getByRole("list", { name: "People Ron Dermer met" });
    await expect(met).toBeVisible();
    const edges = await met.getByRole("link").evaluateAll((links) => links.map((link) => [link.getBoundingClientRect().left, link.getBoundingClientRect().right]));
    expect(edges.length).toBeGreaterThan(1);
    for (const [left, right] of edges) expect((left ?? -1) >= 0 && (right ?? 999) <= 375).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    const date = met.getByRole("link", { name: /\d{4}$/ }).first();
    await date.scrollIntoViewIfNeeded();
    await date.tap();
    await expect(page).toHaveURL(/\/meetings\//);
    const neighbours = page.getByRole("navigation", { name: "Same participants" });
    const card = neighbours.getByRole("link").first();
    await expect(card).toBeVisible();
    const box = await card.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    await page.goBack();
    await expect(page).toHaveURL(/\/people\/ron-dermer$/);
  });
});
