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
  // Date.UTC reads years 0-99 as 1900-1999; those, and anything not a whole month, go through Date.
  if (year >= 100 && Number.isInteger(year) && Number.isInteger(month) && month >= 1 && month <= 12) {
    return month === 2 ? (isLeapYear(year) ? 29 : 28) : (monthLengths[month - 1] as number);
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Days from 1970-01-01 to the first of a month, by arithmetic on the proleptic Gregorian calendar
 * (Howard Hinnant's `days_from_civil`): the same number `Date.UTC` gives, without a `Date`.
 */
function daysToFirstOfMonth(year: number, month: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The day number of a calendar date (month 1-12).
 *
 * @example
 * toIsoDate(dayNumber(2017, 5, 8)); // "2017-05-08"
 */
export function dayNumber(year: number, month: number, day: number): number {
  if (year >= 100 && Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)) {
    // Months past December or before January roll into the next or previous year, and day 0 is the
    // last day of the month before, as with Date.UTC.
    const carry = Math.floor((month - 1) / 12);
    return daysToFirstOfMonth(year + carry, month - carry * 12) + day - 1;
  }
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
  const { year, month, day } = fromDayNumber(days);
  // Years outside 1000-9999 and non-integer days take Date's own format ("+010000-01-01").
  if (year < 1000 || year > 9999 || !Number.isInteger(days)) {
    return new Date(days * 86_400_000).toISOString().slice(0, 10);
  }
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/**
 * Year, month (1-12) and day of a day number.
 *
 * @example
 * fromDayNumber(dayNumber(2017, 5, 8)); // { year: 2017, month: 5, day: 8 }
 */
export function fromDayNumber(days: number): { year: number; month: number; day: number } {
  if (Number.isInteger(days)) {
    // Howard Hinnant's `civil_from_days`: the calendar date by arithmetic, without a Date.
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor(
      (dayOfEra -
        Math.floor(dayOfEra / 1460) +
        Math.floor(dayOfEra / 36_524) -
        Math.floor(dayOfEra / 146_096)) /
        365,
    );
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
    const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    return {
      year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
      month,
      day: dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1,
    };
  }
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
