// The chart's geometry, with values worked out by hand from the rules in timeline-chart.ts: lanes a fixed height
// apart, dates scaled linearly between padded ends, dot radii by count, side-by-side kinds, and the axis marks.
import { describe, expect, it } from "vitest";
import { chooseLanes, layoutTimelineChart, OTHER_LANE, timelineChartModel, type ChartEntry, type ChartPoint } from "./timeline-chart";

const DAY = 86_400_000;
const lane = (key: string) => ({ key, label: key.toUpperCase() });
const entry = (date: string, lanes: string[], kind = "meeting", label = date): ChartEntry => ({ date, lanes, kind, label });
// Default options: width 800, label column 150, so the plot runs from 162 to 784 (622 px).
const PLOT_LEFT = 162;
const PLOT_WIDTH = 622;
/** Where a day falls between padded ends `min` and `max` (all ISO days). */
const xOf = (day: string, min: number, max: number) => Math.round((PLOT_LEFT + ((Date.parse(`${day}T00:00:00Z`) - min) / (max - min)) * PLOT_WIDTH) * 10) / 10;

describe("layoutTimelineChart geometry", () => {
  it("stacks lanes a lane height apart under the axis, and sizes the chart to them", () => {
    const layout = layoutTimelineChart([], [lane("a"), lane("b"), lane("c")], { width: 500, laneHeight: 20, labelWidth: 100, axisHeight: 30 });
    expect(layout).toEqual({
      width: 500,
      height: 30 + 3 * 20 + 8,
      plotLeft: 112,
      plotRight: 484,
      lanes: [{ ...lane("a"), y: 40 }, { ...lane("b"), y: 60 }, { ...lane("c"), y: 80 }],
      dots: [],
      ticks: [],
    });
    // With no lane, the chart keeps the height of one.
    expect(layoutTimelineChart([entry("2024-01-01", ["a"])], [], { laneHeight: 20, axisHeight: 30 }).height).toBe(58);
  });

  it("scales dates linearly between ends padded by 15 days (or 3% of a long span)", () => {
    // 366 days: 3% is under 15 days, so each end is padded by 15 days.
    const short = layoutTimelineChart([entry("2020-01-01", ["a"]), entry("2021-01-01", ["a"])], [lane("a")]);
    const [min, max] = [Date.UTC(2020, 0, 1) - 15 * DAY, Date.UTC(2021, 0, 1) + 15 * DAY];
    expect(short.dots.map((dot) => dot.x)).toEqual([xOf("2020-01-01", min, max), xOf("2021-01-01", min, max)]);
    expect(short.dots.map((dot) => dot.y)).toEqual([42, 42]);
    // 2,000 days: padded by 3% of the span, 60 days.
    const long = layoutTimelineChart([entry("2015-01-01", ["a"]), entry("2020-06-23", ["a"])], [lane("a")]);
    const span = Date.UTC(2020, 5, 23) - Date.UTC(2015, 0, 1);
    expect(long.dots.map((dot) => dot.x)).toEqual([xOf("2015-01-01", Date.UTC(2015, 0, 1) - 0.03 * span, Date.UTC(2020, 5, 23) + 0.03 * span), xOf("2020-06-23", Date.UTC(2015, 0, 1) - 0.03 * span, Date.UTC(2020, 5, 23) + 0.03 * span)]);
    // A lone day sits in the middle of the plot.
    expect(layoutTimelineChart([entry("2024-06-20", ["a"])], [lane("a")]).dots.map((dot) => dot.x)).toEqual([PLOT_LEFT + PLOT_WIDTH / 2]);
  });

  it("grows a dot with the square root of its count, up to the lane's height", () => {
    const counts = [1, 2, 5, 10];
    const entries = counts.flatMap((count, index) => Array.from({ length: count }, () => entry(`202${index}-06-01`, ["a"])));
    const layout = layoutTimelineChart(entries, [lane("a")]);
    expect(layout.dots.map((dot) => [dot.count, dot.r])).toEqual([[1, 4], [2, 7], [5, 10], [10, 12]]);
    expect(layoutTimelineChart(entries, [lane("a")], { laneHeight: 40 }).dots.map((dot) => dot.r)).toEqual([4, 7, 10, 13]);
  });

  it("sets different kinds of the same spot side by side, 2 px apart, centred on the spot", () => {
    const layout = layoutTimelineChart([entry("2024-06-20", ["a"], "meeting"), entry("2024-06-20", ["a"], "call"), entry("2024-06-20", ["a"], "call")], [lane("a")]);
    const centre = PLOT_LEFT + PLOT_WIDTH / 2;
    // A meeting of radius 4 and a double call of radius 7: 8 + 2 + 14 = 24 px wide.
    expect(layout.dots.map((dot) => [dot.kind, dot.x, dot.r, dot.count])).toEqual([
      ["meeting", centre - 12 + 4, 4, 1],
      ["call", centre - 12 + 10 + 7, 7, 2],
    ]);
  });

  it("puts an entry without a kept lane on Others when there is one, and leaves it out otherwise", () => {
    const entries = [entry("2024-06-20", ["a"]), entry("2024-06-21", ["b", "b"])];
    expect(layoutTimelineChart(entries, [lane("a"), OTHER_LANE]).dots.map((dot) => [dot.lane, dot.y, dot.count])).toEqual([["a", 42], ["__other", 70]].map(([key, y]) => [key, y, 1]));
    expect(layoutTimelineChart(entries, [lane("a")]).dots.map((dot) => dot.lane)).toEqual(["a"]);
    // An entry on a lane twice is one dot.
    expect(layoutTimelineChart(entries, [lane("b")]).dots.map((dot) => dot.count)).toEqual([1]);
  });

  it("skips entries whose date cannot be read, and draws nothing when none can", () => {
    const layout = layoutTimelineChart([entry("undated", ["a"]), entry("2024-06-20", ["a"])], [lane("a")]);
    expect(layout.dots.map((dot) => [dot.date, dot.x])).toEqual([["2024-06-20", PLOT_LEFT + PLOT_WIDTH / 2]]);
    expect(layoutTimelineChart([entry("undated", ["a"])], [lane("a")])).toMatchObject({ dots: [], ticks: [] });
  });

  it("marks every 1 January in view, including the first day when the padded start is one", () => {
    // 2020-01-16 less 15 days is 1 January 2020 itself.
    const layout = layoutTimelineChart([entry("2020-01-16", ["a"]), entry("2021-05-20", ["a"])], [lane("a")]);
    const [min, max] = [Date.UTC(2020, 0, 1), Date.UTC(2021, 4, 20) + 15 * DAY];
    expect(layout.ticks).toEqual([
      { x: xOf("2020-01-01", min, max), label: "2020" },
      { x: xOf("2021-01-01", min, max), label: "2021" },
    ]);
    expect(layout.ticks[0]?.x).toBe(PLOT_LEFT);
  });

  it("marks months when fewer than two years are in view: each month up to eight, every third past that", () => {
    const labels = (first: string, last: string) => layoutTimelineChart([entry(first, ["a"]), entry(last, ["a"])], [lane("a")]).ticks.map((tick) => tick.label);
    // Padded, 26 January to 25 June: five months.
    expect(labels("2024-02-10", "2024-06-10")).toEqual(["Feb 2024", "Mar 2024", "Apr 2024", "May 2024", "Jun 2024"]);
    expect(labels("2024-02-10", "2024-12-10")).toEqual(["Apr 2024", "Jul 2024", "Oct 2024"]);
    // One new year in view is not enough for year marks.
    expect(labels("2023-11-10", "2024-02-10")).toEqual(["Nov 2023", "Dec 2023", "Jan 2024", "Feb 2024"]);
    // Padded, 1 June to 1 July: the mark on the padded end itself is kept.
    expect(labels("2024-06-16", "2024-06-16")).toEqual(["Jul 2024"]);
    const single = layoutTimelineChart([entry("2024-06-20", ["a"])], [lane("a")]);
    expect(single.ticks).toEqual([{ x: xOf("2024-07-01", Date.UTC(2024, 5, 5), Date.UTC(2024, 6, 5)), label: "Jul 2024" }]);
  });
});

