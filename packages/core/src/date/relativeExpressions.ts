import { dayNumber, daysInMonth, isoWeekInterval, toIsoDate } from "./calendar";
import type { DanishDateResult, ParseDanishDateOptions } from "./types";

/**
 * The periods that Danish meeting and process plans name by the school year rather than the
 * calendar, as the interval a reader plans with (approximate: the holidays move a little by
 * municipality and year):
 * - "inden/før/op til sommerferien": June (the school summer holidays begin at the end of June);
 * - "efter sommerferien": August (school starts again in the second week of August);
 * - "før/inden jul": 1 to 23 December;
 * - "efter nytår": 2 to 31 January of the year after the document's year (written in a plan for
 *   2017, "efter nytår" is January 2018), or of the year written ("efter nytår 2018").
 */
const holidayPattern =
  /^(?:(inden|før|op til|efter) (?:sommerferien|sommerferie|sommer(?:en)?)|(før|inden) jul(?:en)?|(efter) nytår(?:et)?)(?: (\d{4}))?$/;

/** "uge x", "uge x+4", "uge x + 4", "uge x-1": consultants' weeks counted from a start not yet fixed. */
const relativeWeekPattern = /^uge x(?: ?([+-]) ?(\d{1,2}))?$/;

/**
 * Reads the expressions of meeting and process plans that the calendar grammar has no words for:
 * holiday-relative periods and relative weeks. `null` when the text is neither.
 *
 * @example
 * parseRelativeExpression("inden sommerferien", "Inden sommerferien", { year: 2017 })?.start; // "2017-06-01"
 * parseRelativeExpression("uge x+4", "Uge x+4", { anchorWeek: { year: 2017, week: 5 } })?.start; // "2017-02-27"
 */
export function parseRelativeExpression(
  normalized: string,
  text: string,
  options: ParseDanishDateOptions,
): DanishDateResult | null {
  const holiday = holidayPattern.exec(normalized);
  if (holiday) {
    const written = holiday[4] === undefined ? undefined : Number(holiday[4]);
    const documentYear = written ?? options.year;
    if (documentYear === undefined) return { ok: false, text, reason: "missing-year" };
    let start: number;
    let end: number;
    if (holiday[1] !== undefined) {
      const month = holiday[1] === "efter" ? 8 : 6;
      start = dayNumber(documentYear, month, 1);
      end = dayNumber(documentYear, month, daysInMonth(documentYear, month));
    } else if (holiday[2] !== undefined) {
      start = dayNumber(documentYear, 12, 1);
      end = dayNumber(documentYear, 12, 23);
    } else {
      const year = written ?? documentYear + 1;
      start = dayNumber(year, 1, 2);
      end = dayNumber(year, 1, 31);
    }
    return {
      ok: true,
      text,
      kind: "holiday",
      start: toIsoDate(start),
      end: toIsoDate(end),
      precision: "month",
      approximate: true,
      eitherOr: false,
      ongoing: false,
      yearInferred: written === undefined,
    };
  }
  const relative = relativeWeekPattern.exec(normalized);
  if (relative) {
    const offset = relative[2] === undefined ? 0 : Number(relative[2]) * (relative[1] === "-" ? -1 : 1);
    const anchor = options.anchorWeek;
    const week = anchor === undefined ? null : isoWeekInterval(anchor.year, anchor.week);
    return {
      ok: true,
      text,
      kind: week === null ? "relative-week" : "week",
      start: week === null ? null : toIsoDate(week.start + offset * 7),
      end: week === null ? null : toIsoDate(week.end + offset * 7),
      precision: "week",
      approximate: false,
      eitherOr: false,
      ongoing: false,
      yearInferred: false,
      relativeWeeks: offset,
    };
  }
  return null;
}
