// Adding articles from the browser: a preview of the uploaded or pasted articles' text (HTML pages through
// the main-text extractor), then each confirmed article ingested through the CLI's loader.
import type { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { env, requireDatabaseUrl } from "@/lib/env";
import { ingestConfirmedArticle, UploadError } from "@/lib/editor/ingest-text";
import { pastedFileName, readUpload, type Upload } from "@/lib/editor/read-upload";
import { json } from "@/lib/editor/responses";
import { MAX_ARTICLE_BYTES } from "@/lib/source/read-articles";

/** Files per preview: a few articles at a time, each checked against the CLI's size limit. */
const MAX_FILES = 20;

export async function previewArticlesAction(request: NextRequest): Promise<Response> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_FILES * MAX_ARTICLE_BYTES) return json({ error: `the upload is ${(length / 1048576).toFixed(1)} MB; send at most ${MAX_FILES} files of ${MAX_ARTICLE_BYTES / 1048576} MB` }, 413);
  const form = await request.formData();
  const files = form.getAll("file").filter((value): value is File => typeof value !== "string" && value.size > 0);
  const pasted = String(form.get("text") ?? "");
  if (files.length + (pasted.trim() ? 1 : 0) === 0) return json({ error: "choose a .txt or .html file, or paste an article's text" }, 400);
  if (files.length > MAX_FILES) return json({ error: `at most ${MAX_FILES} files at once` }, 400);
  const uploads: Upload[] = [];
  for (const file of files) uploads.push(readUpload(file.name, new Uint8Array(await file.arrayBuffer())));
  if (pasted.trim()) {
    const title = String(form.get("pastedTitle") ?? "").trim();
    if (!title) uploads.push({ ok: false, fileName: "pasted text", error: "pasted text: give it a title (it names the article)" });
    else uploads.push(readUpload(pastedFileName(title), new TextEncoder().encode(pasted)));
  }
  const known = await db.article.findMany({ where: { fileName: { in: uploads.map((upload) => upload.fileName) } }, select: { fileName: true, slug: true } });
  return json({
    articles: uploads.map((upload) => (upload.ok ? { ...upload, replaces: known.find((article) => article.fileName === upload.fileName)?.slug ?? null } : upload)),
  });
}

export async function ingestArticleAction(request: NextRequest): Promise<Response> {
  const body: unknown = await request.json().catch(() => null);
  if (!body || typeof body !== "object") return json({ error: "send the confirmed article as JSON" }, 400);
  try {
    // With queue workers running, the article is queued for them, as the CLI's `--workers` does.
    const route = env.READOUT_INGEST_QUEUE ? { queue: { url: requireDatabaseUrl() } } : {};
    const result = await ingestConfirmedArticle(db, body as Parameters<typeof ingestConfirmedArticle>[1], route);
    return json({ status: result.status, slug: result.slug, fileName: result.fileName, facts: result.facts, warnings: result.warnings });
  } catch (error) {
    if (error instanceof UploadError) return json({ error: error.message }, 400);
    throw error;
  }
}
