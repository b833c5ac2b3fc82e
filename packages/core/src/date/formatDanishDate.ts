import type { Locale } from "../i18n/locale";
import { dayNumber, daysInMonth, fromDayNumber, isoWeekOf, parseIsoDate } from "./calendar";
import { monthName } from "./monthName";
import type { DateKind, ParsedDanishDate } from "./types";

export interface FormatDanishDateOptions {
  /** Default `da`. */
  locale?: Locale;
  /** `long` writes month names in full ("primo marts 2017"); `short` abbreviates ("primo mar. 2017", "8.5.2017"). */
  style?: "long" | "short";
}

const partWords: Record<Locale, Record<"start" | "mid" | "end", string>> = {
  da: { start: "primo", mid: "medio", end: "ultimo" },
  en: { start: "early", mid: "mid", end: "late" },
};

const seasonWords: Record<Locale, Record<number, string>> = {
  da: { 3: "forår", 6: "sommer", 9: "efterår", 12: "vinter" },
  en: { 3: "spring", 6: "summer", 9: "autumn", 12: "winter" },
};

const words: Record<Locale, { ongoing: string; week: string; or: string; to: string }> = {
  da: { ongoing: "løbende", week: "uge", or: " eller ", to: "–" },
  en: { ongoing: "ongoing", week: "week", or: " or ", to: "–" },
};

interface Day {
  year: number;
  month: number;
  day: number;
}

/**
 * Writes a parsed date expression back as words, in Danish or English. The Danish long form
 * parses back to the same interval, so it can stand wherever the author's text was unclear.
 *
 * @example
 * const parsed = parseDanishDate("Primo marts", { year: 2017 });
 * if (parsed.ok) formatDanishDate(parsed, { locale: "en" }); // "early March 2017"
 */
export function formatDanishDate(parsed: ParsedDanishDate, options: FormatDanishDateOptions = {}): string {
  const locale = options.locale ?? "da";
  const style = options.style ?? "long";
  if (parsed.kind === "relative-week" || (parsed.kind === "week" && parsed.relativeWeeks !== undefined))
    return relativeWeek(parsed, locale);
  if (parsed.kind === "ongoing" || parsed.start === null || parsed.end === null) return words[locale].ongoing;
  if (parsed.kind === "holiday") return holiday(parsed.text, parsed.start, locale);
  if (parsed.kind === "round-reference") return parsed.text.trim();

  const intervals =
    parsed.eitherOr && parsed.alternatives ? parsed.alternatives : [{ start: parsed.start, end: parsed.end }];
  const days = intervals.map(({ start, end }) => [toDay(start), toDay(end)] as const);
  // "april/maj 2018", "15.–17. marts eller 22.–24. marts 2018": the shared year is written once, last.
  const years = new Set(days.map(([start, end]) => writtenYear(parsed.kind, start, end)));
  const shareYear = intervals.length > 1 && years.size === 1 && !years.has(null);
  const formatter = new IntervalFormatter(locale, style);
  const parts = days.map(([start, end], index) =>
    formatter.format(
      alternativeKind(parsed.kind, start, end),
      start,
      end,
      shareYear && index < days.length - 1,
    ),
  );
  const separator = parsed.kind === "month-range" || parsed.kind === "season" ? "/" : words[locale].or;
  return parts.join(separator);
}

/** "uge x+4", and once anchored "uge x+4 (uge 9 2017)". */
function relativeWeek(parsed: ParsedDanishDate, locale: Locale): string {
  const offset = parsed.relativeWeeks ?? 0;
  const week = words[locale].week;
  const relative = `${week} x${offset === 0 ? "" : `${offset > 0 ? "+" : "-"}${Math.abs(offset)}`}`;
  if (parsed.start === null) return relative;
  const { year, week: number } = isoWeekOf(parseIsoDate(parsed.start) ?? 0);
  return `${relative} (${week} ${number} ${year})`;
}

/**
 * The holidays by the month their interval starts in (`relativeExpressions.ts`), not by the text:
 * a text may say more than the holiday ("udsat til efter sommerferien").
 */
const holidayNames: Record<Locale, Record<number, string>> = {
  da: { 6: "inden sommerferien", 8: "efter sommerferien", 12: "før jul", 1: "efter nytår" },
  en: {
    6: "before the summer holidays",
    8: "after the summer holidays",
    12: "before Christmas",
    1: "after New Year",
  },
};

/** "inden sommerferien 2017", "after New Year 2018": the holiday named with the year it fell in. */
function holiday(text: string, start: string, locale: Locale): string {
  const name = holidayNames[locale][Number(start.slice(5, 7))] ?? text.trim();
  return `${name} ${start.slice(0, 4)}`;
}

/** An either-or's alternatives are single days, months or seasons even when the whole is a range. */
function alternativeKind(kind: DateKind, start: Day, end: Day): DateKind {
  if (kind === "day-range" && sameDay(start, end)) return "day";
  if (kind === "month-range" && start.month === end.month && start.year === end.year) {
    return start.day === 1 && end.day === daysInMonth(end.year, end.month) ? "month" : "part-of-month";
  }
  return kind;
}

/** The one year an alternative is written with, or `null` when it spans two. */
function writtenYear(kind: DateKind, start: Day, end: Day): number | null {
  // A season is named by the year it starts in: "vinter 2017" runs into 2018.
  if (kind === "season") return start.year;
  return start.year === end.year ? start.year : null;
}

const sameDay = (a: Day, b: Day) => a.year === b.year && a.month === b.month && a.day === b.day;

function toDay(iso: string): Day {
  const days = parseIsoDate(iso);
  if (days === null) throw new RangeError(`not an ISO date: ${iso}`);
  return fromDayNumber(days);
}

