import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CorrectionForm, ErrorBanner, errorOf, inputClass, labelClass } from "@/components/editor/form-parts";
import { PageHeading } from "@/components/page-heading";
import { getPersonForEdit } from "@/lib/db/queries/editor/get-fact-for-edit";
import { parseSlugParam } from "@/lib/web/route-params";

export const metadata: Metadata = { title: "Edit a person" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditPersonPage({ params, searchParams }: Props) {
  const slug = parseSlugParam(await params);
  if (!slug.ok) notFound();
  const person = await getPersonForEdit(slug.value);
  if (!person) notFound();
  const back = `/editor/people/${person.slug}`;
  const page = `/people/${person.slug}`;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeading eyebrow={<Link href={page} className="text-sky-800 underline">Back to {person.name}</Link>} title={`Edit ${person.name}`}>
        <p className="text-sm">Also called: {person.aliases.map((alias) => alias.alias).join(", ")}</p>
      </PageHeading>
      <ErrorBanner message={await errorOf(searchParams)} />
      <CorrectionForm kind="rename" label="Rename" submit="Rename" back={back} next={page} hidden={{ actorId: person.id }}>
        <div>
          <label htmlFor="rename-name" className={labelClass}>
            Name
          </label>
          <input id="rename-name" name="name" defaultValue={person.name} required maxLength={200} className={inputClass} />
        </div>
      </CorrectionForm>
      <CorrectionForm kind="merge" label="Merge another entry into this person" submit="Merge" back={back} next={page} hidden={{ intoId: person.id }}>
        <div>
          <label htmlFor="merge-from" className={labelClass}>
            The other entry’s address <span className="font-normal text-stone-500">(e.g. gantz or /people/gantz): its names, quotes and meetings move here, its address redirects here</span>
          </label>
          <input id="merge-from" name="from" required className={inputClass} />
        </div>
      </CorrectionForm>
      {person.merges.length > 0 ? (
        <section aria-labelledby="split-heading" className="space-y-3">
          <h2 id="split-heading" className="font-serif text-xl font-semibold">
            Undo a wrong merge
          </h2>
          {person.merges.map((merge) => (
            <CorrectionForm key={merge.id} kind="split" label={`Split ${merge.mergedName} out again`} submit="Split" back={back} next={page} hidden={{ mergeId: merge.id }}>
              <p className="text-sm text-stone-700">Merged on {merge.at.toISOString().slice(0, 10)}. Their names, mentions, quotes and meetings go back to an entry of their own.</p>
            </CorrectionForm>
          ))}
        </section>
      ) : null}
      {person.roles.length > 0 ? (
        <section aria-labelledby="roles-heading" className="space-y-3">
          <h2 id="roles-heading" className="font-serif text-xl font-semibold">
            Roles
          </h2>
          {person.roles.map((role) => (
            <CorrectionForm key={role.id} kind="role" label={`Role: ${role.title}${role.affiliation ? `, ${role.affiliation}` : ""} (${role.article.title ?? role.article.slug})`} submit="Save role" back={back} next={page} hidden={{ roleId: role.id }}>
              <div className="grid gap-3 sm:grid-cols-2">
                <div>
                  <label htmlFor={`role-${role.id}-title`} className={labelClass}>
                    Title
                  </label>
                  <input id={`role-${role.id}-title`} name="title" defaultValue={role.title} required maxLength={200} className={inputClass} />
                </div>
                <div>
                  <label htmlFor={`role-${role.id}-affiliation`} className={labelClass}>
                    Affiliation
                  </label>
                  <input id={`role-${role.id}-affiliation`} name="affiliation" defaultValue={role.affiliation ?? ""} maxLength={200} className={inputClass} />
                </div>
              </div>
            </CorrectionForm>
          ))}
        </section>
      ) : null}
      <CorrectionForm kind="hide_person" label="Mark this entry as wrong" submit="Mark as wrong" danger back={back} next="/people" hidden={{ actorId: person.id }}>
        <p className="text-sm text-stone-700">For an entry that is no person at all. It is removed from the public pages and kept in the history; its quotes stay, without a speaker.</p>
      </CorrectionForm>
    </div>
  );
}
