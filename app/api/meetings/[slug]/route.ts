import { NextResponse, type NextRequest } from "next/server";
import { findCurrentSlug } from "@/lib/db/queries/find-current-slug";
import { getAdjacentMeetings, getMeetingBySlug } from "@/lib/db/queries/get-meeting";
import { isoDay } from "@/lib/web/dates";
import { parseSlugParam } from "@/lib/web/route-params";
import { publicOrigin } from "@/lib/web/site-origin";
import { jsonError } from "../../json-error";
import { meetingHeadJson } from "../../meeting-json";

const neighbour = (meeting: { slug: string; date: Date | null } | null) => (meeting ? { slug: meeting.slug, date: meeting.date ? isoDay(meeting.date) : null } : null);

/** One meeting with participants (role at the time), evidence and statements; an old slug redirects (308). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlugParam(await params);
  if (!slug.ok) return jsonError(slug.error, 400);
  const meeting = await getMeetingBySlug(slug.value);
  if (!meeting) {
    const current = await findCurrentSlug("meeting", slug.value);
    if (current) return NextResponse.redirect(new URL(`/api/meetings/${current}`, publicOrigin()), 308);
    return jsonError(`No meeting has the slug "${slug.value}"`, 404);
  }
  const { previous, next } = await getAdjacentMeetings(meeting);
  return NextResponse.json({
    ...meetingHeadJson(meeting),
    participants: meeting.participants.map(({ slug: actorSlug, name, kind, role }) => ({ slug: actorSlug, name, kind, role })),
    evidence: meeting.sources.map((source) => ({
      text: source.text,
      caption: source.caption,
      article: { slug: source.article.slug, title: source.article.title, outlet: source.article.outlet, url: source.article.url },
      passage: `/articles/${source.article.slug}#m-${source.id}`,
    })),
    statements: meeting.statements.map((statement) => ({
      id: statement.id,
      kind: statement.kind,
      text: statement.text,
      speaker: statement.speaker,
      speakerLabel: statement.speakerLabel,
      passage: `/articles/${statement.article.slug}#q-${statement.id}`,
    })),
    previous: neighbour(previous),
    next: neighbour(next),
  });
}
