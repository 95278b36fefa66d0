import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { currentEditor } from "@/lib/auth/current-editor";

// Editor pages are never indexed, and every one is rendered for the editor who asks (proxy.ts marks them no-store).
export const metadata: Metadata = { title: { default: "Editor", template: "%s · Editor · Readout" }, robots: { index: false, follow: false } };

export default async function EditorLayout({ children }: { children: ReactNode }) {
  const editor = await currentEditor();
  return (
    <div>
      {editor ? (
        <nav aria-label="Editor" className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-sm">
          <span className="font-semibold text-amber-900">Editor</span>
          <Link href="/editor" className="text-sky-800 underline">
            Corrections
          </Link>
          <Link href="/editor/articles/new" className="text-sky-800 underline">
            Add articles
          </Link>
          <span className="text-stone-600 sm:ml-auto">{editor.email}</span>
          <form method="post" action="/editor/actions/sign-out">
            <button type="submit" className="text-sky-800 underline">
              Sign out
            </button>
          </form>
          <form method="post" action="/editor/actions/sign-out-everywhere">
            <button type="submit" className="text-sky-800 underline">
              Sign out everywhere
            </button>
          </form>
        </nav>
      ) : null}
      {children}
    </div>
  );
}
