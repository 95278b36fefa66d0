import Link from "next/link";
import type { QuoteRow } from "@/lib/db/queries/search-quotes";
import { parseIsoDay } from "@/lib/web/dates";
import { articleLabel } from "@/lib/web/labels";
import { LIST_QUOTE_CHARS } from "@/lib/web/match-highlight";
import { ActorChip } from "./actor-chip";
import { StatementKindBadge } from "./kind-badge";
import { MarkedText } from "./marked-text";
import { PassageLink } from "./passage-link";
import { StatementDate } from "./statement-date";

const link = "text-sm text-sky-800 underline hover:text-sky-950";

/** One search result: who, when, what (matched words marked), where, and links to the passage and permalink. */
export function QuoteResult({ quote }: { quote: QuoteRow }) {
  const publishedAt = parseIsoDay(quote.publishedAt);
  const quoted = quote.kind !== "indirect";
  return (
    <article aria-label={`Quote by ${quote.speakerName ?? quote.speakerLabel}`} className="rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
        {quote.speakerSlug && quote.speakerName ? <ActorChip slug={quote.speakerSlug} name={quote.speakerName} /> : <span className="font-medium text-stone-800">{quote.speakerLabel}</span>}
        <StatementKindBadge kind={quote.kind} />
        <StatementDate dates={{ saidDate: parseIsoDay(quote.saidDate), saidDatePrecision: quote.saidDatePrecision, reportedOn: publishedAt }} />
      </div>
      <blockquote className="mt-2 font-serif text-lg leading-snug text-stone-900">
        {quoted ? "“" : null}
        <MarkedText text={quote.text} marked={quote.marked} />
        {quoted ? "”" : null}
      </blockquote>
      <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-600">
        <span>{articleLabel({ title: quote.articleTitle, outlet: quote.outlet, publishedAt })}</span>
        <PassageLink articleSlug={quote.articleSlug} anchor={`q-${quote.id}`} className={link}>
          Read in context
        </PassageLink>
        <Link href={`/quotes/${quote.id}`} className={link}>
          Permalink
        </Link>
        {quote.text.length > LIST_QUOTE_CHARS ? (
          <Link href={`/quotes/${quote.id}`} className={link}>
            {`Show the whole quote (${quote.text.length.toLocaleString("en-US")} characters)`}
          </Link>
        ) : null}
      </p>
    </article>
  );
}
