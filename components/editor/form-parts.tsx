// The pieces every editor form shares: a form that posts a correction and says where to go after, the
// optional reason, the error an action sent back, and consistent field styles.
import type { ReactNode } from "react";

export const inputClass = "w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm";
export const labelClass = "block text-sm font-medium text-stone-800";
export const buttonClass = "rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700";
export const dangerButtonClass = "rounded-md bg-red-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-700";

type CorrectionFormProps = { kind: string; back: string; next: string; label: string; children?: ReactNode; submit: string; danger?: boolean; hidden?: Record<string, string | number> };

/** A form for one kind of correction, posted to the correct action. */
export function CorrectionForm({ kind, back, next, label, children, submit, danger, hidden = {} }: CorrectionFormProps) {
  return (
    <form method="post" action="/editor/actions/correct" aria-label={label} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h3 className="font-serif text-lg font-semibold text-stone-950">{label}</h3>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="back" value={back} />
      <input type="hidden" name="next" value={next} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <ReasonField id={`${kind}-${Object.values(hidden).join("-")}-reason`} />
      <button type="submit" className={danger ? dangerButtonClass : buttonClass}>
        {submit}
      </button>
    </form>
  );
}

export function ReasonField({ id }: { id: string }) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        Reason <span className="font-normal text-stone-500">(optional, shown in the history)</span>
      </label>
      <input id={id} name="reason" maxLength={2000} className={inputClass} />
    </div>
  );
}

export function ErrorBanner({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      {message}
    </p>
  );
}

/** The `error` an action put in the address. */
export async function errorOf(searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<string | undefined> {
  const value = (await searchParams).error;
  return typeof value === "string" ? value.slice(0, 500) : undefined;
}
