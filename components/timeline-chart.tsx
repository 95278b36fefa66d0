import { KIND_LEGEND, plural } from "@/lib/web/labels";
import type { ChartDot, TimelineChartModel } from "@/lib/web/timeline-chart";
import { KindIcon, KindSymbol } from "./kind-symbol";

function dotTitle(dot: ChartDot): string {
  const more = dot.count - dot.labels.length;
  return more > 0 ? `${dot.labels.join("\n")}\n…and ${more} more` : dot.labels.join("\n");
}

/** The visual timeline: dots over time, one lane per participant (the busiest twelve) or per kind. */
export function TimelineChart({ chart }: { chart: TimelineChartModel }) {
  const { layout, summary, kinds: kindsShown, undated, capped } = chart;
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4">
      <div tabIndex={0} role="region" aria-label="Timeline chart (scrolls sideways on small screens)" className="overflow-x-auto">
        <svg role="img" aria-label={summary} width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} className="block max-w-none font-sans">
          {layout.ticks.map((tick) => (
            <g key={tick.label}>
              <line x1={tick.x} x2={tick.x} y1={18} y2={layout.height - 4} stroke="#e7e5e4" />
              <text x={tick.x} y={13} textAnchor="middle" fontSize={12} fill="#57534e">
                {tick.label}
              </text>
            </g>
          ))}
          {layout.lanes.map((lane) => (
            <g key={lane.key}>
              <line x1={layout.plotLeft} x2={layout.plotRight} y1={lane.y} y2={lane.y} stroke="#d6d3d1" strokeDasharray="2 3" />
              <text x={layout.plotLeft - 10} y={lane.y + 4} textAnchor="end" fontSize={13} fill="#292524">
                {lane.label.length > 24 ? `${lane.label.slice(0, 23)}…` : lane.label}
              </text>
            </g>
          ))}
          {layout.dots.map((dot) => (
            <g key={`${dot.lane}|${dot.x}|${dot.kind}`}>
              <title>{dotTitle(dot)}</title>
              <KindSymbol kind={dot.kind} x={dot.x} y={dot.y} r={dot.r} />
              {dot.count > 1 ? (
                <text x={dot.x} y={dot.y - dot.r - 2} textAnchor="middle" fontSize={10} fill="#44403c">
                  ×{dot.count}
                </text>
              ) : null}
            </g>
          ))}
        </svg>
      </div>
      <figcaption className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-700">
        {kindsShown.map((kind) => (
          <span key={kind} className="inline-flex items-center gap-1.5">
            <KindIcon kind={kind} />
            {KIND_LEGEND[kind]}
          </span>
        ))}
        {undated > 0 ? <span className="text-stone-600">{plural(undated, "undated entry", "undated entries")} listed below, not charted</span> : null}
        {capped ? <span className="text-stone-600">Chart shows the first {chart.shown.toLocaleString("en-US")} entries</span> : null}
      </figcaption>
    </figure>
  );
}
