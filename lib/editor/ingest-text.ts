// Ingests one article an editor confirmed, through the CLI's path: extraction, the same preparation and the
// same loader (lib/ingest), with the same limits and the manifest's rules for its publication facts.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { extractArticle } from "@/lib/extract";
import { isoDay } from "@/lib/extract/schema";
import { extractorFingerprint } from "@/lib/ingest/extractor-fingerprint";
import { loadArticles, type LoadResult } from "@/lib/ingest/load-articles";
import { prepareArticle } from "@/lib/ingest/prepare-article";
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

export async function ingestConfirmedArticle(db: Db, input: ConfirmedArticle): Promise<IngestedArticle> {
  const parsed = confirmedArticleSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UploadError(`${typeof input.fileName === "string" ? input.fileName : "article"}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  const article = parsed.data;
  const bytes = Buffer.from(article.text, "utf8");
  if (bytes.length > MAX_ARTICLE_BYTES) throw new UploadError(`${article.fileName}: the text is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB`);
  const meta = { file: article.fileName, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt, url: article.url };
  let prepared;
  try {
    prepared = prepareArticle({ fileName: article.fileName, body: article.text, contentHash: createHash("sha256").update(bytes).digest("hex") }, extractArticle(article.text, meta));
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
