import type { Metadata } from "next";
import Link from "next/link";
import { CorrectionHistory } from "@/components/correction-history";
import { PageHeading } from "@/components/page-heading";
import { listPersonHistory } from "@/lib/db/queries/list-history";
import { loadPerson } from "../load-person";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await loadPerson((await params).slug);
  return { title: `${person.name}: history`, alternates: { canonical: `/people/${person.slug}/history` } };
}

export default async function PersonHistoryPage({ params }: Props) {
  const person = await loadPerson((await params).slug);
  const entries = await listPersonHistory(person.id);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading eyebrow={<Link href={`/people/${person.slug}`} className="text-sky-800 underline">{person.name}</Link>} title={`History of ${person.name}`}>
        Corrections editors made to this entry, oldest first.
      </PageHeading>
      <CorrectionHistory entries={entries} />
    </div>
  );
}
