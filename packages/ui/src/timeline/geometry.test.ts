import { isoDayNumber as dayNumber, toIsoDate as isoDate } from "@milepael/core/lite";
import { describe, expect, it } from "vitest";
import { axisTicks, fitTicks, tickUnitFor } from "./geometry";

describe("timeline geometry", () => {
  it("labels the axis in Danish by month, quarter, week and year", () => {
    const start = dayNumber("2017-01-01");
    expect(axisTicks(start, dayNumber("2017-04-01"), "month", "da").map((tick) => tick.label)).toEqual([
      "jan. 2017",
      "feb.",
      "mar.",
      "apr.",
    ]);
    expect(axisTicks(start, dayNumber("2017-12-31"), "quarter", "da").map((tick) => tick.label)).toEqual([
      "1. kvt. 2017",
      "2. kvt. 2017",
      "3. kvt. 2017",
      "4. kvt. 2017",
    ]);
    const weeks = axisTicks(start, dayNumber("2017-01-20"), "week", "da");
    expect(weeks.map((tick) => [isoDate(tick.day), tick.label])).toEqual([
      ["2017-01-02", "uge 1"],
      ["2017-01-09", "uge 2"],
      ["2017-01-16", "uge 3"],
    ]);
    expect(tickUnitFor(30)).toBe("week");
    expect(tickUnitFor(365)).toBe("month");
  });

  it("labels the axis in English by week and quarter", () => {
    const start = dayNumber("2017-01-01");
    expect(
      axisTicks(start, dayNumber("2017-01-10"), "week", "en").map((tick) => [tick.label, tick.title]),
    ).toEqual([
      ["wk 1", "week 1, 2017"],
      ["wk 2", "week 2, 2017"],
    ]);
    expect(axisTicks(start, dayNumber("2017-05-01"), "quarter", "en").map((tick) => tick.label)).toEqual([
      "Q1 2017",
      "Q2 2017",
    ]);
  });

  it("labels the period a view starts in, with its year, and shortens or thins labels that would touch", () => {
    const labels = (start: string, end: string, unit: "month" | "quarter", width: number) =>
      fitTicks(dayNumber(start), dayNumber(end) + 1, unit, "da", width)
        .map((tick) => tick.label)
        .filter(Boolean);
    expect(labels("2017-04-10", "2017-10-15", "month", 1000)).toEqual([
      "apr. 2017",
      "maj",
      "jun.",
      "jul.",
      "aug.",
      "sep.",
      "okt.",
    ]);
    // Too narrow for April: the year moves to the first label that is drawn.
    expect(labels("2017-04-20", "2017-10-15", "month", 340)[0]).toMatch(/^maj 2017|^jun\. 2017/);
    const quarters = labels("2017-01-01", "2018-12-31", "quarter", 340);
    expect(quarters.join(" ")).toMatch(/2017.*2018/);
    expect(labels("2017-01-01", "2018-12-31", "quarter", 1000)).toEqual([
      "1. kvt. 2017",
      "2. kvt. 2017",
      "3. kvt. 2017",
      "4. kvt. 2017",
      "1. kvt. 2018",
      "2. kvt. 2018",
      "3. kvt. 2018",
      "4. kvt. 2018",
    ]);
  });
});
