"use client";
import { useEffect, useId, useRef, useState } from "react";
import { plural } from "@/lib/web/labels";
import { SUGGEST_AFTER, useSuggestions } from "./use-suggestions";

/** A speaker the search can filter by: a named one (`speaker`, by slug) or an unnamed one by how articles name it (`unnamed`). */
export type SpeakerOption = { param: "speaker" | "unnamed"; value: string; name: string; quotes?: number };
type Suggestions = { speakers: { slug: string; name: string; quotes: number }[]; unnamed: { label: string; quotes: number }[] };

const optionKey = (option: SpeakerOption) => `${option.param}:${option.value.toLowerCase()}`;

function toOptions(body: Suggestions): SpeakerOption[] {
  return [
    ...body.speakers.map(({ slug, name, quotes }): SpeakerOption => ({ param: "speaker", value: slug, name, quotes })),
    ...body.unnamed.map(({ label, quotes }): SpeakerOption => ({ param: "unnamed", value: label, name: label, quotes })),
  ];
}

/**
 * Picks several speakers: a combobox that suggests names as you type (tolerant of misspellings, via
 * /api/speakers) and chips for those picked. Picked speakers submit as `speaker` or `unnamed`; unpicked text as `who`.
 * Enter picks the highlighted suggestion, or the first when none is highlighted.
 */
export function SpeakerPicker({ initial }: { initial: SpeakerOption[] }) {
  const [picked, setPicked] = useState<SpeakerOption[]>(initial);
  const [text, setText] = useState("");
  const [options, setOptions] = useState<SpeakerOption[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;

  // The form's reset (its filters changed, or the reader went back to it) shows the address's speakers again.
  useEffect(() => {
    const form = inputRef.current?.form;
    if (!form) return;
    const restore = () => {
      setPicked(initial);
      setText("");
      setOpen(false);
    };
    form.addEventListener("reset", restore);
    return () => form.removeEventListener("reset", restore);
  }, [initial]);

  useSuggestions<Suggestions>(
    "/api/speakers",
    text,
    (answer) => {
      setOptions(toOptions(answer));
      setActive(-1);
      setOpen(true);
    },
    () => setOptions([]),
  );

  const visible = open && text.trim().length >= SUGGEST_AFTER;
  const choices = options.filter((option) => !picked.some((p) => optionKey(p) === optionKey(option)));

  function pick(option: SpeakerOption) {
    setPicked((current) => (current.some((p) => optionKey(p) === optionKey(option)) ? current : [...current, option]));
    setText("");
    setOptions([]);
    setOpen(false);
    inputRef.current?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && choices.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % choices.length);
    } else if (event.key === "ArrowUp" && choices.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index <= 0 ? choices.length - 1 : index - 1));
    } else if (event.key === "Enter" && visible && choices.length > 0) {
      event.preventDefault();
      const choice = choices[Math.max(active, 0)];
      if (choice) pick(choice);
    } else if (event.key === "Escape") {
      setOpen(false);
    } else if (event.key === "Backspace" && text === "" && picked.length > 0) {
      setPicked((current) => current.slice(0, -1));
    }
  }

  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="mb-1 block text-sm font-semibold text-stone-900">
        Speakers
      </label>
      <div className="flex flex-wrap items-center gap-1.5 rounded-md border border-stone-300 bg-white px-2 py-1.5 focus-within:border-stone-600">
        {picked.map((speaker) => (
          <span key={optionKey(speaker)} className="inline-flex items-center gap-1 rounded-full bg-stone-900 py-0.5 pr-1 pl-2.5 text-sm text-white">
            {speaker.param === "unnamed" ? `“${speaker.name}”` : speaker.name}
            <input type="hidden" name={speaker.param} value={speaker.value} />
            <button
              type="button"
              onClick={() => setPicked((current) => current.filter((p) => optionKey(p) !== optionKey(speaker)))}
              className="rounded-full px-1.5 leading-5 hover:bg-stone-700"
              aria-label={`Remove ${speaker.name}`}
            >
              ×
            </button>
          </span>
        ))}
        <input
          ref={inputRef}
          id={`${id}-input`}
          name="who"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={visible && choices.length > 0}
          aria-controls={listId}
          aria-activedescendant={visible && choices[active] ? `${id}-option-${active}` : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (event.target.value.trim().length < 2) setOpen(false);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          placeholder={picked.length > 0 ? "Add another speaker" : "A name, or “official”"}
          className="min-w-32 flex-1 border-0 bg-transparent px-1 py-0.5 text-sm outline-none placeholder:text-stone-500 focus-visible:outline-none"
        />
      </div>
      <p id={`${id}-hint`} className="sr-only">
        Suggestions appear as you type; Enter picks the first, or use the arrow keys to choose another.
      </p>
      <ul id={listId} role="listbox" aria-label="Speaker suggestions" hidden={!visible || choices.length === 0} className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-stone-300 bg-white py-1 shadow-lg">
        {choices.map((option, index) => (
          <li
            key={optionKey(option)}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(option);
            }}
            onMouseEnter={() => setActive(index)}
            className="flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 text-sm aria-selected:bg-stone-900 aria-selected:text-white"
          >
            <span>
              {option.param === "unnamed" ? `“${option.name}”` : option.name}
              {option.param === "unnamed" ? <span className="ml-1 text-xs opacity-80">unnamed speaker</span> : null}
            </span>
            {option.quotes !== undefined ? <span className="text-xs opacity-80">{option.quotes === 0 ? "no quotes" : plural(option.quotes, "quote")}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
