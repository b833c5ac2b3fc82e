import type { RowHeights } from "./rowHeights";

/** The scrolling element's visible part: its scroll position and height, in pixels. */
export interface Viewport {
  top: number;
  height: number;
}

/** Rows `first` to `last`, inclusive. */
export interface DrawnRange {
  first: number;
  last: number;
}

/** The view's top, within the rows (a list shorter than the scroll position is seen at its end). */
const clampedTop = (heights: RowHeights, view: Viewport) =>
  Math.min(view.top, Math.max(0, heights.total - view.height));

/**
 * The rows in a view. A list shorter than the scroll position is shown at its end, where the
 * browser is about to clamp the position.
 *
 * @example
 * visibleRows(new RowHeights(new Float64Array(100).fill(40)), { top: 410, height: 200 }); // { first: 10, last: 15 }
 */
export function visibleRows(heights: RowHeights, view: Viewport): DrawnRange {
  const top = clampedTop(heights, view);
  return { first: heights.indexAt(top), last: heights.indexAt(top + view.height) };
}

/**
 * The rows to draw for a view: its rows, `overscan` rows more on each side, and the rows within
 * `ahead` pixels in the direction the reader scrolls (below when positive, above when negative).
 * Drawn ahead, the rows serve the next frames as they are (`rangeHolds`): a fast scroll renders
 * once every few frames, not on every one.
 *
 * @example
 * drawnRange(new RowHeights(new Float64Array(100).fill(40)), { top: 410, height: 200 }, 2, 320); // { first: 8, last: 25 }: rows 10–15 in view, 16–23 ahead
 */
export function drawnRange(heights: RowHeights, view: Viewport, overscan: number, ahead = 0): DrawnRange {
  const top = clampedTop(heights, view);
  return {
    first: Math.max(0, heights.indexAt(top + Math.min(0, ahead)) - overscan),
    last: Math.min(heights.count - 1, heights.indexAt(top + view.height + Math.max(0, ahead)) + overscan),
  };
}

/**
 * Whether drawn rows still serve a view: every row in it is drawn, and `overscan` rows on each
 * side of it (the rows drawn ahead are extra; the reader may never reach them).
 *
 * @example
 * rangeHolds({ first: 8, last: 25 }, new RowHeights(new Float64Array(100).fill(40)), { top: 600, height: 200 }, 2); // true
 */
export function rangeHolds(
  range: DrawnRange,
  heights: RowHeights,
  view: Viewport,
  overscan: number,
): boolean {
  if (heights.count === 0) return true;
  const visible = visibleRows(heights, view);
  return (
    range.first <= Math.max(0, visible.first - overscan) &&
    range.last >= Math.min(heights.count - 1, visible.last + overscan)
  );
}
