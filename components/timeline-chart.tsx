import { KIND_LEGEND, plural } from "@/lib/web/labels";
import type { ChartDot, TimelineChartModel } from "@/lib/web/timeline-chart";
import { KindIcon, KindSymbol } from "./kind-symbol";

function dotTitle(dot: ChartDot): string {
  const more = dot.count - dot.labels.length;
  return more > 0 ? `${dot.labels.join("\n")}\n…and ${more} more` : dot.labels.join("\n");
}

/**
 * The visual timeline: dots over time, one lane per participant (the busiest twelve) or per kind. The names stay at
 * the left while the dates scroll sideways on a small screen; a dot opens its entry (several entries: that day's
 * timeline). The list below the chart holds the same entries for keyboards and screen readers.
 */
export function TimelineChart({ chart, dayHref }: { chart: TimelineChartModel; dayHref: (day: string) => string }) {
  const { layout, summary, kinds: kindsShown, undated, capped } = chart;
  const plotLeft = layout.plotLeft - 12;
  const lanes = layout.lanes;
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex">
        {/* pt-7 and h-7 are the layout's 28 px axis and lanes (lib/web/timeline-chart.ts); classes, as the CSP allows no inline style. */}
        <div aria-hidden="true" className="w-24 shrink-0 border-r border-stone-200 pt-7 pr-2 text-right text-[13px] text-stone-800 sm:w-40">
          {lanes.map((lane) => (
            <div key={lane.key} className="h-7 truncate leading-7" title={lane.label}>
              {lane.label}
            </div>
          ))}
        </div>
        <div tabIndex={0} role="region" aria-label="Timeline chart (scrolls sideways on small screens)" className="min-w-0 flex-1 overflow-x-auto">
          <svg width={layout.width - plotLeft} height={layout.height} viewBox={`${plotLeft} 0 ${layout.width - plotLeft} ${layout.height}`} className="block max-w-none font-sans [&_a]:cursor-pointer [&_a:hover]:opacity-70" role="group" aria-label={summary}>
            {layout.ticks.map((tick) => (
              <g key={tick.label}>
                <line x1={tick.x} x2={tick.x} y1={18} y2={layout.height - 4} stroke="#e7e5e4" />
                <text x={tick.x} y={13} textAnchor="middle" fontSize={12} fill="#57534e">
                  {tick.label}
                </text>
              </g>
            ))}
            {lanes.map((lane) => (
              <line key={lane.key} x1={layout.plotLeft} x2={layout.plotRight} y1={lane.y} y2={lane.y} stroke="#d6d3d1" strokeDasharray="2 3" />
            ))}
            {layout.dots.map((dot) => (
              <a key={`${dot.lane}|${dot.x}|${dot.kind}`} href={dot.href ?? dayHref(dot.date)} tabIndex={-1}>
                <title>{dotTitle(dot)}</title>
                {/* A larger invisible target, so a dot is easy to tap. */}
                <circle cx={dot.x} cy={dot.y} r={Math.max(dot.r, 11)} fill="transparent" />
                <KindSymbol kind={dot.kind} x={dot.x} y={dot.y} r={dot.r} />
                {dot.count > 1 ? (
                  <text x={dot.x} y={dot.y - dot.r - 2} textAnchor="middle" fontSize={10} fill="#44403c">
                    ×{dot.count}
                  </text>
                ) : null}
              </a>
            ))}
          </svg>
        </div>
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
