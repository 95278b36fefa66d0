// Articles: the list, and one article with every span the reader highlights.
import "server-only";
import { db } from "@/lib/db/client";

export async function getArticleBySlug(slug: string) {
  return db.article.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      outlet: true,
      url: true,
      publishedAt: true,
      body: true,
      statements: { select: { id: true, start: true, end: true, kind: true, speakerLabel: true, speaker: { select: { slug: true, name: true } } } },
      mentions: { select: { id: true, start: true, end: true, actor: { select: { slug: true, name: true } } } },
      sources: { select: { id: true, start: true, end: true, meeting: { select: { slug: true, kind: true } } } },
    },
  });
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticleBySlug>>>;

export async function listArticles() {
  const articles = await db.article.findMany({
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: { slug: true, title: true, outlet: true, url: true, publishedAt: true, _count: { select: { statements: true, sources: true, mentions: true } } },
  });
  return articles.map(({ _count, ...article }) => ({ ...article, statements: _count.statements, evidence: _count.sources, mentions: _count.mentions }));
}
