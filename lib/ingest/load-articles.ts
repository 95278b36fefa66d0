// Loads prepared articles into the record in one transaction under the ingest lock: unchanged ones are
// skipped, changed ones replaced one by one, and each run of new ones written together (new-articles.ts).
// Pages see a batch all at once; the record version it increments keys the web's cached reads.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { reapplyCorrections } from "@/lib/corrections/reapply";
import { loadNewArticles } from "./new-articles";
import type { PreparedArticle } from "./prepare-article";
import { bumpRecordVersion } from "./record-version";
import { replaceArticle } from "./replace-article";
import type { FactCounts } from "./write-facts";

type Tx = Prisma.TransactionClient;

/** Serialises loads: two ingests never interleave their writes (an arbitrary constant: "READ"). */
export const INGEST_LOCK = 0x52454144;

export type LoadStatus = "new" | "changed" | "unchanged";
export type LoadResult = { status: LoadStatus; articleId: number; slug: string; warnings: string[]; facts: FactCounts | null };

export type LoadOptions = {
  /** The extraction fingerprint stored with each article (null: unknown, e.g. facts built by hand). */
  extractor?: string | null;
  /** Runs inside the transaction after the loads, e.g. to complete queue jobs atomically with them. */
  beforeCommit?: (tx: Tx, results: LoadResult[]) => Promise<void>;
};

type Existing = { id: number; slug: string; file_name: string; content_hash: string; extraction_hash: string; extractor: string | null };

/** The file names already in the record for these texts (a text is loaded under one name only). */
async function findTwins(tx: Tx, hashes: string[]): Promise<Map<string, string>> {
  const rows = await tx.$queryRaw<Array<{ content_hash: string; file_name: string }>>`
    SELECT "content_hash", "file_name" FROM "article" WHERE "content_hash" = ANY(${hashes}::text[]) ORDER BY "id"`;
  const twins = new Map<string, string>();
  for (const row of rows) if (!twins.has(row.content_hash)) twins.set(row.content_hash, row.file_name);
  return twins;
}

async function findExisting(tx: Tx, names: string[]): Promise<Map<string, Existing>> {
  const rows = await tx.$queryRaw<Existing[]>`
    SELECT "id", "slug", "file_name", "content_hash", "extraction_hash", "extractor" FROM "article" WHERE "file_name" = ANY(${names}::text[])`;
  return new Map(rows.map((row) => [row.file_name, row]));
}

/** Throws when the database rejects anything: then nothing of the batch is written. */
export async function loadArticles(db: Db, articles: PreparedArticle[], options: LoadOptions = {}): Promise<LoadResult[]> {
  const extractor = options.extractor ?? null;
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${INGEST_LOCK}::bigint)`;
      const existing = await findExisting(tx, articles.map((article) => article.source.fileName));
      const twins = await findTwins(tx, articles.map((article) => article.source.contentHash));
      const results: LoadResult[] = new Array(articles.length);
      let run: number[] = [];
      const flush = async () => {
        if (run.length === 0) return;
        const loaded = await loadNewArticles(tx, run.map((index) => articles[index] as PreparedArticle), extractor);
        for (const [position, index] of run.entries()) {
          const result = loaded[position];
          const article = articles[index];
          if (result && article) results[index] = { status: "new", articleId: result.articleId, slug: result.slug, warnings: article.warnings, facts: result.facts };
        }
        for (const [position, index] of run.entries()) {
          const article = articles[index];
          const result = loaded[position];
          if (article && result) existing.set(article.source.fileName, { id: result.articleId, slug: result.slug, file_name: article.source.fileName, content_hash: article.source.contentHash, extraction_hash: article.extractionHash, extractor });
        }
        run = [];
      };
      for (const [index, article] of articles.entries()) {
        const name = article.source.fileName;
        // The same file twice in one batch: the second is loaded against the first.
        if (run.some((other) => articles[other]?.source.fileName === name)) await flush();
        const row = existing.get(name);
        if (row && row.content_hash === article.source.contentHash && row.extraction_hash === article.extractionHash) {
          await flush();
          if (extractor && row.extractor !== extractor) await tx.article.update({ where: { id: row.id }, data: { extractor } });
          results[index] = { status: "unchanged", articleId: row.id, slug: row.slug, warnings: article.warnings, facts: null };
          continue;
        }
        // The same text under a second file name would double every quote and meeting source it holds.
        const twin = twins.get(article.source.contentHash);
        if (twin !== undefined && twin !== name) throw new Error(`has the same text as ${twin}, which is already in the record; not ingested twice`);
        twins.set(article.source.contentHash, name);
        if (!row) {
          run.push(index);
          continue;
        }
        await flush();
        const replaced = await replaceArticle(tx, row, article, extractor);
        results[index] = { status: "changed", articleId: row.id, slug: replaced.slug, warnings: article.warnings, facts: replaced.facts };
        existing.set(name, { ...row, slug: replaced.slug, content_hash: article.source.contentHash, extraction_hash: article.extractionHash, extractor });
      }
      await flush();
      // Editors' corrections sit on top of extraction: re-applied to every article whose facts were replaced.
      await reapplyCorrections(tx, results.filter((result) => result.status === "changed").map((result) => result.articleId));
      if (results.some((result) => result.status !== "unchanged")) await bumpRecordVersion(tx);
      await options.beforeCommit?.(tx, results);
      return results;
    },
    // Generous limits: a long batch from a slow machine must not time out half-way (it would roll back anyway).
    { maxWait: 600_000, timeout: 600_000 },
  );
}