describe("chooseLanes ranking", () => {
  it("ranks lanes by entries (one per entry however often named), then by label", () => {
    const entries = [entry("2024-01-01", ["b", "b"]), entry("2024-01-02", ["b"]), entry("2024-01-03", ["c"]), entry("2024-01-04", ["a"])];
    const names = new Map([["a", "Zed"], ["c", "Amy"]]);
    expect(chooseLanes(entries, names, 3)).toEqual([{ key: "b", label: "b" }, { key: "c", label: "Amy" }, { key: "a", label: "Zed" }]);
    expect(chooseLanes(entries, names, 1)).toEqual([{ key: "b", label: "b" }, OTHER_LANE]);
    // An entry with one of its lanes kept needs no Others.
    expect(chooseLanes([entry("2024-01-01", ["a", "b"]), entry("2024-01-02", ["a"])], new Map(), 1)).toEqual([{ key: "a", label: "a" }]);
  });
});

describe("timelineChartModel labels", () => {
  const point = (kind: string, date: string, slugs: string[] | null, names: string[] | null): ChartPoint => ({ type: kind === "statement" ? "statement" : "meeting", kind, date, slugs, names });

  it("charts by kind with the kinds' names as lanes, in a fixed order, on a 1040 px chart", () => {
    const chart = timelineChartModel([point("statement", "2024-06-20", ["a"], ["A"]), point("call", "2024-06-21", ["a", "b"], ["A", "B"])], "kind", { undated: 0, capped: false });
    expect(chart.layout.lanes.map((row) => [row.key, row.label])).toEqual([["call", "Call"], ["statement", "Statement"]]);
    expect(chart.layout).toMatchObject({ width: 1040, plotLeft: 182, plotRight: 1024 });
    expect(chart.layout.dots.map((dot) => [dot.lane, dot.labels])).toEqual([
      ["statement", ["20 Jun 2024: statement by A"]],
      ["call", ["21 Jun 2024: Call, A, B"]],
    ]);
    expect(chart.summary).toBe("2 dated entries from 20 Jun 2024 to 21 Jun 2024, by kind");
  });

  it("names unnamed speakers and lanes without names by their slug", () => {
    const chart = timelineChartModel([point("statement", "2024-06-20", ["x"], null)], "participant", { undated: 0, capped: false });
    expect(chart.layout.lanes).toEqual([{ key: "x", label: "x", y: 42 }]);
    expect(chart.layout.dots[0]?.labels).toEqual(["20 Jun 2024: statement by an unnamed speaker"]);
    expect(chart.summary).toBe("1 dated entry from 20 Jun 2024 to 20 Jun 2024, by participant");
    // A meeting with no known participant is drawn on Others.
    expect(timelineChartModel([point("meeting", "2024-06-20", null, null)], "participant", { undated: 0, capped: false }).layout.lanes).toEqual([{ ...OTHER_LANE, y: 42 }]);
  });

  it("says so when there is nothing dated", () => {
    expect(timelineChartModel([], "participant", { undated: 3, capped: false })).toMatchObject({ summary: "No dated entries", kinds: [], shown: 0, undated: 3 });
  });
});
