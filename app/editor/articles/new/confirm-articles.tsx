"use client";
// The confirmation step: each article's text as it will be read (paragraphs as lines), and its publication
// facts, editable, before anything is written.
import { useState } from "react";

export type Draft = { fileName: string; text: string; title: string; outlet: string; publishedAt: string; url: string; replaces: string | null };

const input = "w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm";
const label = "block text-xs font-medium text-stone-700";
const PREVIEW_PARAGRAPHS = 8;

type Props = { drafts: Draft[]; busy: boolean; onConfirm: (drafts: Draft[]) => void; onBack: () => void };

export function ConfirmArticles({ drafts: initial, busy, onConfirm, onBack }: Props) {
  const [drafts, setDrafts] = useState(initial);
  const update = (index: number, field: keyof Draft, value: string) => setDrafts((all) => all.map((draft, at) => (at === index ? { ...draft, [field]: value } : draft)));
  if (drafts.length === 0) {
    return (
      <button type="button" onClick={onBack} className="text-sm text-sky-800 underline">
        Choose other files
      </button>
    );
  }
  return (
    <section aria-labelledby="confirm-heading" className="space-y-4">
      <h2 id="confirm-heading" className="font-serif text-xl font-semibold">
        Confirm {drafts.length === 1 ? "the article" : `${drafts.length} articles`}
      </h2>
      {drafts.map((draft, index) => {
        const paragraphs = draft.text.split(/\n+/).filter((line) => line.trim());
        const id = `draft-${index}`;
        return (
          <article key={draft.fileName} aria-label={draft.fileName} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
            <h3 className="font-mono text-sm font-semibold">{draft.fileName}</h3>
            {draft.replaces ? <p className="text-sm text-amber-900">Replaces the article already in the record under this name.</p> : null}
            <div className="grid gap-3 sm:grid-cols-2">
              {(["title", "outlet", "publishedAt", "url"] as const).map((field) => (
                <div key={field}>
                  <label htmlFor={`${id}-${field}`} className={label}>
                    {{ title: "Title", outlet: "Outlet", publishedAt: "Publication date", url: "URL" }[field]}
                  </label>
                  <input id={`${id}-${field}`} type={field === "publishedAt" ? "date" : field === "url" ? "url" : "text"} value={draft[field]} onChange={(event) => update(index, field, event.target.value)} className={input} />
                </div>
              ))}
            </div>
            <div className="max-h-72 space-y-2 overflow-auto rounded-md bg-stone-50 p-3 font-serif text-sm leading-relaxed">
              {paragraphs.slice(0, PREVIEW_PARAGRAPHS).map((paragraph, at) => (
                <p key={at}>{paragraph}</p>
              ))}
            </div>
            <p className="text-xs text-stone-600">
              {paragraphs.length} paragraphs, {draft.text.length.toLocaleString("en")} characters{paragraphs.length > PREVIEW_PARAGRAPHS ? ` (the first ${PREVIEW_PARAGRAPHS} shown)` : ""}
            </p>
          </article>
        );
      })}
      <div className="flex gap-3">
        <button type="button" disabled={busy} onClick={() => onConfirm(drafts)} className="rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-50">
          Add {drafts.length === 1 ? "this article" : `these ${drafts.length} articles`}
        </button>
        <button type="button" onClick={onBack} className="text-sm text-sky-800 underline">
          Back
        </button>
      </div>
    </section>
  );
}
