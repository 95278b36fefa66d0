// Lays out the visual timeline: one lane per participant (or kind), one dot per kind where entries fall within a few
// pixels of each other (a day, or weeks on a chart of years), so the chart's size depends on its width, not the corpus.
import { formatDate } from "./dates";
import { KIND_LEGEND, plural } from "./labels";
import type { ChartMode } from "./timeline-filters";

/** `href` is the entry's own page (a meeting's, a quote's). */
export type ChartEntry = { date: string; lanes: string[]; kind: string; label: string; href?: string };
export type ChartLane = { key: string; label: string };
/** `labels` holds the first few entries' labels (at most MAX_DOT_LABELS); `count` is how many the dot stands for; `href` is its entry's page when it stands for one. */
export type ChartDot = { lane: string; x: number; y: number; r: number; count: number; kind: string; labels: string[]; date: string; href: string | null };
export type ChartTick = { x: number; label: string };
export type ChartLayout = { width: number; height: number; plotLeft: number; plotRight: number; lanes: (ChartLane & { y: number })[]; dots: ChartDot[]; ticks: ChartTick[] };
export type ChartPoint = { type: "meeting" | "statement"; kind: string; date: string; slugs: string[] | null; names: string[] | null; href?: string | null };
/** Everything the chart draws, computed once per filter and record version (it is cached, small, by its reader). */
export type TimelineChartModel = { layout: ChartLayout; summary: string; kinds: string[]; shown: number; undated: number; capped: boolean };

export const OTHER_LANE: ChartLane = { key: "__other", label: "Others" };
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY = 86_400_000;
// Entries closer than this on a lane share one dot.
const CLUSTER_PX = 6;
// A dot's tooltip names this many of its entries and counts the rest (its link opens them all): the labels are most
// of a large chart's bytes.
export const MAX_DOT_LABELS = 4;
const tenth = (value: number) => Math.round(value * 10) / 10;

/** The `max` lanes with the most entries (ties by label), then an "Others" lane if any entry is left without one. */
export function chooseLanes(entries: ChartEntry[], labels: Map<string, string>, max: number): ChartLane[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const lane of new Set(entry.lanes)) counts.set(lane, (counts.get(lane) ?? 0) + 1);
  const ranked = [...counts.entries()]
    .map(([key, count]) => ({ key, count, label: labels.get(key) ?? key }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, max)
    .map(({ key, label }) => ({ key, label }));
  const kept = new Set(ranked.map((lane) => lane.key));
  const orphan = entries.some((entry) => !entry.lanes.some((lane) => kept.has(lane)));
  return orphan ? [...ranked, OTHER_LANE] : ranked;
}

function ticksFor(min: number, max: number, scale: (t: number) => number): ChartTick[] {
  const first = new Date(min);
  const last = new Date(max);
  const years: ChartTick[] = [];
  for (let year = first.getUTCFullYear() + (first.getUTCMonth() === 0 && first.getUTCDate() === 1 ? 0 : 1); year <= last.getUTCFullYear(); year++) {
    years.push({ x: scale(Date.UTC(year, 0, 1)), label: String(year) });
  }
  if (years.length >= 2) return years;
  // Under two year marks in view: label months, every third when there are many.
  const months: ChartTick[] = [];
  const span = (max - min) / (30 * DAY);
  const step = span > 8 ? 3 : 1;
  for (let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1); t <= max; ) {
    const date = new Date(t);
    if (date.getUTCMonth() % step === 0) months.push({ x: scale(t), label: `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` });
    t = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  }
  return months;
}

