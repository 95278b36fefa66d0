import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { listArticles } from "@/lib/db/queries/get-article";
import { formatDate } from "@/lib/web/dates";
import { articleLabel, plural } from "@/lib/web/labels";

export const metadata: Metadata = { title: "Articles", description: "The articles the record is drawn from." };

export default async function ArticlesPage() {
  await connection();
  const articles = await listArticles();
  return (
    <>
      <PageHeading title="Articles">
        <p>The news articles the record is drawn from, newest first, each with its quotes, names and meeting evidence marked.</p>
      </PageHeading>
      {articles.length === 0 ? (
        <EmptyState title="No articles yet">Run the ingest to load articles.</EmptyState>
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
    </>
  );
}
