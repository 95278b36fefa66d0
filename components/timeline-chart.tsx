import type { ChartMode } from "@/lib/web/timeline-filters";
import { formatDate } from "@/lib/web/dates";
import { chooseLanes, layoutTimelineChart, type ChartDot, type ChartEntry } from "@/lib/web/timeline-chart";
import { plural } from "@/lib/web/labels";
import { KIND_LEGEND, KindIcon, KindSymbol } from "./kind-symbol";

export type ChartPoint = { type: "meeting" | "statement"; kind: string; date: string; slugs: string[] | null; names: string[] | null };

const KIND_ORDER = ["meeting", "call", "planned", "canceled", "statement"];
const WIDTH = 1040;

function entryLabel(point: ChartPoint): string {
  const names = point.names ?? [];
  const day = formatDate(new Date(`${point.date}T00:00:00Z`), "day");
  if (point.type === "statement") return `${day}: statement by ${names[0] ?? "an unnamed speaker"}`;
  return `${day}: ${KIND_LEGEND[point.kind] ?? point.kind}, ${names.join(", ")}`;
}

function dotTitle(dot: ChartDot): string {
  const more = dot.count - dot.labels.length;
  return more > 0 ? `${dot.labels.join("\n")}\n…and ${more} more` : dot.labels.join("\n");
}

/** The visual timeline: dots over time, one lane per participant (the busiest twelve) or per kind. */
export function TimelineChart({ points, mode, undated, capped }: { points: ChartPoint[]; mode: ChartMode; undated: number; capped: boolean }) {
  const entries: ChartEntry[] = points.map((point) => ({
    date: point.date,
    kind: point.kind,
    label: entryLabel(point),
    lanes: mode === "kind" ? [point.kind] : (point.slugs ?? []),
  }));
  const labels = new Map<string, string>();
  for (const point of points) (point.slugs ?? []).forEach((slug, index) => labels.set(slug, point.names?.[index] ?? slug));
  for (const kind of KIND_ORDER) labels.set(kind, KIND_LEGEND[kind] ?? kind);
  const lanes =
    mode === "kind"
      ? KIND_ORDER.filter((kind) => points.some((point) => point.kind === kind)).map((kind) => ({ key: kind, label: KIND_LEGEND[kind] ?? kind }))
      : chooseLanes(entries, labels, 12);
  const layout = layoutTimelineChart(entries, lanes, { width: WIDTH, labelWidth: 170 });
  const first = points[0]?.date;
  const last = points[points.length - 1]?.date;
  const summary =
    first && last
      ? `${plural(points.length, "dated entry", "dated entries")} from ${formatDate(new Date(`${first}T00:00:00Z`), "day")} to ${formatDate(new Date(`${last}T00:00:00Z`), "day")}, by ${mode}`
      : "No dated entries";
  const kindsShown = KIND_ORDER.filter((kind) => points.some((point) => point.kind === kind));

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
        {capped ? <span className="text-stone-600">Chart shows the first {points.length.toLocaleString("en-US")} entries</span> : null}
      </figcaption>
    </figure>
  );
}
