import { describe, expect, it } from "vitest";
import { RowHeights } from "./rowHeights";

const naiveStart = (sizes: readonly number[], index: number) =>
  sizes.slice(0, index).reduce((sum, size) => sum + size, 0);

describe("RowHeights", () => {
  it("gives each row's start, the total and the row at an offset", () => {
    const heights = new RowHeights(new Float64Array([44, 44, 240, 44, 60]));
    expect([0, 1, 2, 3, 4, 5].map((index) => heights.start(index))).toEqual([0, 44, 88, 328, 372, 432]);
    expect(heights.total).toBe(432);
    expect(heights.indexAt(0)).toBe(0);
    expect(heights.indexAt(43)).toBe(0);
    expect(heights.indexAt(44)).toBe(1);
    expect(heights.indexAt(100)).toBe(2);
    expect(heights.indexAt(10_000)).toBe(4);
  });

  it("moves only what follows a row whose height changed, as a full re-lay-out would place it", () => {
    const sizes = Array.from({ length: 1000 }, (_, index): number => (index % 7 === 0 ? 240 : 44));
    const heights = new RowHeights(Float64Array.from(sizes));
    for (const [index, height] of [
      [3, 66],
      [500, 20],
      [999, 300],
      [0, 44],
    ] as const) {
      expect(heights.set(index, height)).toBe(height - (sizes[index] ?? 0));
      sizes[index] = height;
    }
    for (const index of [0, 1, 4, 250, 501, 999, 1000])
      expect(heights.start(index)).toBe(naiveStart(sizes, index));
    for (const index of [0, 4, 501, 999]) {
      const start = naiveStart(sizes, index);
      expect(heights.indexAt(start)).toBe(index);
      expect(heights.indexAt(start + (sizes[index] ?? 0) - 1)).toBe(index);
    }
  });

  it("has no rows to find in an empty list", () => {
    const heights = new RowHeights(new Float64Array(0));
    expect(heights.total).toBe(0);
    expect(heights.indexAt(100)).toBe(0);
  });
});
