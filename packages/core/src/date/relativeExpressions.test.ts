import { describe, expect, it } from "vitest";
import { toDateExpression } from "../model/dateExpression";
import { formatDanishDate } from "./formatDanishDate";
import { parseDanishDate } from "./parseDanishDate";

const interval = (text: string, options = {}) => {
  const parsed = parseDanishDate(text, options);
  return parsed.ok ? { kind: parsed.kind, start: parsed.start, end: parsed.end } : parsed.reason;
};

describe("holiday-relative periods of meeting and process plans", () => {
  it("reads 'inden/før/op til sommerferien' as June and 'efter sommerferien' as August", () => {
    for (const text of ["inden sommerferien", "Før sommerferien", "op til sommerferien"])
      expect(interval(text, { year: 2017 }), text).toEqual({
        kind: "holiday",
        start: "2017-06-01",
        end: "2017-06-30",
      });
    expect(interval("efter sommerferien", { year: 2017 })).toEqual({
      kind: "holiday",
      start: "2017-08-01",
      end: "2017-08-31",
    });
  });

  it("reads 'før jul' as 1-23 December and 'efter nytår' as January of the next year", () => {
    expect(interval("før jul", { year: 2017 })).toEqual({
      kind: "holiday",
      start: "2017-12-01",
      end: "2017-12-23",
    });
    expect(interval("Efter nytår", { year: 2017 })).toEqual({
      kind: "holiday",
      start: "2018-01-02",
      end: "2018-01-31",
    });
    expect(interval("efter nytår 2019", { year: 2017 })).toMatchObject({ start: "2019-01-02" });
  });

  it("marks holiday periods approximate, keeps the text and needs a year", () => {
    const parsed = parseDanishDate("Inden sommerferien", { year: 2017 });
    expect(parsed).toMatchObject({
      ok: true,
      approximate: true,
      yearInferred: true,
      text: "Inden sommerferien",
    });
    expect(interval("inden sommerferien")).toBe("missing-year");
    if (parsed.ok) expect(formatDanishDate(parsed, { locale: "en" })).toBe("before the summer holidays 2017");
  });
});

describe("relative weeks ('uge x+4')", () => {
  it("keeps a relative week relative, with no interval, until an anchor week is given", () => {
    expect(parseDanishDate("Uge x+4")).toMatchObject({
      ok: true,
      kind: "relative-week",
      start: null,
      end: null,
      relativeWeeks: 4,
    });
    expect(toDateExpression("Uge x").relativeWeeks).toBe(0);
  });

  it("resolves against the anchor week, across a year end", () => {
    expect(interval("uge x+4", { anchorWeek: { year: 2017, week: 5 } })).toEqual({
      kind: "week",
      start: "2017-02-27",
      end: "2017-03-05",
    });
    expect(interval("Uge x + 9", { anchorWeek: { year: 2016, week: 50 } })).toEqual({
      kind: "week",
      start: "2017-02-13",
      end: "2017-02-19",
    });
  });

  it("says the relative week in words, and the calendar week once anchored", () => {
    const open = parseDanishDate("Uge x+4");
    const anchored = parseDanishDate("Uge x+4", { anchorWeek: { year: 2017, week: 5 } });
    if (open.ok) expect(formatDanishDate(open)).toBe("uge x+4");
    if (anchored.ok) expect(formatDanishDate(anchored)).toBe("uge x+4 (uge 9 2017)");
  });
});
