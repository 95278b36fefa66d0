import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ArticleBody } from "@/components/article-body";
import { PageHeading } from "@/components/page-heading";
import { findCurrentSlug } from "@/lib/db/queries/find-current-slug";
import { getArticleBySlug } from "@/lib/db/queries/get-article";
import { formatDate } from "@/lib/web/dates";
import { articleLabel, plural, truncate } from "@/lib/web/labels";
import { parseSlugParam } from "@/lib/web/route-params";
import { webUrl } from "@/lib/web/web-url";

type Props = { params: Promise<{ slug: string }> };

const loadArticle = cache(async (rawSlug: string) => {
  const slug = parseSlugParam({ slug: rawSlug });
  if (!slug.ok) notFound();
  const article = await getArticleBySlug(slug.value);
  if (article) return article;
  const current = await findCurrentSlug("article", slug.value);
  if (current) permanentRedirect(`/articles/${current}`);
  notFound();
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  return { title: articleLabel({ ...article, lead: article.body.slice(0, 400) }), description: truncate(article.body, 200), alternates: { canonical: `/articles/${article.slug}` } };
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle((await params).slug);
  const original = webUrl(article.url);
  const meetings = new Set(article.sources.map((source) => source.meeting.slug)).size;
  return (
    <article className="mx-auto max-w-3xl">
      <PageHeading
        eyebrow={
          <>
            {article.outlet ? <span className="font-medium text-stone-800">{article.outlet}</span> : null}
            <span>{article.publishedAt ? formatDate(article.publishedAt, "day") : "Publication date unknown"}</span>
          </>
        }
        title={articleLabel({ ...article, lead: article.body.slice(0, 400) })}
      >
        <p className="text-sm">
          {plural(article.statements.length, "quote or statement", "quotes and statements")} · {plural(meetings, "meeting")} reported ·{" "}
          {plural(new Set(article.mentions.map((mention) => mention.actor.slug)).size, "actor")} named
        </p>
        {original ? (
          <p className="mt-1 text-sm">
            <a href={original} rel="noopener noreferrer" className="text-sky-800 underline hover:text-sky-950">
              Original article <span className="sr-only">(external site)</span>
            </a>
          </p>
        ) : null}
      </PageHeading>
      <div aria-label="Highlighting key" role="note" className="mb-6 flex flex-wrap gap-x-5 gap-y-2 rounded-lg border border-stone-200 bg-white px-4 py-2.5 text-sm text-stone-700">
        <span>
          <span className="rounded-sm bg-amber-100 px-1 underline decoration-amber-500 underline-offset-4">Quote</span> hover or focus for the speaker, click for their page
        </span>
        <span>
          <span className="underline decoration-stone-400 decoration-dotted">Name</span> links to the person
        </span>
        <span>
          <span className="rounded-sm bg-sky-100 px-1">Meeting evidence</span> with a link to the meeting
        </span>
      </div>
      <ArticleBody article={article} />
    </article>
  );
}
