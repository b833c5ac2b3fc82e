import { dayNumber } from "@milepael/core/lite";
import { describe, expect, it } from "vitest";
import {
  wheelCenter,
  wheelMondays,
  wheelMonths,
  wheelPoint,
  wheelSector,
  wheelYear,
  wheelYearLabel,
} from "./wheelGeometry";

describe("annual wheel geometry", () => {
  it.each([
    [0, 12, [wheelCenter, wheelCenter - 100]],
    [90, 3, [wheelCenter + 100, wheelCenter]],
    [180, 6, [wheelCenter, wheelCenter + 100]],
  ])("puts %i° at %i o'clock, turning clockwise", (degrees, _clock, point) => {
    expect(wheelPoint(degrees, 100)).toEqual(point);
  });

  it("draws sectors over half the circle with the large arc", () => {
    expect(wheelSector(0, 90, 70, 250)).toBe(
      "M320 70 A250 250 0 0 1 570 320 L390 320 A70 70 0 0 0 320 250 Z",
    );
    expect(wheelSector(0, 200, 70, 250)).toContain("A250 250 0 1 1");
  });

  it("starts the year at the chosen month and gives each month its share of the circle", () => {
    const year = wheelYear(2017, 8);
    expect(year.angleOf(dayNumber(2017, 8, 1))).toBe(0);
    expect(year.angleOf(dayNumber(2018, 8, 1))).toBe(360);
    const months = wheelMonths(year, "da");
    expect(months.map((month) => month.name)).toEqual([
      "aug.",
      "sep.",
      "okt.",
      "nov.",
      "dec.",
      "jan.",
      "feb.",
      "mar.",
      "apr.",
      "maj",
      "jun.",
      "jul.",
    ]);
    expect(months[0]?.start).toBe(0);
    expect(months.at(-1)?.end).toBe(360);
    for (const [index, month] of months.entries()) expect(months[index + 1]?.start ?? 360).toBe(month.end);
  });

  it("ticks every Monday of the year with its ISO week", () => {
    const mondays = wheelMondays(wheelYear(2017, 1));
    expect(mondays).toHaveLength(52);
    expect(mondays[0]?.week).toBe(1);
    expect(mondays[0]?.angle).toBeCloseTo((1 / 365) * 360);
    expect(wheelMondays(wheelYear(2020, 1)).at(-1)?.week).toBe(53);
  });

  it('writes a wheel from August as "2017/18" and a January wheel as "2017"', () => {
    expect(wheelYearLabel(2017, 8)).toBe("2017/18");
    expect(wheelYearLabel(1999, 9)).toBe("1999/00");
    expect(wheelYearLabel(2017, 1)).toBe("2017");
  });
});
