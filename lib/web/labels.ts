// Words the pages use for kinds, lists of names and articles, in one place.
import type { ActorKind, MeetingKind, StatementKind } from "@/lib/db/generated/enums";
import { formatDate } from "./dates";

export const meetingKindLabel: Record<MeetingKind, string> = { meeting: "Meeting", call: "Call", planned: "Planned meeting", canceled: "Canceled meeting" };
export const statementKindLabel: Record<StatementKind, string> = { direct: "Direct quote", partial: "Partial quote", indirect: "Reported speech" };
/** The timeline's legend: meeting kinds and statements, one word each. */
export const KIND_LEGEND: Record<string, string> = {
  meeting: "Meeting",
  call: "Call",
  planned: "Planned",
  canceled: "Canceled",
  statement: "Statement",
};
export const actorKindLabel: Record<ActorKind, string> = { person: "Person", organization: "Organization", country: "Country", group: "Group" };
export const actorKindPlural: Record<ActorKind, string> = { person: "People", organization: "Organizations", country: "Countries", group: "Groups" };

/** "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** "Meeting of Ron Dermer, Tzachi Hanegbi and Jake Sullivan"; a call is "between". */
export function meetingTitle(kind: MeetingKind, names: string[]): string {
  if (names.length === 0) return meetingKindLabel[kind];
  const joiner = kind === "call" ? "between" : "of";
  return `${meetingKindLabel[kind]} ${joiner} ${listNames(names)}`;
}

/** How long a headline made from an article's first sentence may be. */
const LEAD_TITLE = 90;

/** An article's headline; without one, its first sentence (cut short) when the text is at hand, else where and when it appeared. */
export function articleLabel(article: { title: string | null; outlet: string | null; publishedAt: Date | null; lead?: string | null }): string {
  if (article.title) return article.title;
  const first = article.lead?.trim().split("\n")[0]?.match(/^.+?[.!?](?=\s|$)|^.+$/)?.[0];
  if (first) return truncate(first, LEAD_TITLE);
  const date = article.publishedAt ? formatDate(article.publishedAt, "day") : null;
  if (article.outlet && date) return `${article.outlet}, ${date}`;
  if (article.outlet) return `Article from ${article.outlet}`;
  return date ? `Article of ${date}` : "Untitled article";
}

/** Text cut at a word boundary with an ellipsis, for cards and metadata. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  // Keep the last word when the cut falls right after it.
  const space = clean[max - 1] === " " ? cut.length : cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** "1 meeting", "3 meetings". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}
