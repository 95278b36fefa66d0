import type { FormFilters } from "@/lib/web/search-params";

type Problems = FormFilters<unknown>["problems"];

/** The problem with one field's value, shown under it (the field points at it with aria-describedby). */
export function FieldProblem({ id, problems, name }: { id: string; problems: Problems; name: string }) {
  const found = problems.get(name);
  if (!found) return null;
  return (
    <p id={id} className="mt-1 text-xs font-medium text-red-800">
      {found.typed ? `“${found.typed}”: ` : ""}
      {found.problem}
    </p>
  );
}

/** Above the results: which filters were left out and why, so the results are read for what they are. */
export function FilterProblems({ problems, labels }: { problems: Problems; labels: Record<string, string> }) {
  if (problems.size === 0) return null;
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950">
      <p className="font-semibold">{problems.size === 1 ? "One filter could not be read and was left out:" : "These filters could not be read and were left out:"}</p>
      <ul className="mt-1 list-disc pl-5">
        {[...problems].map(([name, { typed, problem }]) => (
          <li key={name}>
            {labels[name] ?? name}
            {typed ? ` “${typed}”` : ""}: {problem}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The attributes of a field that may hold a problem. */
export function fieldState(problems: Problems, name: string, errorId: string, hintId?: string) {
  const invalid = problems.has(name);
  const describedBy = [invalid ? errorId : null, hintId ?? null].filter(Boolean).join(" ");
  return { "aria-invalid": invalid || undefined, "aria-describedby": describedBy || undefined };
}

/** The value a field shows: what was typed when it could not be read, else the filter as read. */
export function fieldValue(problems: Problems, name: string, value: string | undefined): string {
  return problems.get(name)?.typed ?? value ?? "";
}
