/**
 * Calendar arithmetic on plain dates, as day numbers since 1970-01-01 in UTC. Plain dates have no
 * time zone: "8. maj" is the same day in Copenhagen and in a CI container.
 */

/**
 * Whether a year has 29 February.
 *
 * @example
 * isLeapYear(2016); // true
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month (1-12) of a year.
 *
 * @example
 * daysInMonth(2016, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The day number of a calendar date (month 1-12).
 *
 * @example
 * toIsoDate(dayNumber(2017, 5, 8)); // "2017-05-08"
 */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * The day number of an ISO date (`YYYY-MM-DD`) already known to be valid, such as a document's
 * dates, without the check `parseIsoDate` makes: `NaN` for text that is no date.
 *
 * @example
 * isoDayNumber("1970-01-02"); // 1
 */
export function isoDayNumber(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return Math.round(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / 86_400_000);
}

/**
 * A day number as an ISO date, `YYYY-MM-DD`.
 *
 * @example
 * toIsoDate(dayNumber(2017, 12, 31)); // "2017-12-31"
 */
export function toIsoDate(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Year, month (1-12) and day of a day number.
 *
 * @example
 * fromDayNumber(dayNumber(2017, 5, 8)); // { year: 2017, month: 5, day: 8 }
 */
export function fromDayNumber(days: number): { year: number; month: number; day: number } {
  const date = new Date(days * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * An ISO date (`YYYY-MM-DD`) as a day number, or `null` when it is no real date.
 *
 * @example
 * parseIsoDate("2017-02-29"); // null
 */
export function parseIsoDate(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumber(year, month, day);
}

/**
 * ISO weekday, Monday 1 to Sunday 7.
 *
 * @example
 * isoWeekday(dayNumber(2018, 1, 1)); // 1 (Monday)
 */
export function isoWeekday(days: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of ISO week 1: the week that holds 4 January. */
function mondayOfFirstIsoWeek(year: number): number {
  const fourthOfJanuary = dayNumber(year, 1, 4);
  return fourthOfJanuary - (isoWeekday(fourthOfJanuary) - 1);
}

/**
 * How many ISO weeks a year has: 53 when it starts on a Thursday, or on a Wednesday in a leap year.
 *
 * @example
 * isoWeeksInYear(2020); // 53
 */
export function isoWeeksInYear(year: number): number {
  const firstWeekday = isoWeekday(dayNumber(year, 1, 1));
  return firstWeekday === 4 || (firstWeekday === 3 && isLeapYear(year)) ? 53 : 52;
}

/**
 * Monday and Sunday of an ISO week, or `null` for a week the year does not have.
 *
 * @example
 * isoWeekInterval(2017, 41); // Monday 9 to Sunday 15 October 2017, as day numbers
 */
export function isoWeekInterval(year: number, week: number): { start: number; end: number } | null {
  if (!Number.isInteger(week) || week < 1 || week > isoWeeksInYear(year)) return null;
  const start = mondayOfFirstIsoWeek(year) + (week - 1) * 7;
  return { start, end: start + 6 };
}

/**
 * The ISO week-numbering year and week of a day.
 *
 * @example
 * isoWeekOf(dayNumber(2021, 1, 1)); // { year: 2020, week: 53 }
 */
export function isoWeekOf(days: number): { year: number; week: number } {
  // The Thursday of a day's week decides which year the week belongs to.
  const thursday = days - isoWeekday(days) + 4;
  const year = fromDayNumber(thursday).year;
  return { year, week: Math.floor((thursday - mondayOfFirstIsoWeek(year)) / 7) + 1 };
}
