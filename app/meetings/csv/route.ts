import type { NextRequest } from "next/server";
import { jsonError } from "@/app/api/json-error";
import { exportMeetings } from "@/lib/db/queries/export-meetings";
import { meetingsCsv } from "@/lib/web/meetings-export";
import { publicOrigin } from "@/lib/web/site-origin";
import { parseTimelineFilters } from "@/lib/web/timeline-filters";

/** The meetings of a filtered timeline (the timeline's parameters), every one, as CSV. */
export async function GET(request: NextRequest) {
  const parsed = parseTimelineFilters(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(parsed.error, 400);
  return new Response(meetingsCsv(await exportMeetings(parsed.value), publicOrigin()), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="readout-meetings.csv"' },
  });
}
