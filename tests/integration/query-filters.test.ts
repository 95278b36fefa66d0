// The filters of the quote search, the timeline and the meetings API on a small record built by hand: each kind
// and each edge of a date range is checked against the facts that must (and must not) come back.
import { beforeEach, describe, expect, it } from "vitest";
import { listMeetings } from "@/lib/db/queries/list-meetings";
import { listTimeline } from "@/lib/db/queries/list-timeline";
import { findQuotes } from "@/lib/db/queries/search-quotes";
import { parseQuoteFilters } from "@/lib/web/quote-filters";
import { parseMeetingFilters, parseTimelineFilters } from "@/lib/web/timeline-filters";
import { actor, extracted, interaction, quote, statement } from "./support/facts";
import { load } from "./support/load";

// Published 2024-03-10: a meeting the day before, a call that day, a direct and a partial quote and a report.
const FIRST = `Harbour deal near
Lina Park met Omar Haddad in Lyon on March 9. Park and Haddad spoke by phone on Sunday. "We will build it," Park said. Park called it "a fair deal" for the port. Haddad said the money was ready.`;
// Published 2024-03-11: one direct quote.
const SECOND = `Harbour deal signed
"It is signed," Haddad said on Monday.`;
// Published 2024-03-12: a meeting known only to the month.
const THIRD = `Harbour deal review
Lina Park and Omar Haddad met in March to review the deal.`;

const people = (body: string) => [actor(body, "p", "Lina Park", { aliases: ["Park"] }), actor(body, "h", "Omar Haddad", { aliases: ["Haddad"] })];

beforeEach(async () => {
  await load(
    FIRST,
    extracted("first.txt", {
      title: "Harbour deal near",
      publishedAt: "2024-03-10",
      actors: people(FIRST),
      interactions: [
        interaction(FIRST, "m", "Lina Park met Omar Haddad in Lyon on March 9.", ["p", "h"], "2024-03-09"),
        interaction(FIRST, "c", "Park and Haddad spoke by phone on Sunday.", ["p", "h"], "2024-03-10", "call"),
      ],
      quotes: [quote(FIRST, "q1", "p", "We will build it"), { ...quote(FIRST, "q2", "p", "a fair deal"), kind: "partial" }],
      statements: [statement(FIRST, "s", "h", "the money was ready")],
    }),
  );
  await load(SECOND, extracted("second.txt", { title: "Harbour deal signed", publishedAt: "2024-03-11", actors: people(SECOND), quotes: [quote(SECOND, "q", "h", "It is signed")] }));
  await load(
    THIRD,
    extracted("third.txt", {
      title: "Harbour deal review",
      publishedAt: "2024-03-12",
      actors: people(THIRD),
      interactions: [interaction(THIRD, "r", "Lina Park and Omar Haddad met in March to review the deal.", ["p", "h"], "2024-03")],
    }),
  );
});

async function quotes(query: Record<string, string | string[]>): Promise<string[]> {
  const parsed = parseQuoteFilters(query);
  if (!parsed.ok) throw new Error(parsed.error);
  const found = await findQuotes(parsed.value);
  expect(found.total).toBe(found.quotes.length);
  return found.quotes.map((row) => row.text).sort();
}

async function timeline(query: Record<string, string | string[]>): Promise<string[]> {
  const parsed = parseTimelineFilters(query);
  if (!parsed.ok) throw new Error(parsed.error);
  const found = await listTimeline(parsed.value);
  expect(found.total).toBe(found.entries.length);
  return found.entries.map((entry) => (entry.type === "meeting" ? `${entry.meeting.kind} ${entry.meeting.slug}` : `statement ${entry.statement.text}`));
}

async function meetings(query: Record<string, string | string[]>): Promise<string[]> {
  const parsed = parseMeetingFilters(query);
  if (!parsed.ok) throw new Error(parsed.error);
  const found = await listMeetings(parsed.value);
  return found.meetings.map((meeting) => `${meeting.kind} ${meeting.slug}`);
}

