"use client";
import { useState } from "react";

/**
 * Copies the page's canonical address (or `text`, such as a citation); says so out loud, and shows what to copy if
 * the clipboard refuses.
 */
export function CopyLinkButton({ path, text, label = "Copy link", copied = "Link copied" }: { path?: string; text?: string; label?: string; copied?: string }) {
  const [state, setState] = useState<{ status: "idle" | "copied" | "failed"; url: string }>({ status: "idle", url: "" });
  async function copy() {
    const url = text ?? new URL(path ?? "", window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setState({ status: "copied", url });
    } catch {
      setState({ status: "failed", url });
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="inline-flex items-center gap-1.5 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-900 hover:bg-stone-50"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
          <path d="M8.5 11.5a3 3 0 0 0 4.24 0l2.83-2.83a3 3 0 0 0-4.24-4.24l-.7.7 1.06 1.06.7-.7a1.5 1.5 0 1 1 2.12 2.12l-2.83 2.83a1.5 1.5 0 0 1-2.12 0l-1.06 1.06Zm3-3a3 3 0 0 0-4.24 0L4.43 11.33a3 3 0 0 0 4.24 4.24l.7-.7-1.06-1.06-.7.7a1.5 1.5 0 1 1-2.12-2.12l2.83-2.83a1.5 1.5 0 0 1 2.12 0L11.5 8.5Z" />
        </svg>
        {label}
      </button>
      <span role="status" className="text-sm text-stone-700">
        {state.status === "copied" ? copied : ""}
      </span>
      {state.status === "failed" ? (
        <label className="flex items-center gap-2 text-sm text-stone-700">
          {text ? "Copy this:" : "Copy this address:"}
          <input readOnly value={state.url} onFocus={(event) => event.currentTarget.select()} className="w-72 max-w-full rounded border border-stone-300 px-2 py-1 font-mono text-xs" />
        </label>
      ) : null}
    </div>
  );
}
