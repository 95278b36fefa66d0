// Adding articles from the browser, below the page: uploads are checked like the CLI's files (size, encoding,
// HTML in a .txt), web pages give their main text, and a confirmed article goes through the CLI's loader
// (the same rows as `npm run ingest` of the same text), with the manifest's rules for its facts.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ingestConfirmedArticle, UploadError } from "@/lib/editor/ingest-text";
import { pastedFileName, readUpload } from "@/lib/editor/read-upload";
import { env } from "@/lib/env";
import { INGEST_QUEUE } from "@/lib/queue/queue";
import { MAX_ARTICLE_BYTES } from "@/lib/source/read-articles";
import { finished, runScript, startScript } from "./support/run-script";

const TEXT = `Port authority approves new quay
Marta Camilleri met Joseph Farrugia in Marsaxlokk on May 12, 2026, to sign off the new quay.
"Work starts in June," Camilleri said.`;

describe("an upload", () => {
  it("is refused, by name, for what the CLI refuses", () => {
    expect(readUpload("notes.docx", new Uint8Array([1, 2, 3]))).toEqual({ ok: false, fileName: "notes.docx", error: "notes.docx: only .txt and .html files can be added" });
    expect(readUpload("big.txt", new Uint8Array(MAX_ARTICLE_BYTES + 1))).toMatchObject({ error: "big.txt: the file is 5.0 MB; the limit is 5 MB" });
    expect(readUpload("empty.txt", new Uint8Array())).toMatchObject({ error: "empty.txt: the file is empty" });
    expect(readUpload("page.txt", new TextEncoder().encode("<!doctype html><html><body><p>x</p></body></html>"))).toMatchObject({ error: expect.stringContaining("page.txt: the file is an HTML page") });
    expect(readUpload("utf16.txt", new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toMatchObject({ error: "utf16.txt: the file is UTF-16 text; save it as UTF-8" });
    expect(readUpload("menu.html", new TextEncoder().encode("<html><body><nav><a href='/'>Home</a></nav></body></html>"))).toMatchObject({ error: "menu.html: no article text was found in this page" });
    expect(pastedFileName("Port authority: approves new quay!")).toBe("port-authority-approves-new-quay.txt");
  });
});

describe("a confirmed article", () => {
  it("loads the same rows as `npm run ingest` of the same file", async () => {
    const ingested = await ingestConfirmedArticle(db, { fileName: "quay.txt", text: TEXT, title: "Port authority approves new quay", outlet: "Harbour News", publishedAt: "2026-05-13", url: "https://example.org/quay" });
    expect(ingested).toMatchObject({ status: "new", slug: "port-authority-approves-new-quay", facts: { quotes: 1, sources: 1 } });
    const fromBrowser = await rows();

    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "readout-upload-"));
    await fs.writeFile(path.join(dir, "quay.txt"), TEXT);
    await fs.writeFile(path.join(dir, "manifest.json"), JSON.stringify([{ file: "quay.txt", title: "Port authority approves new quay", outlet: "Harbour News", publishedAt: "2026-05-13", url: "https://example.org/quay" }]));
    await db.$executeRawUnsafe(`TRUNCATE article, actor, meeting, slug_history, record_version RESTART IDENTITY CASCADE`);
    const cli = await runScript("ingest.ts", [dir], { DATABASE_URL: env.DATABASE_URL ?? "" });
    expect(cli.code, cli.stderr).toBe(0);
    expect(await rows()).toEqual(fromBrowser);
    // The same text again from the browser is unchanged: one identity, whichever way it came.
    expect((await ingestConfirmedArticle(db, { fileName: "quay.txt", text: TEXT, title: "Port authority approves new quay", outlet: "Harbour News", publishedAt: "2026-05-13", url: "https://example.org/quay" })).status).toBe("unchanged");
  });

  it("is refused with a clear error, writing nothing, for a bad url, date, size or a text already in the record", async () => {
    const refuse = (input: Parameters<typeof ingestConfirmedArticle>[1]) => expect(ingestConfirmedArticle(db, input)).rejects.toThrow(UploadError);
    await refuse({ fileName: "a.txt", text: TEXT, url: "javascript:alert(1)" });
    await expect(ingestConfirmedArticle(db, { fileName: "a.txt", text: TEXT, url: "javascript:alert(1)" })).rejects.toThrow("a.txt: url: a url must start with http:// or https://");
    await expect(ingestConfirmedArticle(db, { fileName: "a.txt", text: TEXT, publishedAt: "12 May" })).rejects.toThrow(/a.txt: publishedAt: expected YYYY-MM-DD/);
    await expect(ingestConfirmedArticle(db, { fileName: "../a.txt", text: TEXT })).rejects.toThrow(/a file name, not a path/);
    await expect(ingestConfirmedArticle(db, { fileName: "big.txt", text: "x".repeat(MAX_ARTICLE_BYTES + 1) })).rejects.toThrow("big.txt: the text is 5.0 MB; the limit is 5 MB");
    expect(await db.article.count()).toBe(0);
    await ingestConfirmedArticle(db, { fileName: "first.txt", text: TEXT });
    await expect(ingestConfirmedArticle(db, { fileName: "second.txt", text: TEXT })).rejects.toThrow("second.txt: has the same text as first.txt, which is already in the record; not ingested twice");
    expect(await db.article.count()).toBe(1);
  });
});