export function layoutTimelineChart(
  entries: ChartEntry[],
  lanes: ChartLane[],
  options: { width?: number; laneHeight?: number; labelWidth?: number; axisHeight?: number } = {},
): ChartLayout {
  const { width = 800, laneHeight = 28, labelWidth = 150, axisHeight = 28 } = options;
  const plotLeft = labelWidth + 12;
  const plotRight = width - 16;
  const placed = lanes.map((lane, index) => ({ ...lane, y: axisHeight + laneHeight * index + laneHeight / 2 }));
  const height = axisHeight + laneHeight * Math.max(lanes.length, 1) + 8;
  const times = entries.map((entry) => Date.parse(`${entry.date}T00:00:00Z`)).filter((t) => !Number.isNaN(t));
  if (times.length === 0 || lanes.length === 0) return { width, height, plotLeft, plotRight, lanes: placed, dots: [], ticks: [] };
  // A loop, not Math.min(...times): spreading an unbounded list into arguments overflows the stack.
  let min = Infinity;
  let max = -Infinity;
  for (const t of times) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  // Pad a short span so a lone day sits in the middle rather than on the edge.
  const pad = Math.max((max - min) * 0.03, 15 * DAY);
  min -= pad;
  max += pad;
  const scale = (t: number) => plotLeft + ((t - min) / (max - min)) * (plotRight - plotLeft);
  const laneY = new Map(placed.map((lane) => [lane.key, lane.y]));
  const laneKeys = new Set(lanes.map((lane) => lane.key));
  const clusters = new Map<string, ChartDot>();
  for (const entry of entries) {
    const t = Date.parse(`${entry.date}T00:00:00Z`);
    if (Number.isNaN(t)) continue;
    const targets = [...new Set(entry.lanes.filter((lane) => laneKeys.has(lane)))];
    if (targets.length === 0 && laneKeys.has(OTHER_LANE.key)) targets.push(OTHER_LANE.key);
    const bucket = Math.round(scale(t) / CLUSTER_PX);
    for (const lane of targets) {
      const id = `${lane}|${bucket}|${entry.kind}`;
      const dot = clusters.get(id) ?? { lane, x: scale(t), y: laneY.get(lane) ?? 0, r: 0, count: 0, kind: entry.kind, labels: [], date: entry.date, href: entry.href ?? null };
      dot.count += 1;
      if (dot.count > 1) dot.href = null;
      if (dot.labels.length < MAX_DOT_LABELS) dot.labels.push(entry.label);
      clusters.set(id, dot);
    }
  }
  const sized = [...clusters.values()].map((dot) => ({ ...dot, r: Math.min(4 + 3 * Math.sqrt(dot.count - 1), laneHeight / 2 - 2) }));
  // Different kinds on the same lane and spot sit side by side instead of on top of each other.
  const sameSpot = new Map<string, ChartDot[]>();
  for (const dot of sized) {
    const spot = `${dot.lane}|${Math.round(dot.x / CLUSTER_PX)}`;
    const group = sameSpot.get(spot);
    if (group) group.push(dot);
    else sameSpot.set(spot, [dot]);
  }
  const dots = [...sameSpot.values()].flatMap((group) => {
    const width = group.reduce((sum, dot) => sum + 2 * dot.r + 2, -2);
    let x = (group[0]?.x ?? 0) - width / 2;
    return group.map((dot) => {
      // Tenths of a pixel: the coordinates are written into the page twice (HTML and React's payload).
      const placed = { ...dot, x: tenth(x + dot.r), r: tenth(dot.r) };
      x += 2 * dot.r + 2;
      return placed;
    });
  });
  const ticks = ticksFor(min, max, scale).map((tick) => ({ ...tick, x: tenth(tick.x) }));
  return { width, height, plotLeft, plotRight, lanes: placed, dots, ticks };
}

const KIND_ORDER = ["meeting", "call", "planned", "canceled", "statement"];
const CHART_WIDTH = 1040;

function entryLabel(point: ChartPoint): string {
  const names = point.names ?? [];
  const day = formatDate(new Date(`${point.date}T00:00:00Z`), "day");
  if (point.type === "statement") return `${day}: statement by ${names[0] ?? "an unnamed speaker"}`;
  return `${day}: ${KIND_LEGEND[point.kind] ?? point.kind}, ${names.join(", ")}`;
}

/** The chart of `points` (in date order) with one lane per participant (the busiest twelve) or per kind. */
export function timelineChartModel(points: ChartPoint[], mode: ChartMode, counts: { undated: number; capped: boolean }): TimelineChartModel {
  const entries: ChartEntry[] = points.map((point) => ({
    date: point.date,
    kind: point.kind,
    label: entryLabel(point),
    href: point.href ?? undefined,
    lanes: mode === "kind" ? [point.kind] : (point.slugs ?? []),
  }));
  const labels = new Map<string, string>();
  for (const point of points) (point.slugs ?? []).forEach((slug, index) => labels.set(slug, point.names?.[index] ?? slug));
  for (const kind of KIND_ORDER) labels.set(kind, KIND_LEGEND[kind] ?? kind);
  const kinds = KIND_ORDER.filter((kind) => points.some((point) => point.kind === kind));
  const lanes = mode === "kind" ? kinds.map((kind) => ({ key: kind, label: KIND_LEGEND[kind] ?? kind })) : chooseLanes(entries, labels, 12);
  const layout = layoutTimelineChart(entries, lanes, { width: CHART_WIDTH, labelWidth: 170 });
  const first = points[0]?.date;
  const last = points[points.length - 1]?.date;
  const day = (date: string) => formatDate(new Date(`${date}T00:00:00Z`), "day");
  const summary = first && last ? `${plural(points.length, "dated entry", "dated entries")} from ${day(first)} to ${day(last)}, by ${mode}` : "No dated entries";
  return { layout, summary, kinds, shown: points.length, ...counts };
}
