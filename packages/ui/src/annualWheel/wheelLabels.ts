import { round2, type WheelYear, wheelFontUnits, wheelPoint } from "./wheelGeometry";
import { arcSpans, ringRadii, type WheelArc, type WheelLane } from "./wheelRings";

// Where names go on the wheel: along an arc where the text fits, else a numbered callout moved
// clear of the others; a lane's name along the widest free stretch of its ring. Estimates text
// width from the letter count, so the same labels come out on the server and in the browser.

/** The most numbered callouts a wheel shows; beyond that the focus name, details and table tell. */
const maxCallouts = 99;
/** A callout's radius: room for two digits at the wheel's smallest text size. */
export const calloutRadius = 9;

/** How an activity's name shows on the wheel: along its arc, as a numbered callout, or not at all. */
export type WheelArcLabel =
  | { kind: "arc"; path: string }
  | {
      kind: "callout";
      number: number;
      x: number;
      y: number;
      /** Where on its arc the callout points, when it had to move away from it. */
      anchor: [number, number] | null;
    }
  | { kind: "none" };

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

/**
 * The label of each arc of the detailed lanes: its title along the arc where it fits, else a
 * numbered callout on the arc, moved along its ring until it collides with no other callout
 * (or a point in `taken`). Over `maxCallouts` unlabelled arcs get no callout at all.
 *
 * @example
 * arcLabels(detailArcs, (arc) => laneOf.get(arc.item.lane)?.firstRing ?? 0, 18, year, []).get(id);
 * // { kind: "callout", number: 1, x: 431.2, y: 118.4, anchor: null }
 */
export function arcLabels(
  arcs: readonly WheelArc[],
  firstRingOf: (arc: WheelArc) => number,
  ringWidth: number,
  year: WheelYear,
  taken: readonly [number, number][],
): Map<string, WheelArcLabel> {
  const labels = new Map<string, WheelArcLabel>();
  const unlabelled: WheelArc[] = [];
  for (const arc of arcs) {
    const [r0, r1] = ringRadii(firstRingOf(arc) + arc.row, ringWidth);
    if (!arc.item.eitherOr && textFitsArc(arc.item.title, arc.start, arc.end, r0, r1))
      labels.set(arc.item.id, { kind: "arc", path: wheelTextPath(arc.start, arc.end, (r0 + r1) / 2) });
    else unlabelled.push(arc);
  }
  if (unlabelled.length > maxCallouts) return labels;
  const placed: [number, number][] = [...taken];
  const gap = 2 * calloutRadius + 1;
  unlabelled.forEach((arc, index) => {
    const [r0, r1] = ringRadii(firstRingOf(arc) + arc.row, ringWidth);
    const radius = (r0 + r1) / 2;
    const step = ((gap / radius) * 180) / Math.PI;
    // An either-or date's callout sits on its first alternative, not in the gap between them.
    const first = arcSpans(arc.item, year)[0] ?? arc;
    const middle = (first.start + first.end) / 2;
    const anchor = wheelPoint(middle, radius);
    let point = anchor;
    // Up to all the way round the ring, nearest first.
    const attempts = Math.ceil(360 / step) + 1;
    for (let attempt = 1; attempt < attempts; attempt += 1) {
      const [x, y] = point;
      if (placed.every(([px, py]) => Math.hypot(px - x, py - y) >= gap)) break;
      // Try either side of the arc in turn, further each time.
      const offset = Math.ceil(attempt / 2) * step * (attempt % 2 === 1 ? 1 : -1);
      point = wheelPoint(middle + offset, radius);
    }
    placed.push(point);
    const moved = Math.hypot(point[0] - anchor[0], point[1] - anchor[1]) > calloutRadius;
    labels.set(arc.item.id, {
      kind: "callout",
      number: index + 1,
      x: point[0],
      y: point[1],
      anchor: moved ? anchor : null,
    });
  });
  return labels;
}

/** Where a lane's name goes: a text path along the widest free stretch of one of its rings, or none. */
export interface WheelLaneName {
  lane: string;
  index: number;
  name: string;
  /** A path along the ring to set the name on, or `null` where it does not fit (a number at 12 o'clock instead). */
  path: string | null;
  /** The ring's middle radius, for the number. */
  radius: number;
}

/** How far an angle is from 12 or 6 o'clock, in degrees. */
const levelness = (angle: number) => {
  const turned = ((angle % 180) + 180) % 180;
  return Math.min(turned, 180 - turned);
};

/**
 * Where each lane's name is written: along the widest free stretch of its rings, as near 12 or
 * 6 o'clock as the stretch allows, or (a band, or no room) a number at 12 o'clock.
 *
 * @example
 * laneNamePlaces(laneLayout, detailArcs, 18, "Øvrige")[0];
 * // { lane: "Kommunikation", index: 0, name: "Kommunikation", path: "M…", radius: 79 }
 */
export function laneNamePlaces(
  lanes: readonly WheelLane[],
  detailArcs: readonly WheelArc[],
  ringWidth: number,
  noLane: string,
): WheelLaneName[] {
  const spansByRing = new Map<number, { start: number; end: number }[]>();
  const laneOf = new Map(lanes.map((lane) => [lane.key, lane]));
  for (const arc of detailArcs) {
    const ring = (laneOf.get(arc.item.lane)?.firstRing ?? 0) + arc.row;
    const spans = spansByRing.get(ring) ?? [];
    spans.push({ start: arc.start, end: arc.end });
    spansByRing.set(ring, spans);
  }
  return lanes.map((lane) => {
    const name = lane.key || noLane;
    const [r0, r1] = ringRadii(lane.firstRing, ringWidth);
    const fallback = { lane: lane.key, index: lane.index, name, path: null, radius: (r0 + r1) / 2 };
    if (lane.mode === "band") return fallback;
    let best: { ring: number; start: number; end: number } | undefined;
    for (let ring = lane.firstRing; ring < lane.firstRing + lane.rings; ring += 1) {
      const gap = largestGap(spansByRing.get(ring) ?? []);
      if (!best || gap.end - gap.start > best.end - best.start) best = { ring, ...gap };
    }
    if (!best) return fallback;
    const [g0, g1] = ringRadii(best.ring, ringWidth);
    const radius = (g0 + g1) / 2;
    // Some room from the neighbouring arcs.
    const start = best.start + 1.5;
    const end = best.end - 1.5;
    if (!textFitsArc(name, start, end, g0, g1)) return fallback;
    // The name's own angle, placed as near 12 or 6 o'clock as the gap allows: text there reads
    // level rather than up or down the side of the wheel.
    const half = (((textWidth(name.length) + 8) / radius) * 180) / Math.PI / 2;
    const centre = [0, 180, 360, 540]
      .map((target) => Math.min(end - half, Math.max(start + half, target)))
      .reduce((nearest, candidate) => (levelness(candidate) < levelness(nearest) ? candidate : nearest));
    return { ...fallback, path: wheelTextPath(centre - half, centre + half, radius) };
  });
}
