import { dayNumber, isoWeekday, isoWeekOf, type Locale, monthName, toIsoDate } from "@milepael/core/lite";
import type { TimelineItem } from "../plan/layout";

// The wheel's frame and calendar: its size, points and sectors, the year as angles, its months
// and Mondays. The rings and arcs are in `wheelRings`, where names go in `wheelLabels`.

/** The drawing's size in SVG units, its centre, and the radii between which the rings lie. */
export const wheelSize = 640;
export const wheelCenter = wheelSize / 2;
export const wheelOuter = 250;
export const wheelInner = 70;

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

/** The size of the wheel's smallest text, in SVG units (1 unit = 1 px when drawn 640 px wide). */
export const wheelFontUnits = 13;
/** Below this width (px) the wheel's smallest text would be under 11 px: the wheel shows its list. */
export const wheelMinWidth = Math.ceil((wheelSize * 11) / wheelFontUnits);
