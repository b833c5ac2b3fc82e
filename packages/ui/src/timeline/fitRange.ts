import type { PreparedTimeline } from "../plan/prepareTimeline";
import { labelPlacement } from "./labels";

// The span a timeline first shows and the one "Vis hele planen" (0) shows: pure, so the hook
// only memoises them per plan, width and label widths.

/**
 * The span most of a plan's activities fall in: the shortest window holding 85 % of them, when it
 * is much shorter than the whole plan (a few activities far out would otherwise squeeze the rest
 * into a corner of the first view); else the whole plan. "Vis hele planen" shows all.
 *
 * @example
 * focusWindow(prepareTimeline(plan, options)); // { start: 17167, end: 17288 }
 */
export function focusWindow(prepared: PreparedTimeline): { start: number; end: number } | null {
  const { items, order, extent } = prepared;
  const count = Math.ceil(items.length * 0.85);
  if (extent === null || items.length < 8) return extent;
  let best = extent;
  // Windows of `count` items by start; the latest end in each from a sliding-maximum queue.
  const queue: number[] = [];
  let head = 0;
  for (let last = 0; last < order.length; last += 1) {
    const end = items[order[last] ?? 0]?.end ?? 0;
    while (queue.length > head && (items[order[queue.at(-1) ?? 0] ?? 0]?.end ?? 0) <= end) queue.pop();
    queue.push(last);
    const first = last - count + 1;
    if (first < 0) continue;
    while ((queue[head] ?? 0) < first) head += 1;
    const start = items[order[first] ?? 0]?.start ?? 0;
    const windowEnd = items[order[queue[head] ?? 0] ?? 0]?.end ?? 0;
    if (windowEnd - start < best.end - best.start) best = { start, end: windowEnd };
  }
  return best.end - best.start < 0.6 * (extent.end - extent.start) ? best : extent;
}

/**
 * A span with a small margin, widened so that the labels drawn beside its last activities end
 * inside the view too (a label's width in days grows with the span). Without a window, the 30
 * days either side of `today`.
 *
 * @example
 * fitRange(prepared, prepared.extent, today, 980, (index) => widths[index] ?? 0); // { start: 17164, end: 17299 }
 */
export function fitRange(
  prepared: PreparedTimeline,
  window: { start: number; end: number } | null,
  today: number,
  width: number,
  labelPx: (index: number) => number,
) {
  if (window === null) return { start: today - 30, end: today + 30 };
  const margin = Math.max(3, Math.round((window.end - window.start) * 0.03));
  const start = window.start - margin;
  let span = window.end + margin - start;
  // Three rounds suffice: a wider span only turns more labels from inside their bars to beside them.
  for (let round = 0; round < 3; round += 1) {
    let needed = span;
    prepared.items.forEach((item, index) => {
      if (item.start < start || item.start >= start + span) return;
      const placement = labelPlacement(item, labelPx(index), width, span);
      if (placement.side === "inside" || placement.anchor > window.end) return;
      // The label ends inside the view: anchor + extraPx / width * S <= start + S.
      const share = placement.extraPx / width;
      if (share < 0.6) needed = Math.max(needed, (placement.anchor - start) / (1 - share));
    });
    if (needed <= span) break;
    span = needed;
  }
  return { start, end: Math.ceil(start + span) };
}
