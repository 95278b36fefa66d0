// Ingests one article an editor confirmed, through the CLI's path: extraction, the same preparation and the
// same loader (lib/ingest), with the same limits and the manifest's rules for its publication facts.
import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { extractArticle } from "@/lib/extract";
import { isoDay } from "@/lib/extract/schema";
import { extractorFingerprint } from "@/lib/ingest/extractor-fingerprint";
import { loadArticles, type LoadResult } from "@/lib/ingest/load-articles";
import type { ArticleJob } from "@/lib/queue/queue";
import { prepareArticle } from "@/lib/ingest/prepare-article";
import { orderedJobIds, INGEST_QUEUE, startQueue } from "@/lib/queue/queue";
import { waitForJob } from "@/lib/queue/run-status";
import { MAX_ARTICLE_BYTES } from "@/lib/source/read-articles";

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((value) => value || null);

export const confirmedArticleSchema = z.object({
  fileName: z.string().trim().min(1).max(200).regex(/^[^/\\]+$/, "a file name, not a path"),
  text: z.string().min(1, "the text is empty"),
  title: optionalText(500),
  outlet: optionalText(200),
  publishedAt: z.union([isoDay, z.literal("")]).optional().transform((value) => value || null),
  // The URL becomes a link on the article's page: only web addresses, as in a manifest.
  url: optionalText(2000).refine((value) => value === null || /^https?:\/\/[^\s]+$/i.test(value), "a url must start with http:// or https://"),
});

export type ConfirmedArticle = z.input<typeof confirmedArticleSchema>;

export type IngestedArticle = LoadResult & { fileName: string };

export class UploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UploadError";
  }
}

/** How a confirmed article reaches the record: here, or through the queue's workers when they run. */
export type IngestRoute = { queue?: { url: string; waitMs?: number } };

/** How long the browser's request waits for a queue worker before saying the article is still queued. */
const QUEUE_WAIT_MS = 120_000;

export async function ingestConfirmedArticle(db: Db, input: ConfirmedArticle, route: IngestRoute = {}): Promise<IngestedArticle> {
  const parsed = confirmedArticleSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UploadError(`${typeof input.fileName === "string" ? input.fileName : "article"}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  const article = parsed.data;
  const bytes = Buffer.from(article.text, "utf8");
  if (bytes.length > MAX_ARTICLE_BYTES) throw new UploadError(`${article.fileName}: the text is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB`);
  const meta = { file: article.fileName, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt, url: article.url };
  const contentHash = createHash("sha256").update(bytes).digest("hex");
  if (route.queue) return queueArticle(db, route.queue, { run: randomUUID(), file: article.fileName, text: article.text, contentHash, meta });
  let prepared;
  try {
    prepared = prepareArticle({ fileName: article.fileName, body: article.text, contentHash }, extractArticle(article.text, meta));
  } catch (error) {
    throw new UploadError(`${article.fileName}: ${(error as Error).message.split("\n")[0]}`);
  }
  try {
    const [result] = await loadArticles(db, [prepared], { extractor: extractorFingerprint() });
    if (!result) throw new Error("the load returned no result");
    return { ...result, fileName: article.fileName };
  } catch (error) {
    // The loader refuses a text already in the record under another name; nothing was written.
    if (error instanceof Error && /not ingested twice/.test(error.message)) throw new UploadError(`${article.fileName}: ${error.message}`);
    throw error;
  }
}

/**
 * Puts the article on the ingest queue as `npm run ingest -- --workers N` would, and waits for a worker to load it
 * (extraction and loading then run in the workers, not in the web process).
 */
async function queueArticle(db: Db, queue: NonNullable<IngestRoute["queue"]>, job: ArticleJob): Promise<IngestedArticle> {
  const boss = await startQueue(queue.url, { supervise: false });
  try {
    const [id] = orderedJobIds(1);
    if (!id) throw new Error("no job id");
    await boss.insert([{ id, name: INGEST_QUEUE, data: job }]);
    const waitMs = queue.waitMs ?? QUEUE_WAIT_MS;
    const finished = await waitForJob(db, id, { timeoutMs: waitMs });
    if (!finished) throw new UploadError(`${job.file}: queued, but no ingest worker took it within ${Math.round(waitMs / 1000)} s; it is added when one does (is \`npm run ingest:worker\` running?)`);
    const output = finished.output;
    if (finished.state !== "completed" || !output) throw new UploadError(`${job.file}: the ingest job ended ${finished.state} without a result`);
    if (output.status === "failed") throw new UploadError(output.error ?? `${job.file}: the ingest worker could not load it`);
    const row = await db.article.findUnique({ where: { fileName: job.file }, select: { id: true } });
    return { status: output.status, articleId: row?.id ?? 0, slug: output.slug ?? "", warnings: output.warnings, facts: output.facts ?? null, fileName: job.file };
  } finally {
    await boss.stop({ graceful: false, close: true, wait: true });
  }
}
