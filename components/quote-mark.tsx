"use client";
import Link from "next/link";
import { useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { useHydrated } from "./use-hydrated";

const QUOTE = "passage-target cursor-pointer rounded-sm bg-amber-100 text-stone-950 underline decoration-amber-500 decoration-1 underline-offset-4 box-decoration-clone";

/**
 * A quote in an article: hovering or focusing shows who said it; a tap or a click (Enter, Space) opens a small
 * card with the speaker, a link to their page and the quote's permalink, so touch screens read it too. It is a
 * button only once its script runs; before that, hovering still shows the speaker.
 */
export function QuoteMark({ id, quoteId, speaker, speakerSlug, kindLabel, children }: { id?: string; quoteId: number; speaker: string; speakerSlug: string | null; kindLabel: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const cardId = `${useId()}-card`;
  const control = useHydrated()
    ? {
        role: "button",
        tabIndex: 0,
        "aria-expanded": open,
        "aria-controls": cardId,
        onClick: () => setOpen((value) => !value),
        onKeyDown: (event: KeyboardEvent<HTMLSpanElement>) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            setOpen((value) => !value);
          } else if (event.key === "Escape") setOpen(false);
        },
      }
    : {};
  return (
    <span className="group relative">
      <span id={id} {...control} className={QUOTE}>
        {children}
        <span className="sr-only"> (said by {speaker})</span>
      </span>
      {open ? null : (
        <span aria-hidden="true" className="pointer-events-none absolute bottom-full left-0 z-20 mb-1 hidden whitespace-nowrap rounded bg-stone-900 px-2 py-1 font-sans text-xs font-medium text-white no-underline shadow group-hover:block group-focus-within:block">
          {speaker} · {kindLabel}
        </span>
      )}
      <span id={cardId} hidden={!open} className="absolute top-full left-0 z-30 mt-1 block w-64 max-w-[80vw] max-sm:fixed max-sm:inset-x-3 max-sm:top-auto max-sm:bottom-3 max-sm:w-auto max-sm:max-w-none rounded-md border border-stone-300 bg-white p-3 font-sans text-sm leading-snug text-stone-800 shadow-lg">
        <span className="block font-semibold text-stone-950">{speaker}</span>
        <span className="block text-xs text-stone-600">{kindLabel}</span>
        <span className="mt-2 flex flex-wrap gap-x-3 gap-y-1">
          {speakerSlug ? (
            <Link href={`/people/${speakerSlug}`} className="text-sky-800 underline hover:text-sky-950">
              {speaker}’s page
            </Link>
          ) : null}
          <Link href={`/quotes/${quoteId}`} className="text-sky-800 underline hover:text-sky-950">
            Permalink
          </Link>
        </span>
      </span>
    </span>
  );
}
