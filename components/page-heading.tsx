import type { ReactNode } from "react";

export function PageHeading({ eyebrow, title, children }: { eyebrow?: ReactNode; title: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-6 border-b border-stone-200 pb-5">
      {eyebrow ? <div className="mb-2 flex flex-wrap items-center gap-2 text-sm text-stone-600">{eyebrow}</div> : null}
      <h1 className="font-serif text-3xl font-semibold leading-tight tracking-tight text-stone-950 text-balance sm:text-4xl">{title}</h1>
      {children ? <div className="mt-3 text-stone-700">{children}</div> : null}
    </div>
  );
}
