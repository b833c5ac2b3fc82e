import { dayNumber, isoWeekday, isoWeekOf, type Locale, monthName, toIsoDate } from "@milepael/core/lite";
import { packRows, type TimelineItem, type TimelineLayout } from "../plan/layout";

/** The drawing's size in SVG units, its centre, and the radii between which the rings lie. */
export const wheelSize = 640;
export const wheelCenter = wheelSize / 2;
export const wheelOuter = 250;
export const wheelInner = 70;
/** The smallest arc an activity gets, so that single days stay visible and clickable. */
export const minArcDegrees = 2.5;

/** Two decimals: Node's and Chromium's trigonometry can differ in the last digit, which breaks hydration. */
export const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The point at an angle (degrees, clockwise from 12 o'clock) and a radius from the centre.
 *
 * @example
 * wheelPoint(90, 100); // [420, 320]
 */
export function wheelPoint(angle: number, radius: number): [number, number] {
  const radians = ((angle - 90) * Math.PI) / 180;
  return [round2(wheelCenter + radius * Math.cos(radians)), round2(wheelCenter + radius * Math.sin(radians))];
}

/**
 * An annular sector from angle a to b (degrees, clockwise from 12 o'clock) between two radii, as
 * an SVG path.
 *
 * @example
 * wheelSector(0, 90, 70, 250); // "M320 70 A250 250 0 0 1 570 320 L390 320 A70 70 0 0 0 320 250 Z"
 */
export function wheelSector(a: number, b: number, r0: number, r1: number): string {
  const large = b - a > 180 ? 1 : 0;
  const [x0, y0] = wheelPoint(a, r1);
  const [x1, y1] = wheelPoint(b, r1);
  const [x2, y2] = wheelPoint(b, r0);
  const [x3, y3] = wheelPoint(a, r0);
  const [outerR, innerR] = [round2(r1), round2(r0)];
  return `M${x0} ${y0} A${outerR} ${outerR} 0 ${large} 1 ${x1} ${y1} L${x2} ${y2} A${innerR} ${innerR} 0 ${large} 0 ${x3} ${y3} Z`;
}

/** The wheel's year: twelve months from a start month, as day numbers (end exclusive). */
export interface WheelYear {
  start: number;
  end: number;
  /** A day's angle, degrees clockwise from 12 o'clock. */
  angleOf: (day: number) => number;
}

/**
 * The year a wheel shows, from the first of its start month (1-12).
 *
 * @example
 * wheelYear(2017, 8).angleOf(dayNumber(2017, 8, 1)); // 0
 */
export function wheelYear(year: number, startMonth: number): WheelYear {
  const month = Math.min(12, Math.max(1, startMonth));
  const start = dayNumber(year, month, 1);
  const end = dayNumber(year + 1, month, 1);
  return { start, end, angleOf: (day) => ((day - start) / (end - start)) * 360 };
}

/**
 * The twelve months as sectors from the start month, with their short names.
 *
 * @example
 * wheelMonths(wheelYear(2017, 8), "da")[0]; // { name: "aug.", start: 0, end: 30.49… }
 */
export function wheelMonths(year: WheelYear, locale: Locale): { name: string; start: number; end: number }[] {
  return Array.from({ length: 12 }, (_, index) => {
    const first = new Date(year.start * 86_400_000);
    const month = first.getUTCMonth() + index;
    const start = dayNumber(first.getUTCFullYear(), month + 1, 1);
    const end = dayNumber(first.getUTCFullYear(), month + 2, 1);
    return {
      name: monthName((month % 12) + 1, locale, "short"),
      start: year.angleOf(start),
      end: year.angleOf(end),
    };
  });
}

/**
 * The Mondays of the wheel's year, where its week ticks go, with their ISO week numbers.
 *
 * @example
 * wheelMondays(wheelYear(2017, 1))[0]; // { angle: 0.99…, week: 1 }
 */
export function wheelMondays(year: WheelYear): { angle: number; week: number }[] {
  const mondays: { angle: number; week: number }[] = [];
  for (let day = year.start + ((8 - isoWeekday(year.start)) % 7); day < year.end; day += 7) {
    mondays.push({ angle: year.angleOf(day), week: isoWeekOf(day).week });
  }
  return mondays;
}

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
 * The year most of the items start in: the wheel's year when neither the host nor the plan says.
 *
 * @example
 * mostCommonStartYear(layout.items); // 2017
 */
export function mostCommonStartYear(items: readonly TimelineItem[]): number | undefined {
  const counts = new Map<number, number>();
  for (const item of items) {
    const year = Number(toIsoDate(item.start).slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The year a wheel shows, as people write it: "2017", or "2017/18" for a wheel that starts after
 * January and so spans two calendar years (a school year from August).
 *
 * @example
 * wheelYearLabel(2017, 8); // "2017/18"
 */
export function wheelYearLabel(year: number, startMonth: number): string {
  return startMonth <= 1 ? String(year) : `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
}

/**
 * The most rings a wheel draws: 18 units each at least, room for a name on an arc, a count on a
 * band and a numbered callout. Lanes that would need more are drawn as density bands.
 */
export const wheelMaxRings = 10;
/** The size of the wheel's smallest text, in SVG units (1 unit = 1 px when drawn 640 px wide). */
export const wheelFontUnits = 13;
/** Below this width (px) the wheel's smallest text would be under 11 px: the wheel shows its list. */
export const wheelMinWidth = Math.ceil((wheelSize * 11) / wheelFontUnits);
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
 * The width text of `characters` letters takes at a font size, estimated on the safe side.
 *
 * @example
 * textWidth(8); // 62.4
 */
export const textWidth = (characters: number, fontSize = wheelFontUnits) => characters * fontSize * 0.6;

/**
 * A circular arc at radius `r` from angle a to b, as an SVG path to set text on: drawn clockwise,
 * or counter-clockwise (`upright`) where the arc lies in the lower half, so that text on it reads
 * the right way up.
 *
 * @example
 * wheelTextPath(0, 90, 100); // "M320 220 A100 100 0 0 1 420 320"
 */
export function wheelTextPath(a: number, b: number, r: number): string {
  const large = b - a > 180 ? 1 : 0;
  const middle = ((((a + b) / 2) % 360) + 360) % 360;
  const radius = round2(r);
  if (middle > 90 && middle < 270) {
    const [x0, y0] = wheelPoint(b, r);
    const [x1, y1] = wheelPoint(a, r);
    return `M${x0} ${y0} A${radius} ${radius} 0 ${large} 0 ${x1} ${y1}`;
  }
  const [x0, y0] = wheelPoint(a, r);
  const [x1, y1] = wheelPoint(b, r);
  return `M${x0} ${y0} A${radius} ${radius} 0 ${large} 1 ${x1} ${y1}`;
}

/**
 * Whether text fits along an arc between two radii: the ring is tall enough for the font and the
 * arc, at its middle radius, long enough for the text with some room at the ends.
 *
 * @example
 * textFitsArc("Kick-off", 0, 40, 200, 230); // true
 */
export function textFitsArc(text: string, a: number, b: number, r0: number, r1: number): boolean {
  const length = (((b - a) * Math.PI) / 180) * ((r0 + r1) / 2);
  return r1 - r0 >= wheelFontUnits + 3 && length >= textWidth(text.length) + 8;
}

/**
 * The widest angle not covered by any of the spans, on the circle: where a ring's name can go.
 *
 * @example
 * largestGap([{ start: 10, end: 50 }, { start: 300, end: 320 }]); // { start: 50, end: 300 }
 */
export function largestGap(spans: readonly { start: number; end: number }[]): { start: number; end: number } {
  if (spans.length === 0) return { start: 0, end: 360 };
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let best = { start: 0, end: 0 };
  let covered = sorted[0]?.end ?? 0;
  for (const span of sorted.slice(1)) {
    if (span.start - covered > best.end - best.start) best = { start: covered, end: span.start };
    covered = Math.max(covered, span.end);
  }
  // The gap across 12 o'clock: from the last span's end round to the first one's start.
  const wrap = (sorted[0]?.start ?? 0) + 360;
  if (wrap - covered > best.end - best.start) best = { start: covered, end: wrap };
  return best;
}
