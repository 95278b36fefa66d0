import { boundRuns, LIST_QUOTE_CHARS, splitMatches } from "@/lib/web/match-highlight";

/**
 * Text with the words a search matched wrapped in <mark>, cut to `maxChars` (with "…") and to a bounded number of
 * marks, so one very long quote cannot make a page of megabytes. `marked` may cover only the start of `text`.
 */
export function MarkedText({ text, marked, maxChars = LIST_QUOTE_CHARS }: { text: string; marked: string | null; maxChars?: number }) {
  const { runs, cut } = boundRuns(marked ? splitMatches(marked) : [{ text, match: false }], maxChars);
  const shown = runs.reduce((sum, run) => sum + run.text.length, 0);
  return (
    <>
      {runs.map((run, index) =>
        run.match ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-stone-950">
            {run.text}
          </mark>
        ) : (
          <span key={index}>{run.text}</span>
        ),
      )}
      {cut || shown < text.length ? "…" : null}
    </>
  );
}
