// The search's findings as the rows a reader picks from: a title, a line of detail and the address, in the order
// the groups are shown. The search page, its API and the search box's suggestions all show these.
import type { SearchResults } from "@/lib/db/queries/search-everything";
import { formatDate, parseIsoDay } from "./dates";
import { actorKindLabel, articleLabel, meetingTitle, plural, truncate } from "./labels";
import { statementDateText } from "./statement-date";

export type SearchHit = { href: string; title: string; detail: string };
export type SearchGroup = { key: "people" | "meetings" | "quotes" | "articles"; label: string; hits: SearchHit[] };

export function searchGroups(results: SearchResults): SearchGroup[] {
  const groups: SearchGroup[] = [
    {
      key: "people",
      label: "People",
      hits: results.people.map((person) => ({
        href: `/people/${person.slug}`,
        title: person.name,
        detail: [person.role ?? actorKindLabel[person.kind], person.quotes > 0 ? plural(person.quotes, "quote") : null].filter(Boolean).join(" · "),
      })),
    },
    {
      key: "meetings",
      label: "Meetings",
      hits: results.meetings.map((meeting) => ({
        href: `/meetings/${meeting.slug}`,
        title: meetingTitle(meeting.kind, meeting.participants.map(({ actor }) => actor.name)),
        detail: [formatDate(meeting.date, meeting.datePrecision), meeting.location].filter(Boolean).join(" · "),
      })),
    },
    {
      key: "quotes",
      label: "Quotes",
      hits: results.quotes.quotes.map((quote) => {
        const published = parseIsoDay(quote.publishedAt);
        return {
          href: `/quotes/${quote.id}`,
          title: quote.kind === "indirect" ? truncate(quote.text, 140) : `“${truncate(quote.text, 140)}”`,
          detail: [quote.speakerName ?? quote.speakerLabel, statementDateText({ saidDate: parseIsoDay(quote.saidDate), saidDatePrecision: quote.saidDatePrecision, reportedOn: published })].join(" · "),
        };
      }),
    },
    {
      key: "articles",
      label: "Articles",
      hits: results.articles.map((article) => ({
        href: `/articles/${article.slug}`,
        title: articleLabel(article),
        detail: article.title ? [article.outlet, article.publishedAt ? formatDate(article.publishedAt, "day") : null].filter(Boolean).join(" · ") : "",
      })),
    },
  ];
  return groups.filter((group) => group.hits.length > 0);
}