describe("quote search filters", () => {
  it("returns only the kinds asked for", async () => {
    expect(await quotes({})).toEqual(["It is signed", "We will build it", "a fair deal", "the money was ready"]);
    expect(await quotes({ kind: "direct" })).toEqual(["It is signed", "We will build it"]);
    expect(await quotes({ kind: "partial" })).toEqual(["a fair deal"]);
    expect(await quotes({ kind: "indirect" })).toEqual(["the money was ready"]);
    expect(await quotes({ kind: ["partial", "indirect"] })).toEqual(["a fair deal", "the money was ready"]);
  });

  it("includes the first and the last day of a date range", async () => {
    const first = ["We will build it", "a fair deal", "the money was ready"];
    expect(await quotes({ from: "2024-03-10", to: "2024-03-10" })).toEqual(first);
    expect(await quotes({ from: "2024-03-11" })).toEqual(["It is signed"]);
    expect(await quotes({ to: "2024-03-10" })).toEqual(first);
    expect(await quotes({ to: "2024-03-09" })).toEqual([]);
    expect(await quotes({ from: "2024-03-12" })).toEqual([]);
    expect(await quotes({ from: "2024-03", to: "2024-03" })).toHaveLength(4);
  });
});

describe("timeline filters", () => {
  it("returns only the kinds asked for, meetings and statements alike", async () => {
    expect(await timeline({ kind: "call" })).toEqual(["call 2024-03-10-haddad-park"]);
    // A meeting known to the month is placed at the month's start.
    expect(await timeline({ kind: "meeting" })).toEqual(["meeting 2024-03-haddad-park", "meeting 2024-03-09-haddad-park"]);
    expect(await timeline({ kind: "statement" })).toEqual(["statement We will build it", "statement a fair deal", "statement the money was ready", "statement It is signed"]);
    expect(await timeline({ kind: ["call", "statement"] })).toEqual([
      "call 2024-03-10-haddad-park",
      "statement We will build it",
      "statement a fair deal",
      "statement the money was ready",
      "statement It is signed",
    ]);
    // With no kind asked for, the timeline shows meetings held and calls; statements are one choice away.
    expect(await timeline({})).toEqual(["meeting 2024-03-haddad-park", "meeting 2024-03-09-haddad-park", "call 2024-03-10-haddad-park"]);
  });

  it("includes the first and last day of a range, and a month-dated meeting in any range that overlaps its month", async () => {
    const everything = ["meeting", "call", "statement"];
    expect(await timeline({ kind: everything, from: "2024-03-10", to: "2024-03-10" })).toEqual([
      "meeting 2024-03-haddad-park",
      "call 2024-03-10-haddad-park",
      "statement We will build it",
      "statement a fair deal",
      "statement the money was ready",
    ]);
    expect(await timeline({ kind: everything, from: "2024-03-09", to: "2024-03-09" })).toEqual(["meeting 2024-03-haddad-park", "meeting 2024-03-09-haddad-park"]);
    expect(await timeline({ kind: everything, from: "2024-03-11" })).toEqual(["meeting 2024-03-haddad-park", "statement It is signed"]);
    expect(await timeline({ kind: everything, from: "2024-04" })).toEqual([]);
    expect(await timeline({ kind: everything, to: "2024-02" })).toEqual([]);
  });
});

describe("meetings API filters", () => {
  it("returns only the kinds asked for, newest first, and includes both ends of a range", async () => {
    expect(await meetings({ kind: "call" })).toEqual(["call 2024-03-10-haddad-park"]);
    expect(await meetings({ from: "2024-03-09", to: "2024-03-09" })).toEqual(["meeting 2024-03-09-haddad-park", "meeting 2024-03-haddad-park"]);
    expect(await meetings({ from: "2024-03-10" })).toEqual(["call 2024-03-10-haddad-park", "meeting 2024-03-haddad-park"]);
    expect(await meetings({ to: "2024-02-29" })).toEqual([]);
  });
});
