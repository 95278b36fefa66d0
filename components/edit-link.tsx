"use client";
// An "Edit" link for a signed-in editor. The server renders nothing here for anyone (public pages are the same
// for every reader, so they can be cached); the browser shows the link when the editor cookie is present. The
// cookie grants nothing: the edit pages check the session themselves.
import Link from "next/link";
import { useSyncExternalStore } from "react";

const HINT = "readout_editor=1";
const subscribe = () => () => {};
const isEditor = () => document.cookie.split("; ").includes(HINT);

export function EditLink({ href, label = "Edit" }: { href: string; label?: string }) {
  const editor = useSyncExternalStore(subscribe, isEditor, () => false);
  if (!editor) return null;
  return (
    <Link href={href} className="rounded-md border border-amber-400 bg-amber-50 px-2 py-0.5 text-sm font-medium text-amber-900 hover:bg-amber-100">
      {label}
    </Link>
  );
}
