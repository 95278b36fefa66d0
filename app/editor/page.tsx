import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/page-heading";
import { describeCorrection } from "@/lib/corrections/describe";
import { listCorrectionsToReview, listRecentCorrections, type CorrectionRow } from "@/lib/db/queries/editor/list-corrections";

export const metadata: Metadata = { title: "Corrections" };

const when = (date: Date) => date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function CorrectionItem({ row }: { row: CorrectionRow }) {
  return (
    <li className="rounded-md border border-stone-200 bg-white p-3 text-sm">
      <p className="text-stone-900">{describeCorrection(row.kind, row.before, row.change)}</p>
      <p className="mt-1 text-stone-600">
        #{row.id} · {row.editor.email} · {when(row.createdAt)} UTC · {row.status.replace("_", " ")}
        {row.reason ? ` · “${row.reason}”` : ""}
      </p>
      {row.reviewNote ? <p className="mt-1 text-amber-900">Needs review: {row.reviewNote}</p> : null}
    </li>
  );
}

export default async function EditorHome() {
  const [review, recent] = await Promise.all([listCorrectionsToReview(), listRecentCorrections()]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title="Corrections">
        Open any quote, meeting or person on the site and choose “Edit” to correct it. Every change is kept here, and re-applied whenever its
        article is read again.
      </PageHeading>
      <section aria-labelledby="review-heading" className="mb-10">
        <h2 id="review-heading" className="mb-3 font-serif text-xl font-semibold">
          Waiting for review ({review.length})
        </h2>
        {review.length === 0 ? (
          <p className="text-sm text-stone-600">Every correction applies to the record as it is.</p>
        ) : (
          <>
            <p className="mb-3 text-sm text-stone-700">A re-ingest no longer finds what these corrections name. They are kept and apply again if the fact returns.</p>
            <ul className="space-y-2">
              {review.map((row) => (
                <CorrectionItem key={row.id} row={row} />
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="mb-3 font-serif text-xl font-semibold">
          Latest changes
        </h2>
        {recent.length === 0 ? (
          <p className="text-sm text-stone-600">
            No corrections yet. <Link href="/editor/articles/new" className="text-sky-800 underline">Add articles</Link> or browse the{" "}
            <Link href="/quotes" className="text-sky-800 underline">quotes</Link>.
          </p>
        ) : (
          <ul className="space-y-2">
            {recent.map((row) => (
              <CorrectionItem key={row.id} row={row} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
