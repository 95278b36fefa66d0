import type { Metadata } from "next";
import Link from "next/link";
import { ActorChip } from "@/components/actor-chip";
import { CopyLinkButton } from "@/components/copy-link-button";
import { CorrectedNote } from "@/components/corrected-note";
import { EditLink } from "@/components/edit-link";
import { getStatementNotes } from "@/lib/db/queries/get-correction-notes";
import { StatementDate } from "@/components/statement-date";
import { StatementKindBadge } from "@/components/kind-badge";
import { nodeText, segmentArticle } from "@/lib/web/article-segments";
import { formatDate } from "@/lib/web/dates";
import { QUOTE_PAGE_CHARS } from "@/lib/web/match-highlight";
import { articleLabel, meetingKindLabel, truncate } from "@/lib/web/labels";
import { shareMetadata } from "@/lib/web/share-metadata";
import { loadQuote } from "./load-quote";
import { quoteCitation } from "@/lib/web/citation";
import { publicOrigin } from "@/lib/web/site-origin";
import { originalAtPassage } from "@/lib/web/text-fragment";
import { PassageLink } from "@/components/passage-link";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const quote = await loadQuote((await params).id);
  const speaker = quote.speaker?.name ?? quote.speakerLabel;
  const title = `${speaker}: “${truncate(quote.text, 70)}”`;
  const description = `${truncate(quote.text, 160)} (${articleLabel(quote.article)})`;
  return shareMetadata(title, description, `/quotes/${quote.id}`);
}

const link = "text-sm text-sky-800 underline hover:text-sky-950";

export default async function QuotePage({ params, searchParams }: Props) {
  const quote = await loadQuote((await params).id);
  const { context } = quote;
  const speaker = quote.speaker?.name ?? quote.speakerLabel;
  const original = originalAtPassage(quote.article.url, quote.text);
  const citation = quoteCitation({ speaker, kind: quote.kind, text: quote.text, outlet: quote.article.outlet, title: quote.article.title, publishedAt: quote.article.publishedAt, url: quote.article.url, permalink: `${publicOrigin()}/quotes/${quote.id}` });
  // A very long quote (or paragraph) is shown in part until the reader asks for all of it.
  const whole = (await searchParams)?.all === "1";
  const quoteCut = !whole && quote.text.length > QUOTE_PAGE_CHARS;
  const contextCut = !whole && context.text.length > QUOTE_PAGE_CHARS;
  const shownText = quoteCut ? `${quote.text.slice(0, QUOTE_PAGE_CHARS)}…` : quote.text;
  const showAll = (
    <Link href={`/quotes/${quote.id}?all=1`} className={link}>
      {`Show all (${quote.text.length.toLocaleString("en-US")} characters)`}
    </Link>
  );
  return (
    <article className="mx-auto max-w-3xl">
      <div className="mb-4 flex flex-wrap items-center gap-2 text-sm text-stone-600">
        <StatementKindBadge kind={quote.kind} />
        <StatementDate dates={{ saidDate: quote.saidDate, saidDatePrecision: quote.saidDatePrecision, reportedOn: quote.article.publishedAt }} withReport />
        {quote.caption ? <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs">Photo caption</span> : null}
      </div>
      <h1 className="sr-only">Quote by {speaker}</h1>
      <blockquote className="border-l-4 border-amber-500 pl-5 font-serif text-2xl leading-snug text-stone-950 sm:text-3xl">
        {quote.kind === "indirect" ? shownText : `“${shownText}”`}
      </blockquote>
      {quoteCut ? <p className="mt-2">{showAll}</p> : null}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {quote.speaker ? <ActorChip slug={quote.speaker.slug} name={quote.speaker.name} /> : <span className="font-medium">{quote.speakerLabel}</span>}
        {quote.speaker && quote.speakerLabel !== quote.speaker.name ? <span className="text-sm text-stone-600">(“{quote.speakerLabel}” in the article)</span> : null}
        {quote.cue ? <span className="text-sm text-stone-600">Cue: {quote.cue}</span> : null}
      </div>
      <div className="mt-3">
        <CorrectedNote notes={(await getStatementNotes([quote.id]))[quote.id]} />
      </div>
      <div className="mt-5 flex flex-wrap items-center gap-3">
        <CopyLinkButton path={`/quotes/${quote.id}`} />
        <CopyLinkButton text={citation} label="Copy citation" copied="Citation copied" />
        <EditLink href={`/editor/quotes/${quote.id}`} />
      </div>
      <p className="mt-3 rounded-md bg-stone-100 px-3 py-2 font-mono text-xs break-words text-stone-800">
        <span className="sr-only">Citation: </span>
        {citation}
      </p>

      <section aria-labelledby="context-heading" className="mt-10">
        <h2 id="context-heading" className="mb-3 font-serif text-xl font-semibold text-stone-950">
          In context
        </h2>
        <div className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 font-serif text-lg leading-relaxed text-stone-800">
          {contextCut ? (
            <p>
              {`The paragraph is ${context.text.length.toLocaleString("en-US")} characters long.`} {showAll}
            </p>
          ) : null}
          {(contextCut ? [] : segmentArticle(context.text, [{ kind: "quote", start: context.quoteStart, end: context.quoteEnd, key: "quote", data: null }])).map((paragraph) => (
            <p key={paragraph.start}>
              {paragraph.nodes.map((node, index) =>
                node.type === "text" ? (
                  <span key={index}>{node.text}</span>
                ) : (
                  <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-stone-950">
                    {nodeText(node.children)}
                  </mark>
                ),
              )}
            </p>
          ))}
        </div>
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600">
          <span>
            {articleLabel(quote.article)}
            {quote.article.title && quote.article.outlet ? ` · ${quote.article.outlet}` : ""}
          </span>
          <PassageLink articleSlug={quote.article.slug} anchor={`q-${quote.id}`} className={link}>
            Read the whole article at this passage
          </PassageLink>
          {original ? (
            <a href={original} className={link} rel="noopener noreferrer">
              Open the original at this passage <span className="sr-only">(external site)</span>
            </a>
          ) : null}
          {quote.meeting ? (
            <Link href={`/meetings/${quote.meeting.slug}`} className={link}>
              Said at: {meetingKindLabel[quote.meeting.kind]}, {formatDate(quote.meeting.date, quote.meeting.datePrecision)}
            </Link>
          ) : null}
        </p>
      </section>
    </article>
  );
}
