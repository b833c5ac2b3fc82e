import type { TimelineItem, TimelineLayout } from "../plan/layout";
import { packRows } from "../plan/packRows";
import { type WheelYear, wheelInner } from "./wheelGeometry";

// The wheel's rings: activities as arcs packed into rings, lanes in detail or as density bands,
// and each ring's radii. The calendar they are measured against is in `wheelGeometry`.

/** The smallest arc an activity gets, so that single days stay visible and clickable. */
export const minArcDegrees = 2.5;

/** An activity as an arc of the wheel, clipped to its year. */
export interface WheelArc {
  item: TimelineItem;
  /** Angles, degrees. */
  start: number;
  end: number;
  /** Row within its lane: lane and row together make the ring. */
  row: number;
}

/** A ring of the wheel: one row of a lane. */
export interface WheelRing {
  lane: string;
  row: number;
}

/**
 * The arcs of what falls in the wheel's year, in the year's order, and the rings they need:
 * rings are packed by angle, so that arcs in one ring never overlap.
 *
 * @example
 * const { arcs, rings } = wheelArcs(layout, wheelYear(2017, 1));
 */
export function wheelArcs(layout: TimelineLayout, year: WheelYear): { arcs: WheelArc[]; rings: WheelRing[] } {
  const arcs = layout.items
    .filter((item) => item.end > year.start && item.start < year.end)
    .map((item) => {
      const start = year.angleOf(Math.max(item.start, year.start));
      const end = Math.max(year.angleOf(Math.min(item.end, year.end)), start + minArcDegrees);
      return { item, start, end, row: 0 };
    });
  const rings: WheelRing[] = [];
  for (const lane of layout.lanes) {
    const members = arcs.filter((arc) => arc.item.lane === lane.key);
    if (members.length === 0) continue;
    const rows = packRows(members);
    for (let row = 0; row < rows; row += 1) rings.push({ lane: lane.key, row });
  }
  return { arcs: arcs.sort((a, b) => a.start - b.start || a.end - b.end), rings };
}

/**
 * The angles an arc's item is drawn over: one span, or one per alternative of an either-or date,
 * clipped to the year and never thinner than `minArcDegrees`.
 *
 * @example
 * arcSpans(arc.item, wheelYear(2017, 1)); // [{ start: 38.4, end: 41.4 }]
 */
export function arcSpans(item: TimelineItem, year: WheelYear): { start: number; end: number }[] {
  return (item.eitherOr ? item.segments : [{ start: item.start, end: item.end }]).map((segment) => {
    const start = year.angleOf(Math.max(segment.start, year.start));
    return { start, end: Math.max(year.angleOf(Math.min(segment.end, year.end)), start + minArcDegrees) };
  });
}

/**
 * The most rings a wheel draws: 18 units each at least, room for a name on an arc, a count on a
 * band and a numbered callout. Lanes that would need more are drawn as density bands.
 */
export const wheelMaxRings = 10;
/** Colours in the palette (`--mp-wheel-1` …): lanes beyond it repeat colours, their names still differ. */
export const wheelPaletteSize = 8;

/** A lane of the wheel: its rings, from the inside, and how it is drawn. */
export interface WheelLane {
  key: string;
  /** Its place among the lanes, from the inside; the colour is `index % wheelPaletteSize`. */
  index: number;
  /** The first ring it takes and how many. */
  firstRing: number;
  rings: number;
  /**
   * `detail`: one arc per activity. `band`: too many rows to see, so one ring with the number of
   * activities per month; each activity is still drawn when it has the focus or the selection.
   */
  mode: "detail" | "band";
}

/**
 * How many rings each lane gets, capped at `maxRings`: lanes are drawn in detail from the fewest
 * rows up while the rest fit as one band ring each, so a few crowded lanes do not make every ring
 * hair-thin.
 *
 * @example
 * wheelLanes(rings); // [{ key: "Drift", index: 0, firstRing: 0, rings: 1, mode: "band" }, …]
 */
export function wheelLanes(rings: readonly WheelRing[], maxRings = wheelMaxRings): WheelLane[] {
  const rowsOf = new Map<string, number>();
  for (const ring of rings) rowsOf.set(ring.lane, (rowsOf.get(ring.lane) ?? 0) + 1);
  const keys = [...rowsOf.keys()];
  const detailed = new Set<string>();
  let used = keys.length;
  for (const key of [...keys].sort((a, b) => (rowsOf.get(a) ?? 0) - (rowsOf.get(b) ?? 0))) {
    const extra = (rowsOf.get(key) ?? 1) - 1;
    if (used + extra > maxRings) break;
    used += extra;
    detailed.add(key);
  }
  let firstRing = 0;
  return keys.map((key, index) => {
    const mode = detailed.has(key) ? "detail" : "band";
    const count = mode === "detail" ? (rowsOf.get(key) ?? 1) : 1;
    const lane: WheelLane = { key, index, firstRing, rings: count, mode };
    firstRing += count;
    return lane;
  });
}

/** A month of a band: how many of the lane's activities touch it. */
export interface WheelBandCell {
  lane: string;
  month: number;
  start: number;
  end: number;
  count: number;
}

/**
 * The density band of a lane: per month (sectors of `wheelMonths`), how many of its arcs touch it.
 * Months without activities are left out.
 *
 * @example
 * wheelBand(arcs, "Drift", months); // [{ lane: "Drift", month: 0, start: 0, end: 31.5, count: 153 }, …]
 */
export function wheelBand(
  arcs: readonly WheelArc[],
  lane: string,
  months: readonly { start: number; end: number }[],
): WheelBandCell[] {
  const counts = months.map(() => 0);
  for (const arc of arcs) {
    if (arc.item.lane !== lane) continue;
    for (let month = 0; month < months.length; month += 1) {
      const sector = months[month];
      if (sector && arc.start < sector.end && arc.end > sector.start)
        counts[month] = (counts[month] ?? 0) + 1;
    }
  }
  return months.flatMap((sector, month) => {
    const count = counts[month] ?? 0;
    return count === 0 ? [] : [{ lane, month, start: sector.start, end: sector.end, count }];
  });
}

/**
 * The radii of ring `ring` (from the inside) with a small gap to its neighbours.
 *
 * @example
 * ringRadii(0, 18); // [71.5, 86.5]
 */
export function ringRadii(ring: number, ringWidth: number): [number, number] {
  return [wheelInner + ringWidth * ring + 1.5, wheelInner + ringWidth * (ring + 1) - 1.5];
}
