import { describe, expect, it } from "vitest";
import { chooseLanes, layoutTimelineChart, MAX_DOT_LABELS, OTHER_LANE, timelineChartModel, type ChartEntry } from "./timeline-chart";

const entries: ChartEntry[] = [
  { date: "2021-06-03", lanes: ["gantz", "sullivan"], kind: "meeting", label: "Gantz–Sullivan" },
  { date: "2021-06-03", lanes: ["gantz", "blinken"], kind: "meeting", label: "Gantz–Blinken" },
  { date: "2024-06-20", lanes: ["dermer", "sullivan"], kind: "meeting", label: "Dermer–Sullivan" },
  { date: "2025-02-04", lanes: ["netanyahu"], kind: "planned", label: "Netanyahu–Trump" },
];
const labels = new Map([["gantz", "Benny Gantz"], ["sullivan", "Jake Sullivan"], ["blinken", "Antony Blinken"], ["dermer", "Ron Dermer"], ["netanyahu", "Benjamin Netanyahu"]]);

describe("chooseLanes", () => {
  it("keeps the busiest lanes and gathers the rest under Others", () => {
    expect(chooseLanes(entries, labels, 2)).toEqual([{ key: "gantz", label: "Benny Gantz" }, { key: "sullivan", label: "Jake Sullivan" }, OTHER_LANE]);
  });
  it("needs no Others lane when every entry has a lane", () => {
    expect(chooseLanes(entries, labels, 10).map((lane) => lane.key)).not.toContain(OTHER_LANE.key);
  });
});

describe("layoutTimelineChart", () => {
  const lanes = chooseLanes(entries, labels, 10);
  const layout = layoutTimelineChart(entries, lanes, { width: 800 });

  it("lays out more entries than a call can take as arguments (no spread of the whole list)", () => {
    const many: ChartEntry[] = Array.from({ length: 300_000 }, (_, index) => ({ date: index % 2 ? "2020-01-01" : "2024-12-31", lanes: ["gantz"], kind: "meeting", label: "x" }));
    const big = layoutTimelineChart(many, [{ key: "gantz", label: "Benny Gantz" }], { width: 800 });
    expect(big.dots.map((dot) => dot.date).sort()).toEqual(["2020-01-01", "2024-12-31"]);
  });

  it("places dots in date order from left to right, inside the plot", () => {
    const sullivan = layout.dots.filter((dot) => dot.lane === "sullivan").sort((a, b) => a.x - b.x);
    expect(sullivan.map((dot) => dot.date)).toEqual(["2021-06-03", "2024-06-20"]);
    for (const dot of layout.dots) {
      expect(dot.x).toBeGreaterThanOrEqual(layout.plotLeft);
      expect(dot.x).toBeLessThanOrEqual(layout.plotRight);
    }
  });
  it("puts an entry on every lane it belongs to, and each lane at its own height", () => {
    expect(layout.dots.filter((dot) => dot.date === "2021-06-03").map((dot) => dot.lane).sort()).toEqual(["blinken", "gantz", "sullivan"]);
    expect(new Set(layout.lanes.map((lane) => lane.y)).size).toBe(lanes.length);
  });
  it("merges entries on the same lane and day into one larger dot", () => {
    const gantz = layout.dots.filter((dot) => dot.lane === "gantz");
    expect(gantz).toHaveLength(1);
    expect(gantz[0]?.count).toBe(2);
    const single = layout.dots.find((dot) => dot.lane === "dermer");
    expect(gantz[0]?.r).toBeGreaterThan(single?.r ?? Infinity);
  });
  it("sets different kinds on the same lane and day side by side", () => {
    const mixed = layoutTimelineChart(
      [
        { date: "2021-06-03", lanes: ["a"], kind: "meeting", label: "m" },
        { date: "2021-06-03", lanes: ["a"], kind: "statement", label: "s" },
      ],
      [{ key: "a", label: "A" }],
    );
    expect(mixed.dots.map((dot) => dot.kind)).toEqual(["meeting", "statement"]);
    const [left, right] = mixed.dots;
    expect((right?.x ?? 0) - (left?.x ?? 0)).toBeGreaterThanOrEqual((left?.r ?? 0) + (right?.r ?? 0));
  });
  it("marks years when the span covers several", () => {
    expect(layout.ticks.map((tick) => tick.label)).toEqual(["2022", "2023", "2024", "2025"]);
  });
  it("marks months for a short span and survives a single day", () => {
    const one = layoutTimelineChart([{ date: "2024-06-20", lanes: ["a"], kind: "call", label: "x" }], [{ key: "a", label: "A" }]);
    expect(one.dots).toHaveLength(1);
    expect(one.ticks.every((tick) => / 2024$/.test(tick.label))).toBe(true);
  });
  it("draws nothing without dated entries", () => {
    expect(layoutTimelineChart([], []).dots).toEqual([]);
  });
  it("keeps the chart's size bounded by its width: years of daily entries share dots, each with a few labels", () => {
    const days: ChartEntry[] = Array.from({ length: 3000 }, (_, day) => ({ date: new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10), lanes: ["a"], kind: "meeting", label: `entry ${day}` }));
    const chart = layoutTimelineChart(days, [{ key: "a", label: "A" }], { width: 800 });
    expect(chart.dots.length).toBeLessThanOrEqual(800 / 6 + 2);
    expect(chart.dots.reduce((sum, dot) => sum + dot.count, 0)).toBe(3000);
    expect(Math.max(...chart.dots.map((dot) => dot.labels.length))).toBe(MAX_DOT_LABELS);
    const xs = chart.dots.map((dot) => dot.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});

describe("timelineChartModel", () => {
  const points = [
    { type: "meeting" as const, kind: "meeting", date: "2021-06-03", slugs: ["benny-gantz", "jake-sullivan"], names: ["Benny Gantz", "Jake Sullivan"] },
    { type: "statement" as const, kind: "statement", date: "2024-06-20", slugs: ["ron-dermer"], names: ["Ron Dermer"] },
  ];
  it("labels each dot with its day, kind and people, and summarizes the span", () => {
    const chart = timelineChartModel(points, "participant", { undated: 2, capped: false });
    expect(chart.summary).toBe("2 dated entries from 3 Jun 2021 to 20 Jun 2024, by participant");
    expect(chart.layout.lanes.map((lane) => lane.label)).toEqual(["Benny Gantz", "Jake Sullivan", "Ron Dermer"]);
    expect(chart.layout.dots.find((dot) => dot.lane === "ron-dermer")?.labels).toEqual(["20 Jun 2024: statement by Ron Dermer"]);
    expect(chart.layout.dots.find((dot) => dot.lane === "benny-gantz")?.labels).toEqual(["3 Jun 2021: Meeting, Benny Gantz, Jake Sullivan"]);
    expect(chart).toMatchObject({ kinds: ["meeting", "statement"], shown: 2, undated: 2, capped: false });
  });
  it("has one lane per kind when charted by kind", () => {
    expect(timelineChartModel(points, "kind", { undated: 0, capped: true }).layout.lanes.map((lane) => lane.key)).toEqual(["meeting", "statement"]);
  });
});
