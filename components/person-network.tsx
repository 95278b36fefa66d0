import Link from "next/link";
import { layoutPersonNetwork, type Counterpart } from "@/lib/web/person-network";
import { plural } from "@/lib/web/labels";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0])
    .slice(0, 2)
    .join("")
    .toUpperCase();
}

/** Who this actor meets most: a small picture (decorative) beside the same facts as a list of links. */
export function PersonNetwork({ name, counterparts }: { name: string; counterparts: Counterpart[] }) {
  const { size, center, nodes } = layoutPersonNetwork(counterparts, { size: 300 });
  return (
    <div className="grid gap-4">
      <svg aria-hidden="true" viewBox={`0 0 ${size} ${size}`} className="mx-auto w-full max-w-[280px]">
        {nodes.map((node) => (
          <line key={`edge-${node.slug}`} x1={center} y1={center} x2={node.x} y2={node.y} stroke="#a8a29e" strokeWidth={node.strokeWidth} strokeLinecap="round" />
        ))}
        <circle cx={center} cy={center} r={30} fill="#1c1917" />
        <text x={center} y={center + 5} textAnchor="middle" fontSize={15} fontWeight={600} fill="#fafaf9">
          {initials(name)}
        </text>
        {nodes.map((node) => (
          <g key={node.slug}>
            <circle cx={node.x} cy={node.y} r={20} fill="#ffffff" stroke="#0369a1" strokeWidth={2} />
            <text x={node.x} y={node.y + 4} textAnchor="middle" fontSize={12} fontWeight={600} fill="#0c4a6e">
              {initials(node.name)}
            </text>
            <text x={node.x} y={node.y + (node.y < center ? -26 : 36)} textAnchor="middle" fontSize={11} fill="#44403c">
              {node.name.length > 18 ? `${node.name.slice(0, 17)}…` : node.name}
            </text>
          </g>
        ))}
      </svg>
      <ol className="space-y-1.5">
        {nodes.map((node) => (
          <li key={node.slug} className="flex items-baseline justify-between gap-3 border-b border-stone-200 pb-1.5">
            <Link href={`/people/${node.slug}`} className="font-medium text-stone-950 underline decoration-stone-300 hover:decoration-stone-700">
              {node.name}
            </Link>
            <span className="text-sm tabular-nums text-stone-600">{plural(node.meetings, "meeting")}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