describe("a confirmed article, with queue workers running", () => {
  const url = env.DATABASE_URL ?? "";
  const input = { fileName: "quay.txt", text: TEXT, title: "Port authority approves new quay", outlet: "Harbour News", publishedAt: "2026-05-13", url: "https://example.org/quay" };

  it("is queued and loaded by a worker process: the same rows as a load in the web process, and what was found", async () => {
    // A worker process, as `npm run ingest:worker` runs on another machine.
    const worker = startScript("ingest-worker.ts", [], { DATABASE_URL: url });
    const exited = finished(worker);
    try {
      const queued = await ingestConfirmedArticle(db, input, { queue: { url } });
      expect(queued).toMatchObject({ status: "new", slug: "port-authority-approves-new-quay", facts: { quotes: 1, sources: 1 } });
      const viaQueue = await rows();
      const jobs = await db.$queryRaw<Array<{ worker: string; file: string }>>`SELECT output->>'worker' AS worker, data->>'file' AS file FROM pgboss.job WHERE name = ${INGEST_QUEUE}`;
      expect(jobs).toEqual([{ worker: `${os.hostname()}:${worker.pid}`, file: "quay.txt" }]);
      // The worker refuses what the web process refuses, and the editor hears why.
      await expect(ingestConfirmedArticle(db, { fileName: "second.txt", text: TEXT }, { queue: { url } })).rejects.toThrow(/second\.txt: .*has the same text as quay\.txt/);

      await db.$executeRawUnsafe(`TRUNCATE article, actor, meeting, slug_history, record_version RESTART IDENTITY CASCADE`);
      expect((await ingestConfirmedArticle(db, input)).status).toBe("new");
      expect(await rows()).toEqual(viaQueue);
    } finally {
      worker.kill("SIGTERM");
      await exited;
      await db.$executeRaw`DELETE FROM pgboss.job WHERE name = ${INGEST_QUEUE}`;
    }
  });

  it("says the article is still queued when no worker takes it in time, and writes nothing itself", async () => {
    try {
      await expect(ingestConfirmedArticle(db, { ...input, fileName: "late.txt" }, { queue: { url, waitMs: 300 } })).rejects.toThrow("late.txt: queued, but no ingest worker took it within 0 s; it is added when one does (is `npm run ingest:worker` running?)");
      expect(await db.article.count()).toBe(0);
      const [waiting] = await db.$queryRaw<Array<{ state: string }>>`SELECT state::text AS state FROM pgboss.job WHERE name = ${INGEST_QUEUE} AND data->>'file' = 'late.txt'`;
      expect(waiting?.state).toBe("created");
    } finally {
      await db.$executeRaw`DELETE FROM pgboss.job WHERE name = ${INGEST_QUEUE}`;
    }
  });
});

async function rows() {
  const article = await db.article.findFirstOrThrow({ select: { slug: true, fileName: true, title: true, outlet: true, url: true, publishedAt: true, body: true, contentHash: true } });
  const statements = await db.statement.findMany({ select: { text: true, start: true, end: true, kind: true, speaker: { select: { slug: true } } }, orderBy: { start: "asc" } });
  const meetings = await db.meeting.findMany({ select: { slug: true, kind: true, date: true } });
  const actors = await db.actor.findMany({ select: { slug: true, name: true }, orderBy: { slug: "asc" } });
  expect(article.contentHash).toBe(createHash("sha256").update(TEXT).digest("hex"));
  return { article, statements, meetings, actors };
}
