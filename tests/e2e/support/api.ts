// Reads the JSON API the way a client would, to pick real slugs and ids for the journeys.
import type { APIRequestContext } from "@playwright/test";
import { expect } from "./fixtures";

type MeetingList = { total: number; meetings: { slug: string; participants: { slug: string; name: string }[] }[] };
type QuoteList = { total: number; quotes: { id: number; text: string; speaker: { slug: string; name: string } | null; passage: string }[] };

export async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), `GET ${url}`).toBe(200);
  return (await response.json()) as T;
}

/** A meeting with at least two participants (the record's first, newest first). */
export async function someMeeting(request: APIRequestContext) {
  const list = await getJson<MeetingList>(request, "/api/meetings");
  const meeting = list.meetings.find((candidate) => candidate.participants.length >= 2);
  expect(meeting, "the record has a meeting with two participants").toBeTruthy();
  return meeting as MeetingList["meetings"][number];
}

/** Every quote in the record, page by page. */
export async function allQuotes(request: APIRequestContext, query = "") {
  const quotes: QuoteList["quotes"] = [];
  for (let page = 1; ; page++) {
    const list = await getJson<QuoteList>(request, `/api/quotes?page=${page}${query ? `&${query}` : ""}`);
    quotes.push(...list.quotes);
    if (quotes.length >= list.total || list.quotes.length === 0) return quotes;
  }
}
