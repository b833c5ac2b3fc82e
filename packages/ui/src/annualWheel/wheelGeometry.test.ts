import { implementationPlan2017 } from "@milepael/core/fixtures";
import { dayNumber } from "@milepael/core/lite";
import { describe, expect, it } from "vitest";
import { layoutTimeline } from "../plan/layout";
import {
  mostCommonStartYear,
  wheelCenter,
  wheelMondays,
  wheelMonths,
  wheelPoint,
  wheelSector,
  wheelYear,
  wheelYearLabel,
} from "./wheelGeometry";
import { largestGap, textFitsArc, wheelTextPath } from "./wheelLabels";
import { arcSpans, minArcDegrees, wheelArcs, wheelBand, wheelLanes } from "./wheelRings";

describe("annual wheel geometry", () => {
  it("puts 0° at 12 o'clock and turns clockwise", () => {
    expect(wheelPoint(0, 100)).toEqual([wheelCenter, wheelCenter - 100]);
    expect(wheelPoint(90, 100)).toEqual([wheelCenter + 100, wheelCenter]);
    expect(wheelPoint(180, 100)).toEqual([wheelCenter, wheelCenter + 100]);
  });

  it("draws sectors over half the circle with the large arc", () => {
    expect(wheelSector(0, 90, 70, 250)).toBe(
      "M320 70 A250 250 0 0 1 570 320 L390 320 A70 70 0 0 0 320 250 Z",
    );
    expect(wheelSector(0, 200, 70, 250)).toContain("A250 250 0 1 1");
  });

  it("starts the year at the chosen month and gives each month its share of the circle", () => {
    const year = wheelYear(2017, 8);
    expect(year.angleOf(dayNumber(2017, 8, 1))).toBe(0);
    expect(year.angleOf(dayNumber(2018, 8, 1))).toBe(360);
    const months = wheelMonths(year, "da");
    expect(months.map((month) => month.name)).toEqual([
      "aug.",
      "sep.",
      "okt.",
      "nov.",
      "dec.",
      "jan.",
      "feb.",
      "mar.",
      "apr.",
      "maj",
      "jun.",
      "jul.",
    ]);
    expect(months[0]?.start).toBe(0);
    expect(months.at(-1)?.end).toBe(360);
    for (const [index, month] of months.entries()) expect(months[index + 1]?.start ?? 360).toBe(month.end);
  });

  it("ticks every Monday of the year with its ISO week", () => {
    const mondays = wheelMondays(wheelYear(2017, 1));
    expect(mondays).toHaveLength(52);
    expect(mondays[0]?.week).toBe(1);
    expect(mondays[0]?.angle).toBeCloseTo((1 / 365) * 360);
    expect(wheelMondays(wheelYear(2020, 1)).at(-1)?.week).toBe(53);
  });

  it("keeps arcs in one ring apart, clips them to the year and keeps single days visible", () => {
    const layout = layoutTimeline(implementationPlan2017, {
      laneBy: "theme",
      locale: "da",
      noLane: "Øvrige",
    });
    const year = wheelYear(2017, 1);
    const { arcs, rings } = wheelArcs(layout, year);
    expect(arcs.length).toBeGreaterThan(0);
    expect(arcs.map((arc) => arc.start)).toEqual([...arcs.map((arc) => arc.start)].sort((a, b) => a - b));
    for (const arc of arcs) {
      expect(arc.start).toBeGreaterThanOrEqual(0);
      expect(arc.end).toBeLessThanOrEqual(360 + minArcDegrees);
      expect(arc.end - arc.start).toBeGreaterThanOrEqual(minArcDegrees);
      for (const other of arcs) {
        if (other === arc || other.item.lane !== arc.item.lane || other.row !== arc.row) continue;
        expect(other.start >= arc.end || other.end <= arc.start).toBe(true);
      }
      for (const span of arcSpans(arc.item, year))
        expect(span.end - span.start).toBeGreaterThanOrEqual(minArcDegrees);
    }
    expect(new Set(rings.map((ring) => `${ring.lane}:${ring.row}`)).size).toBe(rings.length);
    expect(wheelArcs(layout, wheelYear(2030, 1)).arcs).toEqual([]);
    expect(mostCommonStartYear(layout.items)).toBe(2017);
  });

  it('writes a wheel from August as "2017/18" and a January wheel as "2017"', () => {
    expect(wheelYearLabel(2017, 8)).toBe("2017/18");
    expect(wheelYearLabel(1999, 9)).toBe("1999/00");
    expect(wheelYearLabel(2017, 1)).toBe("2017");
  });

  it("draws lanes in detail while the rings fit, and the most crowded lanes as one band ring each", () => {
    const rings = [
      ...Array.from({ length: 30 }, (_, row) => ({ lane: "Drift", row })),
      { lane: "Ledelse", row: 0 },
      { lane: "Ledelse", row: 1 },
      { lane: "Status", row: 0 },
    ];
    const lanes = wheelLanes(rings, 20);
    expect(lanes.map(({ key, mode, firstRing, rings: count }) => [key, mode, firstRing, count])).toEqual([
      ["Drift", "band", 0, 1],
      ["Ledelse", "detail", 1, 2],
      ["Status", "detail", 3, 1],
    ]);
    expect(wheelLanes(rings, 40).every((lane) => lane.mode === "detail")).toBe(true);
  });

  it("counts a band's activities per month they touch", () => {
    const layout = layoutTimeline(implementationPlan2017, { laneBy: "none", locale: "da", noLane: "" });
    const year = wheelYear(2017, 1);
    const { arcs } = wheelArcs(layout, year);
    const band = wheelBand(arcs, "", wheelMonths(year, "da"));
    // May: the seminar-heavy month of the plan; June–September counts the long summer activity.
    expect(band.find((cell) => cell.month === 4)?.count).toBeGreaterThan(3);
    expect(band.every((cell) => cell.count > 0)).toBe(true);
    expect(band.reduce((sum, cell) => sum + cell.count, 0)).toBeGreaterThanOrEqual(arcs.length);
  });

  it("finds the widest free stretch of a ring, also across 12 o'clock", () => {
    expect(largestGap([])).toEqual({ start: 0, end: 360 });
    expect(
      largestGap([
        { start: 10, end: 50 },
        { start: 300, end: 320 },
      ]),
    ).toEqual({ start: 50, end: 300 });
    expect(
      largestGap([
        { start: 100, end: 200 },
        { start: 210, end: 250 },
      ]),
    ).toEqual({ start: 250, end: 460 });
  });

  it("fits text on an arc only when the ring and the arc have room for it, upright at the bottom", () => {
    expect(textFitsArc("Kick-off", 0, 40, 200, 230)).toBe(true);
    expect(textFitsArc("Kick-off", 0, 5, 200, 230)).toBe(false);
    expect(textFitsArc("Kick-off", 0, 40, 200, 208)).toBe(false);
    expect(wheelTextPath(0, 90, 100)).toBe("M320 220 A100 100 0 0 1 420 320");
    // Across 6 o'clock the path runs counter-clockwise, from its end to its start.
    expect(wheelTextPath(150, 210, 100)).toMatch(/^M270 406\.6 A100 100 0 0 0 370 406\.6$/);
  });
});
