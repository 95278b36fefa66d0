"use client";
import Form from "next/form";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import type { SearchGroup, SearchHit } from "@/lib/web/search-hits";
import { SUGGEST_AFTER, useSuggestions } from "./use-suggestions";

/**
 * The one search box (header, home and search page): suggestions grouped as people, meetings, quotes and articles
 * while typing. Arrow keys move through them and Enter opens one; Enter with none chosen opens /search?q=.
 */
export function SiteSearch({ id, defaultValue = "", large = false }: { id: string; defaultValue?: string; large?: boolean }) {
  const router = useRouter();
  const [text, setText] = useState(defaultValue);
  const [groups, setGroups] = useState<SearchGroup[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const listId = `${useId()}-${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);

  useSuggestions<{ groups: SearchGroup[] }>(
    "/api/search",
    text,
    (answer) => {
      setGroups(answer.groups);
      setActive(-1);
      setOpen(document.activeElement === inputRef.current);
    },
    () => setGroups([]),
  );

  const hits: SearchHit[] = groups.flatMap((group) => group.hits);
  const visible = open && text.trim().length >= SUGGEST_AFTER && hits.length > 0;

  function go(hit: SearchHit) {
    setOpen(false);
    router.push(hit.href);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % hits.length);
    } else if (event.key === "ArrowUp" && hits.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index <= 0 ? hits.length - 1 : index - 1));
    } else if (event.key === "Enter" && visible && hits[active]) {
      event.preventDefault();
      go(hits[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  }

  // Each group's first option's position in the list the arrow keys walk.
  const starts = groups.map((_, at) => groups.slice(0, at).reduce((count, group) => count + group.hits.length, 0));
  return (
    <Form action="/search" role="search" aria-label={large ? "Search the record" : "Site search"} className="relative flex w-full items-center gap-1" onSubmit={() => setOpen(false)}>
      <label htmlFor={id} className="sr-only">
        Search people, meetings, quotes and articles
      </label>
      <input
        ref={inputRef}
        id={id}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={visible}
        aria-controls={listId}
        aria-activedescendant={visible && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(event.target.value.trim().length >= 2);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        placeholder="Search people, meetings…"
        className={`min-w-0 flex-1 rounded-md border border-stone-300 bg-white placeholder:text-stone-500 ${large ? "px-4 py-2.5 text-base" : "px-3 py-1.5 text-sm"}`}
      />
      <button type="submit" className={`rounded-md bg-stone-900 font-medium text-white hover:bg-stone-700 ${large ? "px-5 py-2.5" : "px-3 py-1.5 text-sm"}`}>
        Search
      </button>
      <div id={listId} role="listbox" aria-label="Suggestions" hidden={!visible} className="absolute top-full right-0 left-0 z-40 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-stone-300 bg-white py-1 text-left shadow-lg sm:min-w-96">
        {groups.map((group, groupAt) => (
          <div key={group.key} role="group" aria-labelledby={`${listId}-${group.key}`}>
            <p id={`${listId}-${group.key}`} role="presentation" className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-stone-600 uppercase">
              {group.label}
            </p>
            {group.hits.map((hit, hitAt) => {
              const position = (starts[groupAt] ?? 0) + hitAt;
              return (
                <div
                  key={hit.href}
                  id={`${listId}-${position}`}
                  role="option"
                  aria-selected={position === active}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    go(hit);
                  }}
                  onMouseEnter={() => setActive(position)}
                  className="cursor-pointer px-3 py-1.5 text-sm aria-selected:bg-stone-900 aria-selected:text-white"
                >
                  <span className="block truncate font-medium">{hit.title}</span>
                  {hit.detail ? <span className="block truncate text-xs opacity-80">{hit.detail}</span> : null}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </Form>
  );
}
