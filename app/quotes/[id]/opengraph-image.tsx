import { ImageResponse } from "next/og";
import { connection } from "next/server";
import { OgFrame } from "@/components/og-frame";
import { getQuoteById } from "@/lib/db/queries/get-quote";
import { formatDate } from "@/lib/web/dates";
import { articleLabel, statementKindLabel, truncate } from "@/lib/web/labels";
import { ogSafeText } from "@/lib/web/og-text";
import { parseIdParam } from "@/lib/web/route-params";

export const alt = "A quote in the Readout record: who said it, when, and where it was reported";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default async function QuoteImage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = parseIdParam(await params);
  const quote = id.ok ? await getQuoteById(id.value) : null;
  if (!quote) return new Response("Not found", { status: 404 });
  const text = truncate(ogSafeText(quote.text), 220);
  const quoted = quote.kind === "indirect" ? text : `“${text}”`;
  return new ImageResponse(
    (
      <OgFrame kicker={`${statementKindLabel[quote.kind]} · ${formatDate(quote.article.publishedAt, quote.article.publishedAt ? "day" : "unknown")}`}>
        <div style={{ display: "flex", fontSize: text.length > 140 ? 44 : 56, lineHeight: 1.25, color: "#0c0a09", borderLeft: "8px solid #f59e0b", paddingLeft: 28 }}>{quoted}</div>
        <div style={{ display: "flex", marginTop: 28, fontSize: 32, fontWeight: 600, color: "#1c1917" }}>
          {ogSafeText(quote.speaker?.name ?? quote.speakerLabel)}
        </div>
        <div style={{ display: "flex", fontSize: 24, color: "#57534e" }}>{truncate(ogSafeText(articleLabel(quote.article)), 90)}</div>
      </OgFrame>
    ),
    size,
  );
}
