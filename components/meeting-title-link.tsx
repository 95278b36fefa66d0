import Link from "next/link";
import type { MeetingKind } from "@/lib/db/generated/enums";
import { meetingTitle } from "@/lib/web/labels";
import { MeetingKindBadge } from "./kind-badge";

/** A meeting's kind badge and its title ("Meeting of A and B"), linked to its page. */
export function MeetingTitleLink({ slug, kind, names }: { slug: string; kind: MeetingKind; names: string[] }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <MeetingKindBadge kind={kind} />
      <Link href={`/meetings/${slug}`} className="font-medium text-stone-950 underline decoration-stone-300 hover:decoration-stone-700">
        {meetingTitle(kind, names)}
      </Link>
    </div>
  );
}
