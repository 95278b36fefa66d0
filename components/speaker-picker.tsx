"use client";
import { useEffect, useId, useRef, useState } from "react";

export type SpeakerOption = { slug: string; name: string; quotes?: number };

/**
 * Picks several speakers: a combobox that suggests names as you type (tolerant of misspellings, via
 * /api/speakers) and chips for those picked. Picked speakers submit as `speaker`; unpicked text as `who`.
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

  // The form's reset (going back to this page) shows the address's speakers again.
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

  useEffect(() => {
    const typed = text.trim();
    if (typed.length < 2) return;
    const controller = new AbortController();
    // A short pause so each keystroke does not cost a request.
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/speakers?q=${encodeURIComponent(typed)}`, { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { speakers: SpeakerOption[] };
        setOptions(body.speakers);
        setActive(body.speakers.length > 0 ? 0 : -1);
        setOpen(true);
      } catch (error) {
        if (!(error instanceof DOMException && error.name === "AbortError")) setOptions([]);
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const visible = open && text.trim().length >= 2;
  const choices = options.filter((option) => !picked.some((p) => p.slug === option.slug));

  function pick(option: SpeakerOption) {
    setPicked((current) => (current.some((p) => p.slug === option.slug) ? current : [...current, option]));
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
      setActive((index) => (index <= 0 ? choices.length - 1 : index - 1));
    } else if (event.key === "Enter" && visible && choices[active]) {
      event.preventDefault();
      pick(choices[active]);
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
          <span key={speaker.slug} className="inline-flex items-center gap-1 rounded-full bg-stone-900 py-0.5 pr-1 pl-2.5 text-sm text-white">
            {speaker.name}
            <input type="hidden" name="speaker" value={speaker.slug} />
            <button
              type="button"
              onClick={() => setPicked((current) => current.filter((p) => p.slug !== speaker.slug))}
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
          placeholder={picked.length > 0 ? "Add another speaker" : "Type a name, e.g. Gantz"}
          className="min-w-32 flex-1 border-0 bg-transparent px-1 py-0.5 text-sm outline-none placeholder:text-stone-500 focus-visible:outline-none"
        />
      </div>
      <p id={`${id}-hint`} className="sr-only">
        Suggestions appear as you type; use the arrow keys and Enter to pick one.
      </p>
      <ul id={listId} role="listbox" aria-label="Speaker suggestions" hidden={!visible || choices.length === 0} className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-stone-300 bg-white py-1 shadow-lg">
        {choices.map((option, index) => (
          <li
            key={option.slug}
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
            <span>{option.name}</span>
            {option.quotes !== undefined ? <span className="text-xs opacity-80">{option.quotes} quotes</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
