/** Grey placeholder lines that hold the layout while a list loads. */
export function SkeletonList({ rows = 6, label = "Loading" }: { rows?: number; label?: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{label}…</span>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} aria-hidden="true" className="animate-pulse rounded-lg border border-stone-200 bg-white p-4">
          <div className="h-3 w-24 rounded bg-stone-200" />
          <div className="mt-3 h-4 w-3/4 rounded bg-stone-200" />
          <div className="mt-2 h-4 w-1/2 rounded bg-stone-100" />
        </div>
      ))}
    </div>
  );
}
