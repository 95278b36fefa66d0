import type { Metadata } from "next";
import Link from "next/link";
import { CorrectedNote } from "@/components/corrected-note";
import { StatementDate } from "@/components/statement-date";
import { EditLink } from "@/components/edit-link";
import { EmptyState } from "@/components/empty-state";
import { StatementKindBadge } from "@/components/kind-badge";
import { MeetingRow } from "@/components/meeting-row";
import { PageHeading } from "@/components/page-heading";
import { PersonNetwork } from "@/components/person-network";
import { getPersonNotes, getStatementNotes } from "@/lib/db/queries/get-correction-notes";
import { listPersonActivity, listPersonArticles, type PersonDetail } from "@/lib/db/queries/get-person";
import { listRelationships } from "@/lib/db/queries/list-relationships";
import { PersonRelationships } from "@/components/person-relationships";
import { formatDate } from "@/lib/web/dates";
import { actorKindLabel, articleLabel, plural, truncate } from "@/lib/web/labels";
import { loadPerson } from "./load-person";
import { PassageLink } from "@/components/passage-link";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await loadPerson((await params).slug);
  const role = person.lastRole;
  const description = `${role ? `${role.title}${role.affiliation ? `, ${role.affiliation}` : ""}. ` : ""}${plural(person._count.meetings, "meeting")} and ${plural(person._count.statements, "quote")} in the record.`;
  return { title: person.name, description, alternates: { canonical: `/people/${person.slug}` }, openGraph: { title: person.name, description, url: `/people/${person.slug}` } };
}

type Role = PersonDetail["roles"][number];

