import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { Pagination } from "@/components/pagination";
import { listArticles } from "@/lib/db/queries/get-article";
import { formatDate } from "@/lib/web/dates";
import { articleLabel, plural } from "@/lib/web/labels";
import { normalizeSearchParams, pageNumber, single, type SearchParamsRecord } from "@/lib/web/search-params";

export const metadata: Metadata = { title: "Articles", description: "The articles the record is drawn from." };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const page = pageNumber.safeParse(single(normalizeSearchParams(await searchParams), "page"));
  if (!page.success) notFound();
  const { total, pageSize, maxPage, articles } = await listArticles(page.data);
  return (
    <>
      <PageHeading title="Articles">
        <p>The news articles the record is drawn from, newest first, each with its quotes, names and meeting evidence marked.</p>
      </PageHeading>
      {total === 0 ? (
        <EmptyState title="No articles yet">Run the ingest to load articles.</EmptyState>
      ) : articles.length === 0 ? (
        <EmptyState title="This page is past the last one">
          <Link href="/articles" className="text-sky-800 underline">
            Go to the first page
          </Link>
        </EmptyState>
      ) : (
        <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {articles.map((article) => (
            <li key={article.slug} className="p-4">
              <p className="text-sm text-stone-600">{[article.outlet, formatDate(article.publishedAt, article.publishedAt ? "day" : "unknown")].filter(Boolean).join(" · ")}</p>
              <Link href={`/articles/${article.slug}`} className="font-serif text-xl font-semibold text-stone-950 underline decoration-stone-300 hover:decoration-stone-700">
                {articleLabel(article)}
              </Link>
              <p className="mt-1 text-sm text-stone-600">
                {plural(article.statements, "quote or statement", "quotes and statements")} · {plural(article.evidence, "meeting sentence")} · {plural(article.mentions, "name")}
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page.data} pageSize={pageSize} total={Math.min(total, maxPage * pageSize)} hrefFor={(next) => `/articles${next > 1 ? `?page=${next}` : ""}`} label="Article pages" />
    </>
  );
}
