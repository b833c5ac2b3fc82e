import type { TimelineItem, TimelineLayout } from "./layout";
import type { PreparedTimeline } from "./prepareTimeline";

// Rows within a lane so that nothing overlaps: the only step a zoom repeats, since labels take
// room in days that depends on the span. Also packs the wheel's rings (by angle, not day).

/**
 * The zoom-dependent part of `layoutTimeline`: rows within each lane so that nothing overlaps,
 * `room` reserving days after an item's start for its label. Returns new items; the prepared ones
 * are left as they are.
 *
 * @example
 * packTimeline(prepareTimeline(plan, options), (item) => (item.point ? 12 : 0)).lanes;
 */
export function packTimeline(
  prepared: PreparedTimeline,
  room?: (item: TimelineItem, index: number) => number,
): TimelineLayout {
  const items = prepared.items.map((item) => ({ ...item }));
  const reserve = room ? Float64Array.from(prepared.items, room) : undefined;
  const reserved = reserve && ((record: { index: number }) => reserve[record.index] ?? 0);
  const lanes: { key: string; rows: number }[] = [];
  for (const lane of prepared.lanes) {
    // Lanes whose activities are all ongoing or undated have nothing to draw on the axis.
    if (lane.members.length === 0) continue;
    const records = lane.members.map((index) => {
      const item = items[index] as TimelineItem;
      return { start: item.start, end: item.end, row: 0, index };
    });
    lanes.push({ key: lane.key, rows: packRows(records, reserved) });
    for (const record of records) (items[record.index] as TimelineItem).row = record.row;
  }
  return { items, unplaced: prepared.unplaced, lanes, extent: prepared.extent };
}

/**
 * Gives each item the first row where it overlaps nothing (greedy by start), and returns how
 * many rows the lane needs. `room` reserves days after an item's start for its label (single
 * days draw their name beside the diamond). The lowest free row is found in a segment tree of
 * the rows' ends, so a lane of thousands of rows costs a logarithm per item, not a scan.
 *
 * @example
 * packRows([{ start: 0, end: 5, row: 0 }, { start: 2, end: 3, row: 0 }]); // 2
 */
export function packRows<T extends { start: number; end: number; row: number }>(
  items: T[],
  room: (item: T) => number = () => 0,
): number {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  let size = 1;
  while (size < sorted.length) size *= 2;
  // Leaves: each row's end (rows not yet opened are never free); inner nodes: their children's minimum.
  const tree = new Float64Array(2 * size).fill(Number.POSITIVE_INFINITY);
  let rows = 0;
  for (const item of sorted) {
    const end = Math.max(item.end, item.start + room(item));
    let row: number;
    if (tree[1] !== undefined && tree[1] <= item.start) {
      let node = 1;
      while (node < size)
        node = (tree[2 * node] ?? Number.POSITIVE_INFINITY) <= item.start ? 2 * node : 2 * node + 1;
      row = node - size;
    } else {
      row = rows;
      rows += 1;
    }
    let node = row + size;
    tree[node] = end;
    for (node >>= 1; node >= 1; node >>= 1) {
      tree[node] = Math.min(
        tree[2 * node] ?? Number.POSITIVE_INFINITY,
        tree[2 * node + 1] ?? Number.POSITIVE_INFINITY,
      );
    }
    item.row = row;
  }
  return rows;
}
