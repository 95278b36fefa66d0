"use client";
// Add articles in three steps: choose (files or pasted text, with publication facts), confirm (the text each
// article will be read as, its facts editable), ingest (one article at a time, with progress), then go to
// the new article, or list them when there are several.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ConfirmArticles, type Draft } from "./confirm-articles";

type Previewed = { ok: true; fileName: string; text: string; title: string | null; replaces: string | null } | { ok: false; fileName: string; error: string };
type Ingested = { fileName: string; status: string; slug: string; facts: { quotes: number; statements: number; sources: number; mentions: number } | null };
type Outcome = { ok: true; article: Ingested } | { ok: false; fileName: string; error: string };

const input = "w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm";
const label = "block text-sm font-medium text-stone-800";
const button = "rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-50";

async function post(path: string, body: BodyInit, json = false): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(path, { method: "POST", body, headers: { Accept: "application/json", ...(json ? { "Content-Type": "application/json" } : {}) } });
  const parsed = (await response.json().catch(() => ({ error: `the server answered ${response.status}` }))) as Record<string, unknown>;
  return { status: response.status, body: parsed };
}

export function AddArticles() {
  const router = useRouter();
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number; current: string } | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  async function preview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setProblems([]);
    const answer = await post("/editor/actions/preview-articles", form);
    setBusy(false);
    if (answer.status !== 200) return setProblems([String(answer.body.error ?? "the preview failed")]);
    const articles = (answer.body.articles ?? []) as Previewed[];
    const shared = { outlet: String(form.get("outlet") ?? ""), publishedAt: String(form.get("publishedAt") ?? ""), url: String(form.get("url") ?? "") };
    const sharedTitle = String(form.get("pastedTitle") ?? "");
    setProblems(articles.flatMap((article) => (article.ok ? [] : [article.error])));
    setDrafts(
      articles.flatMap((article) =>
        article.ok ? [{ fileName: article.fileName, text: article.text, replaces: article.replaces, title: article.title ?? (article.fileName.endsWith(".txt") && sharedTitle ? sharedTitle : ""), ...shared }] : [],
      ),
    );
  }

  async function ingest(confirmed: Draft[]) {
    setBusy(true);
    const results: Outcome[] = [];
    for (const [index, draft] of confirmed.entries()) {
      setProgress({ done: index, total: confirmed.length, current: draft.fileName });
      const article = { fileName: draft.fileName, text: draft.text, title: draft.title, outlet: draft.outlet, publishedAt: draft.publishedAt, url: draft.url };
      const answer = await post("/editor/actions/ingest-article", JSON.stringify(article), true);
      results.push(answer.status === 200 ? { ok: true, article: answer.body as unknown as Ingested } : { ok: false, fileName: draft.fileName, error: String(answer.body.error ?? `the server answered ${answer.status}`) });
      setOutcomes([...results]);
    }
    setProgress({ done: confirmed.length, total: confirmed.length, current: "" });
    setBusy(false);
    const [only] = results;
    if (results.length === 1 && only?.ok) router.push(`/articles/${only.article.slug}`);
  }

  if (progress) {
    return (
      <section aria-labelledby="progress-heading" className="space-y-4">
        <h2 id="progress-heading" className="font-serif text-xl font-semibold">
          {progress.done < progress.total ? `Adding ${progress.done + 1} of ${progress.total}: ${progress.current}` : `Added ${outcomes.filter((outcome) => outcome.ok).length} of ${progress.total}`}
        </h2>
        <progress value={progress.done} max={progress.total} className="w-full" aria-label="Articles added" />
        <ul className="space-y-2">
          {outcomes.map((outcome) =>
            outcome.ok ? (
              <li key={outcome.article.fileName} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
                <Link href={`/articles/${outcome.article.slug}`} className="font-medium text-sky-800 underline">
                  {outcome.article.fileName}
                </Link>{" "}
                — {outcome.article.status === "unchanged" ? "already in the record, unchanged" : outcome.article.status === "changed" ? "replaced" : "added"}
                {outcome.article.facts
                  ? `: ${outcome.article.facts.quotes} quotes, ${outcome.article.facts.statements} statements, ${outcome.article.facts.sources} meetings or calls`
                  : ""}
              </li>
            ) : (
              <li key={outcome.fileName} role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
                {outcome.error}
              </li>
            ),
          )}
        </ul>
      </section>
    );
  }

  return (
    <div className="space-y-6">
      {problems.length > 0 ? (
        <ul role="alert" className="space-y-1 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {drafts ? (
        <ConfirmArticles drafts={drafts} busy={busy} onConfirm={ingest} onBack={() => setDrafts(null)} />
      ) : (
        <form onSubmit={preview} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
          <div>
            <label htmlFor="files" className={label}>
              Article files (.txt or .html)
            </label>
            <input id="files" name="file" type="file" multiple accept=".txt,.html,.htm,text/plain,text/html" className="mt-1 block text-sm" />
          </div>
          <div>
            <label htmlFor="pasted" className={label}>
              Or paste an article’s text
            </label>
            <textarea id="pasted" name="text" rows={6} className={input} />
          </div>
          <div>
            <label htmlFor="pasted-title" className={label}>
              Title <span className="font-normal text-stone-500">(needed for pasted text)</span>
            </label>
            <input id="pasted-title" name="pastedTitle" className={input} />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <div>
              <label htmlFor="outlet" className={label}>
                Outlet
              </label>
              <input id="outlet" name="outlet" className={input} />
            </div>
            <div>
              <label htmlFor="published" className={label}>
                Publication date
              </label>
              <input id="published" name="publishedAt" type="date" className={input} />
            </div>
            <div>
              <label htmlFor="url" className={label}>
                URL
              </label>
              <input id="url" name="url" type="url" placeholder="https://…" className={input} />
            </div>
          </div>
          <button type="submit" className={button} disabled={busy}>
            {busy ? "Reading…" : "Preview"}
          </button>
        </form>
      )}
    </div>
  );
}
