import { ImageResponse } from "next/og";
import { connection } from "next/server";
import { getMeetingBySlug } from "@/lib/db/queries/get-meeting";
import { formatDate } from "@/lib/web/dates";
import { meetingKindLabel, truncate } from "@/lib/web/labels";
import { ogSafeText } from "@/lib/web/og-text";
import { parseSlugParam } from "@/lib/web/route-params";
import { OgFrame } from "@/components/og-frame";

export const alt = "A meeting in the Readout record: who, when, and the sentence that reports it";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default async function MeetingImage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const slug = parseSlugParam(await params);
  const meeting = slug.ok ? await getMeetingBySlug(slug.value) : null;
  if (!meeting) return new Response("Not found", { status: 404 });
  const names = meeting.participants.map((participant) => ogSafeText(participant.name));
  const when = formatDate(meeting.date, meeting.datePrecision);
  const evidence = meeting.sources[0]?.text;
  return new ImageResponse(
    (
      <OgFrame kicker={`${meetingKindLabel[meeting.kind]} · ${when}${meeting.location ? ` · ${ogSafeText(meeting.location)}` : ""}`}>
        <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
          <div style={{ fontSize: names.length > 3 ? 56 : 68, fontWeight: 600, lineHeight: 1.1, color: "#0c0a09" }}>{truncate(names.join(", "), 90)}</div>
          {evidence ? (
            <div style={{ fontSize: 30, lineHeight: 1.4, color: "#44403c", borderLeft: "6px solid #0369a1", paddingLeft: 24, marginTop: 24 }}>
              {truncate(ogSafeText(evidence), 200)}
            </div>
          ) : null}
        </div>
      </OgFrame>
    ),
    size,
  );
}
