import { implementationPlan2017 } from "@milepael/core/fixtures";
import { describe, expect, it } from "vitest";
import { type LaneField, layoutTimeline } from "../plan/layout";
import { mostCommonStartYear, wheelMonths, wheelYear } from "./wheelGeometry";
import { arcSpans, minArcDegrees, wheelArcs, wheelBand, wheelLanes } from "./wheelRings";

/** The 2017 implementation plan laid out as the Danish wheel gets it. */
const planLayout = (laneBy: LaneField, noLane: string) =>
  layoutTimeline(implementationPlan2017, { laneBy, locale: "da", noLane });

describe("annual wheel rings", () => {
  it("keeps arcs in one ring apart, clips them to the year and keeps single days visible", () => {
    const layout = planLayout("theme", "Øvrige");
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
    const layout = planLayout("none", "");
    const year = wheelYear(2017, 1);
    const { arcs } = wheelArcs(layout, year);
    const band = wheelBand(arcs, "", wheelMonths(year, "da"));
    // May: the seminar-heavy month of the plan; June–September counts the long summer activity.
    expect(band.find((cell) => cell.month === 4)?.count).toBeGreaterThan(3);
    expect(band.every((cell) => cell.count > 0)).toBe(true);
    expect(band.reduce((sum, cell) => sum + cell.count, 0)).toBeGreaterThanOrEqual(arcs.length);
  });
});
