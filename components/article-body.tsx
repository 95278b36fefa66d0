import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import type { ArticleDetail } from "@/lib/db/queries/get-article";
import { segmentArticle, type Annotation, type SegmentNode } from "@/lib/web/article-segments";
import { meetingKindLabel, statementKindLabel } from "@/lib/web/labels";

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

const QUOTE = "passage-target group relative rounded-sm bg-amber-100 text-stone-950 underline decoration-amber-500 decoration-1 underline-offset-4 box-decoration-clone";

function QuoteMark({ node, data, insideLink }: { node: Extract<SegmentNode<Mark>, { type: "mark" }>; data: Extract<Mark, { kind: "quote" }>; insideLink: boolean }) {
  const { statement } = data;
  const speaker = statement.speaker?.name ?? statement.speakerLabel;
  const id = node.first ? `q-${data.id}` : undefined;
  const extras = node.first ? (
    <>
      <span className="sr-only"> (said by {speaker})</span>
      <span aria-hidden="true" className="pointer-events-none absolute bottom-full left-0 z-20 mb-1 hidden whitespace-nowrap rounded bg-stone-900 px-2 py-1 font-sans text-xs font-medium text-white no-underline shadow group-hover:block group-focus-visible:block">
        {speaker} · {statementKindLabel[statement.kind]}
      </span>
    </>
  ) : null;
  if (statement.speaker && !insideLink) {
    return (
      <Link id={id} href={`/people/${statement.speaker.slug}`} className={QUOTE} data-statement-kind={statement.kind}>
        {renderNodes(node.children, true)}
        {extras}
      </Link>
    );
  }
  return (
    <span id={id} tabIndex={node.first && !insideLink ? 0 : undefined} className={QUOTE} data-statement-kind={statement.kind}>
      {renderNodes(node.children, insideLink)}
      {extras}
    </span>
  );
}

function MarkNode({ node, insideLink }: { node: Extract<SegmentNode<Mark>, { type: "mark" }>; insideLink: boolean }) {
  const data = node.annotation.data;
  if (data.kind === "quote") return <QuoteMark node={node} data={data} insideLink={insideLink} />;
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
        <Link href={`/meetings/${data.meeting.slug}`} className="ml-1 rounded bg-sky-800 px-1 align-[0.25em] font-sans text-[0.65rem] font-semibold tracking-wide text-white uppercase no-underline hover:bg-sky-950">
          {meetingKindLabel[data.meeting.kind]}
        </Link>
      ) : null}
    </>
  );
}

/** The article's text as stored, one paragraph per line, with quotes, names and meeting evidence marked from their offsets. */
export function ArticleBody({ article }: { article: ArticleDetail }) {
  const paragraphs = segmentArticle(article.body, annotationsOf(article));
  return (
    <div className="space-y-5 font-serif text-lg leading-relaxed text-stone-900 sm:text-xl sm:leading-relaxed">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>{renderNodes(paragraph.nodes, false)}</p>
      ))}
    </div>
  );
}
