import { splitMatches } from "@/lib/web/match-highlight";

/** Text with the words a search matched wrapped in <mark>. */
export function MarkedText({ text, marked }: { text: string; marked: string | null }) {
  if (!marked) return <>{text}</>;
  return (
    <>
      {splitMatches(marked).map((run, index) =>
        run.match ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-stone-950">
            {run.text}
          </mark>
        ) : (
          <span key={index}>{run.text}</span>
        ),
      )}
    </>
  );
}
