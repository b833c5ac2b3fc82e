import { isoDayNumber as dayNumber, toIsoDate as isoDate } from "@milepael/core/lite";
import { describe, expect, it } from "vitest";
import { axisTicks, tickUnitFor } from "./geometry";

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
});
