import type { ReactNode } from "react";

/**
 * A link to a passage of an article (#q-… or #m-…). A plain <a>, not next/link: client-side navigation
 * changes the address with pushState, which never updates :target, so the passage would not be marked.
 */
export function PassageLink({ articleSlug, anchor, className, children }: { articleSlug: string; anchor: `q-${number}` | `m-${number}`; className?: string; children: ReactNode }) {
  return (
    <a href={`/articles/${articleSlug}#${anchor}`} className={className}>
      {children}
    </a>
  );
}
