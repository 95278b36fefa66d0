// "speaker corrected on 7 Dec 2026": the public mark of an editor's correction, beside the fact it corrected.
import { noteText } from "@/lib/corrections/describe";
import type { CorrectionNote } from "@/lib/db/queries/get-correction-notes";
import { formatDate } from "@/lib/web/dates";

export function CorrectedNote({ notes }: { notes: CorrectionNote[] | undefined }) {
  if (!notes || notes.length === 0) return null;
  return (
    <p className="text-sm text-emerald-900">
      {notes.map((note, index) => (
        <span key={index} className="mr-2 inline-block rounded bg-emerald-50 px-1.5 py-0.5 ring-1 ring-emerald-200">
          {`${noteText(note.fields, note.kind)} on ${formatDate(note.at, "day")}`}
        </span>
      ))}
    </p>
  );
}