/** One entry per distinct title and affiliation, listing the first articles (and their dates) that give it. */
function groupRoles(roles: Role[]) {
  const groups = new Map<string, { key: string; title: string; affiliation: string | null; total: number; sources: Role[] }>();
  for (const role of roles) {
    const key = `${role.title}|${role.affiliation ?? ""}`;
    const group = groups.get(key) ?? { key, title: role.title, affiliation: role.affiliation, total: role.groupTotal, sources: [] };
    group.sources.push(role);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const heading = "mb-3 font-serif text-2xl font-semibold text-stone-950";
const link = "text-sm text-sky-800 underline hover:text-sky-950";

export default async function PersonPage({ params }: Props) {
  const person = await loadPerson((await params).slug);
  const [activity, relationships, articles] = await Promise.all([listPersonActivity(person.id), listRelationships(person.id), listPersonArticles(person.id)]);
  const [notes, quoteNotes] = await Promise.all([getPersonNotes(person.id), getStatementNotes(activity.quotes.map((quote) => quote.id))]);
  const aliases = person.aliases.map(({ alias }) => alias).filter((alias) => alias !== person.name);
  return (
    <article>
      <PageHeading eyebrow={<span className="rounded bg-stone-200 px-1.5 py-0.5 text-xs font-medium text-stone-800">{actorKindLabel[person.kind]}</span>} title={person.name}>
        {aliases.length > 0 ? <p className="text-sm">Also written as: {aliases.join(", ")}</p> : null}
        <p className="mt-1 text-sm">
          {plural(person._count.meetings, "meeting")}
          {person._count.notHeld > 0 ? ` (and ${person._count.notHeld} planned or canceled)` : ""} · {plural(person._count.statements, "quote")} · {plural(articles.total, "article")}
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <CorrectedNote notes={notes} />
          <Link href={`/people/${person.slug}/history`} className={link}>
            History
          </Link>
          <EditLink href={`/editor/people/${person.slug}`} />
        </div>
      </PageHeading>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-10">
          <section aria-labelledby="relationships-heading">
            <h2 id="relationships-heading" className={heading}>
              Who {person.name} met, when
            </h2>
            <PersonRelationships name={person.name} relationships={relationships} />
          </section>

          <section aria-labelledby="meetings-heading">
            <div className="flex items-baseline justify-between gap-4">
              <h2 id="meetings-heading" className={heading}>
                Meetings
              </h2>
              {person._count.meetings + person._count.notHeld > 0 ? (
                <Link href={`/timeline?person=${person.slug}`} className={link}>
                  On the timeline
                </Link>
              ) : null}
            </div>
            {activity.meetings.length === 0 ? (
              <EmptyState title={`No meetings of ${person.name} are in the record`} />
            ) : (
              <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
                {activity.meetings.map((meeting) => (
                  <li key={meeting.slug} className="p-4">
                    <MeetingRow meeting={meeting} titleNames={[person.name, ...meeting.participants.map(({ actor }) => actor.name)]} />
                  </li>
                ))}
              </ol>
            )}
            {person._count.meetings + person._count.notHeld > activity.meetings.length ? <p className="mt-2 text-sm text-stone-600">Showing the first {activity.meetings.length}; the timeline lists them all.</p> : null}
          </section>

          <section aria-labelledby="quotes-heading">
            <div className="flex items-baseline justify-between gap-4">
              <h2 id="quotes-heading" className={heading}>
                Quotes
              </h2>
              {person._count.statements > 0 ? (
                <Link href={`/quotes?speaker=${person.slug}`} className={link}>
                  Search {person.name}’s quotes
                </Link>
              ) : null}
            </div>
            {activity.quotes.length === 0 ? (
              <EmptyState title={`No quotes of ${person.name} are in the record`} />
            ) : (
              <ol className="space-y-3">
                {activity.quotes.map((quote) => (
                  <li key={quote.id} className="rounded-lg border border-stone-200 bg-white p-4">
                    <div className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
                      <StatementKindBadge kind={quote.kind} />
                      <StatementDate dates={{ saidDate: quote.saidDate, saidDatePrecision: quote.saidDatePrecision, reportedOn: quote.article.publishedAt }} />
                    </div>
                    <blockquote className="mt-2 font-serif text-lg leading-snug text-stone-900">
                      <PassageLink articleSlug={quote.article.slug} anchor={`q-${quote.id}`} className="hover:underline">
                        {quote.kind === "indirect" ? truncate(quote.text, 320) : `“${truncate(quote.text, 320)}”`}
                      </PassageLink>
                    </blockquote>
                    <CorrectedNote notes={quoteNotes[quote.id]} />
                    <p className="mt-2 text-sm text-stone-600">
                      {articleLabel(quote.article)} ·{" "}
                      <Link href={`/quotes/${quote.id}`} className={link}>
                        Permalink
                      </Link>
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>

        <aside className="space-y-10">
          <section aria-labelledby="roles-heading">
            <h2 id="roles-heading" className={heading}>
              Roles
            </h2>
            {person.roles.length === 0 ? (
              <p className="text-sm text-stone-600">No article gives {person.name} a title.</p>
            ) : (
              <ul className="space-y-3">
                {groupRoles(person.roles).map((group) => (
                  <li key={group.key} className="rounded-lg border border-stone-200 bg-white p-3">
                    <p className="font-medium text-stone-950">
                      {group.title}
                      {group.affiliation ? <span className="font-normal text-stone-700">, {group.affiliation}</span> : null}
                    </p>
                    <ul className="mt-1 space-y-0.5 text-sm text-stone-600">
                      {group.sources.map((role) => (
                        <li key={role.id}>
                          {formatDate(role.article.publishedAt, role.article.publishedAt ? "day" : "unknown")}:{" "}
                          <Link href={`/articles/${role.article.slug}`} className={link}>
                            {articleLabel(role.article)}
                          </Link>
                        </li>
                      ))}
                      {group.total > group.sources.length ? <li>and {plural(group.total - group.sources.length, "more article")}</li> : null}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="network-heading">
            <h2 id="network-heading" className={heading}>
              Met most
            </h2>
            {relationships.met.length === 0 ? (
              <p className="text-sm text-stone-600">No meetings held with others are in the record.</p>
            ) : (
              <PersonNetwork name={person.name} counterparts={relationships.met.map(({ slug, name, count }) => ({ slug, name, meetings: count }))} />
            )}
          </section>

          <section aria-labelledby="articles-heading">
            <h2 id="articles-heading" className={heading}>
              Articles
            </h2>
            {articles.total === 0 ? (
              <p className="text-sm text-stone-600">No article mentions {person.name}.</p>
            ) : (
              <ul className="space-y-2">
                {articles.articles.map((article) => (
                  <li key={article.slug}>
                    <Link href={`/articles/${article.slug}`} className="font-medium text-stone-950 underline decoration-stone-300 hover:decoration-stone-700">
                      {articleLabel(article)}
                    </Link>
                    <p className="text-sm text-stone-600">
                      {/* An untitled article's label already says where and when it appeared. */}
                      {[...(article.title ? [article.outlet, formatDate(article.publishedAt, article.publishedAt ? "day" : "unknown")] : []), plural(article.mentions, "mention")].filter(Boolean).join(" · ")}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {articles.total > articles.articles.length ? <p className="mt-2 text-sm text-stone-600">Showing the latest {articles.articles.length}.</p> : null}
          </section>
        </aside>
      </div>
    </article>
  );
}
