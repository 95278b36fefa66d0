import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { findCurrentSlug } from "@/lib/db/queries/find-current-slug";
import { getMeetingBySlug } from "@/lib/db/queries/get-meeting";
import { parseSlugParam } from "@/lib/web/route-params";

/** The meeting a URL names: 404 for a malformed or unknown slug, 308 to the current slug for an old one. */
export const loadMeeting = cache(async (rawSlug: string) => {
  const slug = parseSlugParam({ slug: rawSlug });
  if (!slug.ok) notFound();
  const meeting = await getMeetingBySlug(slug.value);
  if (meeting) return meeting;
  const current = await findCurrentSlug("meeting", slug.value);
  if (current) permanentRedirect(`/meetings/${current}`);
  notFound();
});
