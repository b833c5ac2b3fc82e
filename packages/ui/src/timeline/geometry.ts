import { dayNumber, fromDayNumber, isoWeekday, isoWeekOf, type Locale, monthName } from "@milepael/core/lite";
import { messages } from "../locale/messages";

export const tickUnits = ["week", "month", "quarter", "year"] as const;
export type TickUnit = (typeof tickUnits)[number];

/**
 * The tick unit that suits a span of days: weeks up to about ten weeks, months up to about a
 * year and a quarter, quarters up to five years, then years.
 *
 * @example
 * tickUnitFor(365); // "month"
 */
export function tickUnitFor(spanDays: number): TickUnit {
  if (spanDays <= 75) return "week";
  if (spanDays <= 460) return "month";
  if (spanDays <= 1830) return "quarter";
  return "year";
}

/** How many days each tick unit's preset window shows. */
export const unitWindowDays: Record<TickUnit, number> = { week: 70, month: 183, quarter: 366, year: 1096 };

export interface Tick {
  day: number;
  label: string;
  /** A longer name for screen readers and tooltips: "marts 2017", "uge 12, 2017". */
  title: string;
}

/**
 * Axis ticks between two day numbers, at the start of each week (Monday), month, quarter or year,
 * labelled in Danish or English.
 *
 * @example
 * axisTicks(dayNumber(2017, 1, 1), dayNumber(2017, 4, 1), "month", "da").map((t) => t.label);
 * // ["jan.", "feb.", "mar.", "apr."]
 */
export function axisTicks(start: number, end: number, unit: TickUnit, locale: Locale): Tick[] {
  const text = messages(locale);
  const ticks: Tick[] = [];
  if (unit === "week") {
    let day = start - (isoWeekday(start) - 1);
    if (day < start) day += 7;
    for (; day <= end; day += 7) {
      const { week, year } = isoWeekOf(day);
      ticks.push({ day, label: text.weekTick(week), title: text.weekTitle(week, year) });
    }
    return ticks;
  }
  const step = unit === "month" ? 1 : unit === "quarter" ? 3 : 12;
  const first = fromDayNumber(start);
  let year = first.year;
  let month = Math.ceil((first.month - 1) / step) * step;
  if (dayNumber(year, month + 1, 1) < start) month += step;
  for (;;) {
    year += Math.floor(month / 12);
    month %= 12;
    const day = dayNumber(year, month + 1, 1);
    if (day > end) break;
    const label =
      unit === "month"
        ? `${monthName(month + 1, locale, "short")}${month === 0 ? ` ${year}` : ""}`
        : unit === "quarter"
          ? text.quarterTick(month / 3 + 1, year)
          : String(year);
    ticks.push({ day, label, title: unit === "month" ? `${monthName(month + 1, locale)} ${year}` : label });
    month += step;
  }
  return ticks;
}