class IntervalFormatter {
  constructor(
    private readonly locale: Locale,
    private readonly style: "long" | "short",
  ) {}

  format(kind: DateKind, start: Day, end: Day, omitYear: boolean): string {
    const to = words[this.locale].to;
    const withYear = (text: string, year: number | string) => (omitYear ? text : `${text} ${year}`);
    switch (kind) {
      case "day":
      case "day-range":
      case "round-reference":
        return this.days(start, end, omitYear);
      case "month":
      case "part-of-month":
      case "month-range":
        return this.months(start, end, omitYear);
      case "season": {
        const first = seasonWords[this.locale][start.month] ?? "";
        const endMonth = end.month === 2 ? 12 : end.month - 2;
        const text =
          endMonth === start.month ? first : `${first}${to}${seasonWords[this.locale][endMonth] ?? ""}`;
        return withYear(text, start.year);
      }
      case "quarter":
      case "half-year": {
        const quarter = kind === "quarter";
        const [first, last] = quarter
          ? [Math.ceil(start.month / 3), Math.ceil(end.month / 3)]
          : [start.month === 1 ? 1 : 2, end.month === 6 ? 1 : 2];
        const part = (number: number) => {
          if (this.locale === "en") return `${quarter ? "Q" : "H"}${number}`;
          return `${number}. ${quarter ? "kvartal" : "halvår"}`;
        };
        // Across a new year each end names its own year: "4. kvartal 2017 – 1. kvartal 2018".
        if (start.year !== end.year) return `${part(first)} ${start.year} ${to} ${part(last)} ${end.year}`;
        if (first === last) return withYear(part(first), end.year);
        if (this.locale === "en") return withYear(`${part(first)}${to}${part(last)}`, end.year);
        return withYear(`${first}.${to}${part(last)}`, end.year);
      }
      case "week": {
        const [first, last] = [
          isoWeekOf(dayNumber(start.year, start.month, start.day)),
          isoWeekOf(dayNumber(end.year, end.month, end.day)),
        ];
        const week = words[this.locale].week;
        if (first.year !== last.year)
          return `${week} ${first.week} ${first.year}${to}${week} ${last.week} ${last.year}`;
        const weeks = first.week === last.week ? `${first.week}` : `${first.week}${to}${last.week}`;
        return withYear(`${week} ${weeks}`, first.year);
      }
      case "year":
        return start.year === end.year ? `${start.year}` : `${start.year}${to}${end.year}`;
      case "ongoing":
        return words[this.locale].ongoing;
      case "holiday":
        return this.months(start, end, omitYear);
      case "relative-week":
        return `${words[this.locale].week} x`;
      default:
        return kind satisfies never;
    }
  }

  private monthName(month: number): string {
    return monthName(month, this.locale, this.style);
  }

  private day(day: Day, withMonth: boolean, withYear: boolean): string {
    if (this.style === "short" && this.locale === "da") {
      return withYear ? `${day.day}.${day.month}.${day.year}` : `${day.day}.${day.month}.`;
    }
    const dayText = this.locale === "da" ? `${day.day}.` : `${day.day}`;
    const text = withMonth ? `${dayText} ${this.monthName(day.month)}` : dayText;
    return withYear ? `${text} ${day.year}` : text;
  }

  private days(start: Day, end: Day, omitYear: boolean): string {
    const to = words[this.locale].to;
    if (sameDay(start, end)) return this.day(start, true, !omitYear);
    if (this.style === "short" && this.locale === "da") {
      return `${this.day(start, true, start.year !== end.year)}${to}${this.day(end, true, !omitYear)}`;
    }
    if (start.year === end.year && start.month === end.month) {
      return `${this.day(start, false, false)}${to}${this.day(end, true, !omitYear)}`;
    }
    return `${this.day(start, true, start.year !== end.year)} ${to} ${this.day(end, true, !omitYear)}`;
  }

  /** A month boundary, with primo/medio/ultimo where the interval starts or ends inside the month. */
  private monthBoundary(day: Day, side: "start" | "end"): string {
    const last = daysInMonth(day.year, day.month);
    const words = partWords[this.locale];
    const name = this.monthName(day.month);
    if (side === "start") {
      if (day.day === 1) return name;
      return `${day.day === 11 ? words.mid : words.end} ${name}`;
    }
    if (day.day === last) return name;
    return `${day.day === 10 ? words.start : words.mid} ${name}`;
  }

  private months(start: Day, end: Day, omitYear: boolean): string {
    const to = words[this.locale].to;
    const year = (text: string, value: number) => (omitYear ? text : `${text} ${value}`);
    if (start.year === end.year && start.month === end.month) {
      const last = daysInMonth(end.year, end.month);
      const name = this.monthName(start.month);
      const part = partWords[this.locale];
      if (start.day === 1 && end.day === last) return year(name, end.year);
      if (start.day === 1 && end.day === 10) return year(`${part.start} ${name}`, end.year);
      if (start.day === 11 && end.day === 20) return year(`${part.mid} ${name}`, end.year);
      if (start.day === 21 && end.day === last) return year(`${part.end} ${name}`, end.year);
      // Two parts of one month, "medio–ultimo maj": "medio maj–maj" read back as a year long.
      const first =
        start.day === 1 ? part.start : start.day === 11 ? part.mid : start.day === 21 ? part.end : "";
      const until =
        end.day === 10 ? part.start : end.day === 20 ? part.mid : end.day === last ? part.end : "";
      if (first !== "" && until !== "") return year(`${first}${to}${until} ${name}`, end.year);
    }
    const from = this.monthBoundary(start, "start");
    const until = this.monthBoundary(end, "end");
    if (start.year === end.year) return year(`${from}${to}${until}`, end.year);
    return `${from} ${start.year} ${to} ${year(until, end.year)}`;
  }
}
