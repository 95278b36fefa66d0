import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import type { ArticleDetail } from "@/lib/db/queries/get-article";
import { foldChrome } from "@/lib/web/article-chrome";
import { segmentArticle, type Annotation, type Paragraph, type SegmentNode } from "@/lib/web/article-segments";
import { formatDate } from "@/lib/web/dates";
import { meetingKindLabel, plural, statementKindLabel } from "@/lib/web/labels";
import { QuoteMark } from "./quote-mark";

type Mark =
  | { kind: "quote"; id: number; statement: ArticleDetail["statements"][number] }
  | { kind: "mention"; actor: ArticleDetail["mentions"][number]["actor"] }
  | { kind: "meeting"; sourceId: number; meeting: ArticleDetail["sources"][number]["meeting"] };

function annotationsOf(article: ArticleDetail): Annotation<Mark>[] {
  return [
    ...article.sources.map((source) => ({ kind: "meeting" as const, start: source.start, end: source.end, key: `m-${source.id}`, data: { kind: "meeting" as const, sourceId: source.id, meeting: source.meeting } })),
    ...article.statements.map((statement) => ({ kind: "quote" as const, start: statement.start, end: statement.end, key: `q-${statement.id}`, data: { kind: "quote" as const, id: statement.id, statement } })),
    ...article.mentions.map((mention) => ({ kind: "mention" as const, start: mention.start, end: mention.end, key: `a-${mention.id}`, data: { kind: "mention" as const, actor: mention.actor } })),
  ];
}

function renderNodes(nodes: SegmentNode<Mark>[], insideLink: boolean): ReactNode {
  return nodes.map((node, index) => <Fragment key={index}>{node.type === "text" ? node.text : <MarkNode node={node} insideLink={insideLink} />}</Fragment>);
}

const QUOTE_PIECE = "passage-target rounded-sm bg-amber-100 text-stone-950 underline decoration-amber-500 decoration-1 underline-offset-4 box-decoration-clone";

function QuoteMarkNode({ node, data, insideLink }: { node: Extract<SegmentNode<Mark>, { type: "mark" }>; data: Extract<Mark, { kind: "quote" }>; insideLink: boolean }) {
  const { statement } = data;
  // Only the piece where the quote starts opens its card; the names inside it are not links (no link in a button).
  if (!node.first || insideLink) return <span className={QUOTE_PIECE}>{renderNodes(node.children, true)}</span>;
  return (
    <QuoteMark id={`q-${data.id}`} quoteId={data.id} speaker={statement.speaker?.name ?? statement.speakerLabel} speakerSlug={statement.speaker?.slug ?? null} kindLabel={statementKindLabel[statement.kind]}>
      {renderNodes(node.children, true)}
    </QuoteMark>
  );
}

/** Which meeting an evidence sentence supports: "Meeting, 20 Jun 2024: Dermer, Hanegbi, Sullivan". */
function evidenceBadge(meeting: Extract<Mark, { kind: "meeting" }>["meeting"]): string {
  const surnames = meeting.participants.map(({ actor }) => actor.name.split(" ").at(-1) ?? actor.name);
  const when = formatDate(meeting.date, meeting.datePrecision);
  return `${meetingKindLabel[meeting.kind]}${when === "undated" ? "" : `, ${when}`}${surnames.length > 0 ? `: ${surnames.join(", ")}` : ""}`;
}

function MarkNode({ node, insideLink }: { node: Extract<SegmentNode<Mark>, { type: "mark" }>; insideLink: boolean }) {
  const data = node.annotation.data;
  if (data.kind === "quote") return <QuoteMarkNode node={node} data={data} insideLink={insideLink} />;
  if (data.kind === "mention") {
    if (insideLink) return <span className="underline decoration-stone-500 decoration-dotted">{renderNodes(node.children, true)}</span>;
    return (
      <Link href={`/people/${data.actor.slug}`} className="underline decoration-stone-400 decoration-dotted hover:decoration-solid">
        {renderNodes(node.children, true)}
      </Link>
    );
  }
  return (
    <>
      <mark id={node.first ? `m-${data.sourceId}` : undefined} className="passage-target rounded-sm bg-sky-100 text-inherit box-decoration-clone">
        {renderNodes(node.children, insideLink)}
      </mark>
      {node.first && !insideLink ? (
        <Link href={`/meetings/${data.meeting.slug}`} className="ml-1 rounded bg-sky-800 px-1.5 py-px align-[0.15em] font-sans text-xs font-semibold text-white no-underline hover:bg-sky-950">
          {evidenceBadge(data.meeting)}
        </Link>
      ) : null}
    </>
  );
}

/** Whether a paragraph holds a quote or a meeting's evidence (names alone are no fact). */
function holdsFact(nodes: SegmentNode<Mark>[]): boolean {
  return nodes.some((node) => node.type === "mark" && (node.annotation.data.kind !== "mention" || holdsFact(node.children)));
}

const CHROME_TEXT = "font-sans text-base leading-relaxed text-stone-600";

/** A run of the publisher's page chrome, folded: the reader can open it, and nothing in it is a fact. */
function ChromeFold({ paragraphs }: { paragraphs: Paragraph<Mark>[] }) {
  return (
    <details className="rounded-md border border-dashed border-stone-300 px-3 py-1.5">
      <summary className="cursor-pointer font-sans text-sm text-stone-600">Not part of the article: {plural(paragraphs.length, "line")} of the publisher’s page</summary>
      <div className={`mt-2 space-y-2 ${CHROME_TEXT}`}>
        {paragraphs.map((paragraph) => (
          <p key={paragraph.start}>{renderNodes(paragraph.nodes, false)}</p>
        ))}
      </div>
    </details>
  );
}

/**
 * The article's text as stored, one paragraph per line, with quotes, names and meeting evidence marked from their
 * offsets; the publisher's page chrome folded away, or dimmed and labelled where a fact comes from it.
 */
export function ArticleBody({ article }: { article: ArticleDetail }) {
  const paragraphs = segmentArticle(article.body, annotationsOf(article));
  const blocks = foldChrome(article.body, paragraphs, article.chrome, (paragraph) => holdsFact(paragraph.nodes));
  return (
    <div className="space-y-5 font-serif text-lg leading-relaxed text-stone-900 sm:text-xl sm:leading-relaxed">
      {blocks.map((block) => {
        if (block.kind === "chrome") return <ChromeFold key={block.paragraphs[0]?.start} paragraphs={block.paragraphs} />;
        if (block.kind === "chrome-with-fact") {
          return (
            <p key={block.paragraph.start} className={`border-l-2 border-stone-300 pl-3 ${CHROME_TEXT}`}>
              <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700">Page text</span>
              {renderNodes(block.paragraph.nodes, false)}
            </p>
          );
        }
        return <p key={block.paragraph.start}>{renderNodes(block.paragraph.nodes, false)}</p>;
      })}
    </div>
  );
}
