import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CorrectionForm, ErrorBanner, errorOf } from "@/components/editor/form-parts";
import { PersonChoice } from "@/components/editor/person-options";
import { PageHeading } from "@/components/page-heading";
import { getStatementForEdit } from "@/lib/db/queries/editor/get-fact-for-edit";
import { parseIdParam } from "@/lib/web/route-params";

export const metadata: Metadata = { title: "Edit a quote" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditQuotePage({ params, searchParams }: Props) {
  const id = parseIdParam(await params);
  if (!id.ok) notFound();
  const statement = await getStatementForEdit(id.value);
  if (!statement) notFound();
  const back = `/editor/quotes/${statement.id}`;
  const label = statement.kind === "indirect" ? "statement" : "quote";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeading eyebrow={<Link href={`/quotes/${statement.id}`} className="text-sky-800 underline">Back to the {label}</Link>} title={`Edit a ${label}`}>
        <blockquote className="border-l-4 border-amber-500 pl-4 font-serif text-lg">{statement.text}</blockquote>
        <p className="mt-2 text-sm">
          Speaker now: <strong>{statement.speaker?.name ?? "none"}</strong> (“{statement.speakerLabel}” in{" "}
          <Link href={`/articles/${statement.article.slug}#q-${statement.id}`} className="text-sky-800 underline">
            {statement.article.title ?? "the article"}
          </Link>
          )
        </p>
      </PageHeading>
      <ErrorBanner message={await errorOf(searchParams)} />
      <CorrectionForm kind="speaker" label="Change the speaker" submit="Change the speaker" back={back} next={`/quotes/${statement.id}`} hidden={{ statementId: statement.id }}>
        <PersonChoice id="speaker" label="The right speaker" people={statement.people} selectName="speakerId" slugName="speaker" current={statement.speaker?.id} />
      </CorrectionForm>
      <CorrectionForm kind="hide_statement" label={`Mark this ${label} as wrong`} submit={`Mark as wrong`} danger back={back} next={`/articles/${statement.article.slug}`} hidden={{ statementId: statement.id }}>
        <p className="text-sm text-stone-700">It is removed from the public pages and kept in the history; a re-ingest of its article will not bring it back.</p>
      </CorrectionForm>
    </div>
  );
}
