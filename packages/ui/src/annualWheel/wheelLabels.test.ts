import { describe, expect, it } from "vitest";
import { largestGap, textFitsArc, wheelTextPath } from "./wheelLabels";

describe("annual wheel labels", () => {
  it("finds the widest free stretch of a ring, also across 12 o'clock", () => {
    expect(largestGap([])).toEqual({ start: 0, end: 360 });
    expect(
      largestGap([
        { start: 10, end: 50 },
        { start: 300, end: 320 },
      ]),
    ).toEqual({ start: 50, end: 300 });
    expect(
      largestGap([
        { start: 100, end: 200 },
        { start: 210, end: 250 },
      ]),
    ).toEqual({ start: 250, end: 460 });
  });

  it("fits text on an arc only when the ring and the arc have room for it, upright at the bottom", () => {
    expect(textFitsArc("Kick-off", 0, 40, 200, 230)).toBe(true);
    expect(textFitsArc("Kick-off", 0, 5, 200, 230)).toBe(false);
    expect(textFitsArc("Kick-off", 0, 40, 200, 208)).toBe(false);
    expect(wheelTextPath(0, 90, 100)).toBe("M320 220 A100 100 0 0 1 420 320");
    // Across 6 o'clock the path runs counter-clockwise, from its end to its start.
    expect(wheelTextPath(150, 210, 100)).toMatch(/^M270 406\.6 A100 100 0 0 0 370 406\.6$/);
  });
});
