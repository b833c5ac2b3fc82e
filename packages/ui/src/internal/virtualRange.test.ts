import { describe, expect, it } from "vitest";
import { RowHeights } from "./rowHeights";
import { drawnRange, rangeHolds, visibleRows } from "./virtualRange";

const rows = (count: number, height = 40) => new RowHeights(new Float64Array(count).fill(height));

describe("virtual range", () => {
  it("draws the rows in view with the overscan on both sides when the view has not scrolled", () => {
    expect(drawnRange(rows(100), { top: 410, height: 200 }, 2)).toEqual({ first: 8, last: 17 });
  });

  it("draws the rows within `ahead` pixels below a view scrolling down, above one scrolling up", () => {
    expect(drawnRange(rows(100), { top: 410, height: 200 }, 2, 320)).toEqual({ first: 8, last: 25 });
    expect(drawnRange(rows(100), { top: 410, height: 200 }, 2, -320)).toEqual({ first: 0, last: 17 });
  });

  it("keeps within the list at its ends", () => {
    expect(drawnRange(rows(20), { top: 700, height: 200 }, 4, 800)).toEqual({ first: 11, last: 19 });
  });

  it("shows a list shorter than the scroll position at its end", () => {
    expect(visibleRows(rows(10), { top: 5_000, height: 200 })).toEqual({ first: 5, last: 9 });
  });

  it("holds while every row in view and the overscan beside it are drawn, not once one is missing", () => {
    const drawn = drawnRange(rows(100), { top: 410, height: 200 }, 2, 320);
    expect(rangeHolds(drawn, rows(100), { top: 600, height: 200 }, 2)).toBe(true);
    expect(rangeHolds(drawn, rows(100), { top: 800, height: 200 }, 2)).toBe(false);
    expect(rangeHolds(drawn, rows(100), { top: 380, height: 200 }, 2)).toBe(false);
    expect(rangeHolds({ first: 0, last: 9 }, rows(10), { top: 0, height: 200 }, 2)).toBe(true);
  });
});
