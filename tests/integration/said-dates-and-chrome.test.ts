// The extraction's said-dates of quotes and statements and its page-chrome spans, kept by the ingest (new and edited
// articles alike) and read back by the page queries.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getArticleBySlug } from "@/lib/db/queries/get-article";
import { getQuoteById } from "@/lib/db/queries/get-quote";
import { findQuotes } from "@/lib/db/queries/search-quotes";
import { parseQuoteFilters } from "@/lib/web/quote-filters";
import { actor, at, extracted, quote, statement } from "./support/facts";
import { load } from "./support/load";

const BODY = `Harbour talks resume
Mara Quell said last week that the harbour talks would resume. "We are close," Quell told reporters on Monday.
Follow the Coastal Ledger on social media for more.
Photo: Coastal Ledger archive`;

function article(options: { quoteDate?: string | null; statementDate?: string | null; chrome?: string[] } = {}) {
  return extracted("harbour.txt", {
    title: "Harbour talks resume",
    publishedAt: "2025-03-12",
    actors: [actor(BODY, "q", "Mara Quell", { aliases: ["Quell"] })],
    quotes: [{ ...quote(BODY, "q1", "q", "We are close"), date: options.quoteDate === undefined ? "2025-03-10" : options.quoteDate }],
    statements: [{ ...statement(BODY, "s1", "q", "the harbour talks would resume"), date: options.statementDate === undefined ? "2025-03" : options.statementDate }],
    chrome: (options.chrome ?? ["Follow the Coastal Ledger on social media for more.", "Photo: Coastal Ledger archive"]).map((line) => at(BODY, line)),
  });
}

const saidDates = async () =>
  (await db.statement.findMany({ orderBy: { start: "asc" }, select: { kind: true, saidDate: true, saidDatePrecision: true } })).map((row) => [
    row.kind,
    row.saidDate?.toISOString().slice(0, 10) ?? null,
    row.saidDatePrecision,
  ]);

const chromeText = async () => (await db.articleChrome.findMany({ orderBy: { start: "asc" } })).map((span) => BODY.slice(span.start, span.end));

describe("said-dates and page chrome", () => {
  it("stores when each quote and statement was said, at its precision, and the article's chrome spans", async () => {
    const result = await load(BODY, article());
    expect(result.status).toBe("new");
    expect(await saidDates()).toEqual([
      ["indirect", "2025-03-01", "month"],
      ["direct", "2025-03-10", "day"],
    ]);
    expect(await chromeText()).toEqual(["Follow the Coastal Ledger on social media for more.", "Photo: Coastal Ledger archive"]);
  });

  it("replaces them when the extraction of an article changes, and keeps nothing of the old ones", async () => {
    await load(BODY, article());
    const result = await load(BODY, article({ quoteDate: null, statementDate: "2024", chrome: ["Photo: Coastal Ledger archive"] }));
    expect(result.status).toBe("changed");
    expect(await saidDates()).toEqual([
      ["indirect", "2024-01-01", "year"],
      ["direct", null, "unknown"],
    ]);
    expect(await chromeText()).toEqual(["Photo: Coastal Ledger archive"]);
    expect(await db.articleChrome.count()).toBe(1);
  });

  it("reads as undated when the extraction gives no dates or chrome (output of the published contract alone)", async () => {
    const facts = article();
    for (const fact of [...facts.quotes, ...facts.statements]) delete fact.date;
    delete facts.chrome;
    await load(BODY, facts);
    expect(await saidDates()).toEqual([
      ["indirect", null, "unknown"],
      ["direct", null, "unknown"],
    ]);
    expect(await db.articleChrome.count()).toBe(0);
  });

  it("gives pages the said-date of a quote and the chrome of an article", async () => {
    const { slug } = await load(BODY, article());
    const page = await getArticleBySlug(slug);
    expect(page?.chrome.map((span) => BODY.slice(span.start, span.end))).toEqual(["Follow the Coastal Ledger on social media for more.", "Photo: Coastal Ledger archive"]);
    const direct = await db.statement.findFirstOrThrow({ where: { kind: "direct" }, select: { id: true } });
    const detail = await getQuoteById(direct.id);
    expect(detail?.saidDate?.toISOString().slice(0, 10)).toBe("2025-03-10");
    expect(detail?.saidDatePrecision).toBe("day");
    const parsed = parseQuoteFilters(new URLSearchParams("q=harbour"));
    if (!parsed.ok) throw new Error(parsed.error);
    const found = await findQuotes(parsed.value);
    expect(found.quotes.map((row) => [row.saidDate, row.saidDatePrecision])).toEqual([["2025-03-01", "month"]]);
  });
});
