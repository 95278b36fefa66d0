import { NextResponse, type NextRequest } from "next/server";
import { findCurrentSlug } from "@/lib/db/queries/find-current-slug";
import { getPersonBySlug, listPersonActivity } from "@/lib/db/queries/get-person";
import { listRelationships } from "@/lib/db/queries/list-relationships";
import { isoDay } from "@/lib/web/dates";
import { parseSlugParam } from "@/lib/web/route-params";
import { publicOrigin } from "@/lib/web/site-origin";
import { jsonError } from "../../json-error";

/** One actor: names, roles with their sources, meetings, quotes and counterparts; an old slug redirects (308). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlugParam(await params);
  if (!slug.ok) return jsonError(slug.error, 400);
  const person = await getPersonBySlug(slug.value);
  if (!person) {
    const current = await findCurrentSlug("actor", slug.value);
    if (current) return NextResponse.redirect(new URL(`/api/people/${current}`, publicOrigin()), 308);
    return jsonError(`No person or organization has the slug "${slug.value}"`, 404);
  }
  const [activity, relationships] = await Promise.all([listPersonActivity(person.id), listRelationships(person.id)]);
  const relationship = ({ slug, name, count, meetings }: (typeof relationships.met)[number]) => ({ slug, name, meetings: count, latest: meetings.map((meeting) => meeting.slug) });
  return NextResponse.json({
    slug: person.slug,
    url: `/people/${person.slug}`,
    name: person.name,
    kind: person.kind,
    aliases: person.aliases.map(({ alias }) => alias),
    roles: person.roles.map((role) => ({
      title: role.title,
      affiliation: role.affiliation,
      article: { slug: role.article.slug, title: role.article.title, publishedAt: role.article.publishedAt ? isoDay(role.article.publishedAt) : null },
    })),
    // Meetings held and calls; planned and canceled ones apart.
    counts: { meetings: person._count.meetings, plannedOrCanceled: person._count.notHeld, quotes: person._count.statements },
    meetings: activity.meetings.map((meeting) => ({
      slug: meeting.slug,
      kind: meeting.kind,
      date: meeting.date ? isoDay(meeting.date) : null,
      datePrecision: meeting.datePrecision,
      with: meeting.participants.map(({ actor }) => actor),
    })),
    quotes: activity.quotes.map((quote) => ({ id: quote.id, kind: quote.kind, text: quote.text, passage: `/articles/${quote.article.slug}#q-${quote.id}` })),
    // Held meetings and calls with people of another side; with people of the same side; planned or canceled ones.
    metMost: relationships.met.map(relationship),
    alongside: relationships.alongside.map(relationship),
    plannedOrCanceled: relationships.notHeld.map(relationship),
  });
}
