import { NextResponse, type NextRequest } from "next/server";
import { listMeetings } from "@/lib/db/queries/list-meetings";
import { parseMeetingFilters } from "@/lib/web/timeline-filters";
import { jsonError } from "../json-error";
import { meetingHeadJson } from "../meeting-json";

/** Meetings, newest first: ?person=slug (repeatable), kind=meeting|call|planned|canceled (repeatable), from, to, page. */
export async function GET(request: NextRequest) {
  const parsed = parseMeetingFilters(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(parsed.error, 400);
  const { total, pageSize, meetings } = await listMeetings(parsed.value);
  return NextResponse.json({
    page: parsed.value.page,
    pageSize,
    total,
    meetings: meetings.map((meeting) => ({
      ...meetingHeadJson(meeting),
      participants: meeting.participants.map(({ actor }) => ({ slug: actor.slug, name: actor.name })),
      sources: meeting._count.sources,
      statements: meeting._count.statements,
    })),
  });
}
