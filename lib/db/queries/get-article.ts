// Articles: one page of the list, and one article with every span the reader highlights.
import "server-only";
import { db } from "@/lib/db/client";
import { cached } from "./cached";
import { dayOrNull } from "./sql";

export const ARTICLES_PAGE_SIZE = 50;
/** Deeper pages are not read (the OFFSET would walk that many articles). */
export const ARTICLES_MAX_PAGE = 200;

export const getArticleBySlug = cached("getArticleBySlug", async (slug: string) => {
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
      sources: {
        select: {
          id: true,
          start: true,
          end: true,
          meeting: { select: { slug: true, kind: true, date: true, datePrecision: true, participants: { select: { actor: { select: { name: true } } }, orderBy: { actor: { name: "asc" } } } } },
        },
      },
      /** Paragraphs of page chrome (a publisher's "Follow us", photo credits), in text order: pages fold them away. */
      chrome: { select: { start: true, end: true }, orderBy: { start: "asc" } },
    },
  });
});

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticleBySlug>>>;

type ArticleRow = { slug: string; title: string | null; lead: string | null; outlet: string | null; url: string | null; publishedAt: string | null; statements: number; evidence: number; mentions: number };

/** The opening of an untitled article's text, to make it a headline (lib/web/labels.ts). */
const LEAD_CHARS = 400;

/** One page of articles, newest first, with how many quotes, meeting sentences and names each holds; and the total. */
export const listArticles = cached("listArticles", async (page: number) => {
  const [total, rows] = await Promise.all([
    db.article.count(),
    page > ARTICLES_MAX_PAGE
      ? Promise.resolve([] as ArticleRow[])
      : db.$queryRaw<ArticleRow[]>`
          SELECT a.slug, a.title, CASE WHEN a.title IS NULL THEN left(a.body, ${LEAD_CHARS}) END AS lead, a.outlet, a.url, a.published_at::text AS "publishedAt",
                 (SELECT count(*) FROM statement s WHERE s.article_id = a.id)::int AS statements,
                 (SELECT count(*) FROM meeting_source ms WHERE ms.article_id = a.id)::int AS evidence,
                 (SELECT count(*) FROM mention m WHERE m.article_id = a.id)::int AS mentions
          FROM (SELECT id, slug, title, body, outlet, url, published_at FROM article ORDER BY published_at DESC NULLS LAST, id ASC
                LIMIT ${ARTICLES_PAGE_SIZE} OFFSET ${(page - 1) * ARTICLES_PAGE_SIZE}) a
          ORDER BY a.published_at DESC NULLS LAST, a.id ASC`,
  ]);
  return { total, pageSize: ARTICLES_PAGE_SIZE, maxPage: ARTICLES_MAX_PAGE, articles: rows.map((row) => ({ ...row, publishedAt: dayOrNull(row.publishedAt) })) };
});
