import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dayNumber,
  daysInMonth,
  fromDayNumber,
  isoDayNumber,
  isoWeekday,
  isoWeekInterval,
  isoWeekOf,
  isoWeeksInYear,
  parseIsoDate,
  toIsoDate,
} from "./calendar";

describe("calendar", () => {
  it("knows February's length in leap and common years", () => {
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(2017, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it("turns day numbers into ISO dates and back", () => {
    expect(toIsoDate(dayNumber(2017, 12, 31))).toBe("2017-12-31");
    expect(parseIsoDate("2017-02-29")).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: -30_000, max: 60_000 }), (days) => {
        const { year, month, day } = fromDayNumber(days);
        expect(dayNumber(year, month, day)).toBe(days);
        expect(parseIsoDate(toIsoDate(days))).toBe(days);
      }),
    );
  });

  it("counts days, months and their lengths as Date does, including months past December and day 0", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: -40, max: 40 }),
        (year, month, day) => {
          expect(dayNumber(year, month, day)).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
          expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 3_000_000 }), (days) => {
        const date = new Date(days * 86_400_000);
        expect(toIsoDate(days)).toBe(date.toISOString().slice(0, 10));
        expect(fromDayNumber(days)).toEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
        });
      }),
    );
  });

  it("reads a document's ISO dates as the same day numbers as a full check does", () => {
    expect(isoDayNumber("2017-03-01") - isoDayNumber("2017-02-28")).toBe(1);
    fc.assert(
      fc.property(fc.integer({ min: -30_000, max: 60_000 }), (days) => {
        expect(isoDayNumber(toIsoDate(days))).toBe(days);
      }),
    );
  });

  it("puts 1 January 2018 on a Monday", () => {
    expect(isoWeekday(dayNumber(2018, 1, 1))).toBe(1);
  });

  it("finds ISO week 1 in the year of its Thursday", () => {
    // 2021-01-01 was a Friday: it belongs to week 53 of 2020.
    expect(isoWeekOf(dayNumber(2021, 1, 1))).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf(dayNumber(2018, 12, 31))).toEqual({ year: 2019, week: 1 });
    // As Danish calendars number them (moved from the timeline's own copy).
    expect(isoWeekOf(isoDayNumber("2017-01-01"))).toEqual({ year: 2016, week: 52 });
    expect(isoWeekOf(isoDayNumber("2017-01-02"))).toEqual({ year: 2017, week: 1 });
    expect(isoWeekOf(isoDayNumber("2020-12-31"))).toEqual({ year: 2020, week: 53 });
  });

  it("gives 53 weeks only to years that have them", () => {
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2015)).toBe(53);
    expect(isoWeeksInYear(2017)).toBe(52);
    expect(isoWeekInterval(2017, 53)).toBeNull();
    expect(isoWeekInterval(2020, 53)).toEqual({ start: dayNumber(2020, 12, 28), end: dayNumber(2021, 1, 3) });
  });

  it("makes every ISO week run Monday to Sunday and contain its own days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 53 }), (year, week) => {
        const interval = isoWeekInterval(year, week);
        if (interval === null) {
          expect(week).toBe(53);
          return;
        }
        expect(isoWeekday(interval.start)).toBe(1);
        expect(isoWeekday(interval.end)).toBe(7);
        expect(isoWeekOf(interval.start)).toEqual({ year, week });
        expect(isoWeekOf(interval.end)).toEqual({ year, week });
      }),
    );
  });
});
