import { NextResponse, type NextRequest } from "next/server";
import { jsonError } from "@/app/api/json-error";
import { exportMeetings, MEETINGS_EXPORT_LIMIT } from "@/lib/db/queries/export-meetings";
import { meetingRecord } from "@/lib/web/meetings-export";
import { publicOrigin } from "@/lib/web/site-origin";
import { parseTimelineFilters } from "@/lib/web/timeline-filters";

/** The meetings of a filtered timeline (the timeline's parameters), every one, as JSON. */
export async function GET(request: NextRequest) {
  const parsed = parseTimelineFilters(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(parsed.error, 400);
  const meetings = await exportMeetings(parsed.value);
  const origin = publicOrigin();
  return NextResponse.json(
    { total: meetings.length, limit: MEETINGS_EXPORT_LIMIT, meetings: meetings.map((meeting) => meetingRecord(meeting, origin)) },
    { headers: { "content-disposition": 'attachment; filename="readout-meetings.json"' } },
  );
}
