import { dayNumber, fromDayNumber, isoWeekday, isoWeekOf, type Locale, monthName } from "@milepael/core/lite";
import { planMessages } from "../locale/messages/plan";

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
  const text = planMessages(locale);
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

/** A tick as drawn: its label fitted to the room before the next tick, `""` when there is none. */
export interface FittedTick extends Tick {
  /** The room in pixels up to the next tick (or the view's end): the label's widest box. */
  maxWidth: number;
  /** The view starts inside this period: the tick stands at the view's start. */
  partial: boolean;
}

/** A label's estimated width at the axis' text size (13 px), padding included. */
const tickLabelPx = (label: string) => label.length * 7 + 10;

/**
 * The ticks of a view of `width` pixels, labelled so that no two labels touch: the period the
 * view starts in is labelled too (with its year), the year is on the first label whenever the
 * view does not start in January, labels get shorter when the ticks are close ("1. kvt. 2017",
 * "K1 2017" then "K1") and every second, third … tick goes unlabelled when even that is too long.
 *
 * @example
 * fitTicks(dayNumber(2017, 4, 15), dayNumber(2018, 4, 15), "quarter", "da", 360).map((t) => t.label);
 * // ["2. kvt. 2017", "K3", "K4", "K1 2018", "K2"]
 */
export function fitTicks(
  start: number,
  end: number,
  unit: TickUnit,
  locale: Locale,
  width: number,
): FittedTick[] {
  const text = planMessages(locale);
  const span = Math.max(1, end - start);
  const px = (days: number) => (days / span) * width;
  const ticks = axisTicks(start, end, unit, locale).filter((tick) => tick.day >= start && tick.day < end);
  // The period the view starts in, labelled at the view's start.
  const firstDay = ticks[0]?.day ?? end;
  const opening =
    firstDay > start ? axisTicks(start - periodDays[unit], start, unit, locale).at(-1) : undefined;
  const all = [
    ...(opening ? [{ ...opening, day: start, partial: true }] : []),
    ...ticks.map((tick) => ({ ...tick, partial: false })),
  ];
  const room = all.map((tick, index) => px((all[index + 1]?.day ?? end) - tick.day));
  const yearOf = (day: number) => (unit === "week" ? isoWeekOf(day).year : fromDayNumber(day).year);
  /** A tick's label at a level of shortness (0 the longest), with or without its year. */
  const form = (index: number, level: number, withYear: boolean): string => {
    const tick = all[index];
    if (!tick) return "";
    const { year, month } = fromDayNumber(tick.day);
    switch (unit) {
      case "week": {
        const { week, year: weekYear } = isoWeekOf(tick.day);
        if (withYear) return level === 0 ? text.weekTitle(week, weekYear) : `${week}, ${weekYear}`;
        return level === 0 ? text.weekTick(week) : String(week);
      }
      case "month": {
        const short = monthName(month, locale, "short");
        if (!withYear) return short;
        return level < 2 ? `${short} ${year}` : `${short} ’${String(year).slice(2)}`;
      }
      case "quarter": {
        const quarter = Math.floor((month - 1) / 3) + 1;
        if (level === 0) return text.quarterTick(quarter, year);
        if (withYear) return `${text.quarterTiny(quarter)} ${year}`;
        return level === 1 ? text.quarterShort(quarter) : text.quarterTiny(quarter);
      }
      case "year":
        return level < 2 ? String(year) : `’${String(year).slice(2)}`;
      default:
        return unit satisfies never;
    }
  };
  /** With every `every`-th tick labelled: each label and the room it has (up to the next labelled tick). */
  const labelsAt = (level: number, every: number) => {
    let previousYear: number | undefined;
    return all.map((tick, index) => {
      // A label may use the room up to the next labelled tick; a part-period only its own.
      let available = 0;
      const upTo = tick.partial ? index + 1 : Math.min(all.length, index + every);
      for (let next = index; next < upTo; next += 1) available += room[next] ?? 0;
      if (index % every !== 0) return { label: "", available };
      const year = yearOf(tick.day);
      // The year is on the first label and wherever a new year begins, so it is always in view.
      const label = form(index, level, previousYear !== year);
      // A part-period too narrow for its label goes unlabelled, and the next label has the year.
      if (tick.partial && tickLabelPx(label) > available) return { label: "", available };
      previousYear = year;
      return { label, available };
    });
  };
  const fits = (level: number, every: number) =>
    labelsAt(level, every).every(
      ({ label, available }, index) =>
        // The period the view starts in and the last one may be too narrow: they go unlabelled.
        tickLabelPx(label) <= available || label === "" || index === all.length - 1,
    );
  let chosen = labelsAt(2, 24);
  search: for (const every of [1, 2, 3, 4, 6, 12, 24]) {
    for (let level = 0; level < 3; level += 1) {
      if (fits(level, every)) {
        chosen = labelsAt(level, every);
        break search;
      }
    }
  }
  const fitted = all.map((tick, index) => {
    const { label, available } = chosen[index] ?? { label: "", available: 0 };
    return { ...tick, label: tickLabelPx(label) <= available ? label : "", maxWidth: Math.floor(available) };
  });
  return fitted;
}

/** A period of each unit, in days, at most: how far back the period the view starts in begins. */
const periodDays: Record<TickUnit, number> = { week: 7, month: 31, quarter: 92, year: 366 };
