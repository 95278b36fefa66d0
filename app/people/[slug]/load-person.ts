import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { findCurrentSlug } from "@/lib/db/queries/find-current-slug";
import { getPersonBySlug } from "@/lib/db/queries/get-person";
import { parseSlugParam } from "@/lib/web/route-params";

/** The actor a URL names: 404 for a malformed or unknown slug, 308 to the current slug for an old one. */
export const loadPerson = cache(async (rawSlug: string) => {
  const slug = parseSlugParam({ slug: rawSlug });
  if (!slug.ok) notFound();
  const person = await getPersonBySlug(slug.value);
  if (person) return person;
  const current = await findCurrentSlug("actor", slug.value);
  if (current) permanentRedirect(`/people/${current}`);
  notFound();
});
