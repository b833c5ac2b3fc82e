import { rowKey, type TimelineItem, type TimelineLayout } from "../plan/layout";

/** A line of the timeline's body: a lane's heading, or one row of a lane's items. */
export type TimelineRow =
  | { kind: "lane"; key: string; count: number }
  | { kind: "items"; lane: string; row: number };

/** The rows of a layout and how to find items in them. */
export interface TimelineRows {
  rows: TimelineRow[];
  /** Items by `rowKey(lane, row)`. */
  itemsByRow: Map<string, TimelineItem[]>;
  /** Row index by `rowKey(lane, row)`. */
  rowIndexOf: Map<string, number>;
  /** Keyboard order: time first, then lane and row. */
  order: TimelineItem[];
}

/**
 * The timeline's rows: a heading per lane (unless there is a single unnamed lane), then the lane's
 * rows of items; with the items of each row, each row's index and the keyboard order.
 *
 * @example
 * timelineRows(layoutTimeline(plan, { laneBy: "theme", locale: "da", noLane: "Øvrige" })).rows[0];
 * // { kind: "lane", key: "Kommunikation", count: 4 }
 */
export function timelineRows(
  layout: TimelineLayout,
  /** The keyboard order as indices into `layout.items`, when known (`prepareTimeline` gives it). */
  keyboardOrder?: Int32Array,
): TimelineRows {
  const rows: TimelineRow[] = [];
  const counts = new Map<string, number>();
  for (const item of layout.items) counts.set(item.lane, (counts.get(item.lane) ?? 0) + 1);
  for (const lane of layout.lanes) {
    if (!(layout.lanes.length === 1 && lane.key === "")) {
      rows.push({ kind: "lane", key: lane.key, count: counts.get(lane.key) ?? 0 });
    }
    for (let row = 0; row < lane.rows; row += 1) rows.push({ kind: "items", lane: lane.key, row });
  }
  const itemsByRow = new Map<string, TimelineItem[]>();
  for (const item of layout.items) {
    const key = rowKey(item.lane, item.row);
    const list = itemsByRow.get(key);
    if (list) list.push(item);
    else itemsByRow.set(key, [item]);
  }
  const rowIndexOf = new Map<string, number>();
  rows.forEach((row, index) => {
    if (row.kind === "items") rowIndexOf.set(rowKey(row.lane, row.row), index);
  });
  const indexOf = (item: TimelineItem) => rowIndexOf.get(rowKey(item.lane, item.row)) ?? 0;
  const order = keyboardOrder
    ? Array.from(keyboardOrder, (index) => layout.items[index] as TimelineItem)
    : [...layout.items].sort((a, b) => a.start - b.start || indexOf(a) - indexOf(b));
  return { rows, itemsByRow, rowIndexOf, order };
}

/**
 * The item in the nearest row above or below that starts closest to an item: where ArrowUp and
 * ArrowDown go.
 *
 * @example
 * nearestInRow(rows, item, 1); // the item below
 */
export function nearestInRow(
  { rows, itemsByRow, rowIndexOf }: TimelineRows,
  item: TimelineItem,
  direction: 1 | -1,
): TimelineItem | undefined {
  const from = rowIndexOf.get(rowKey(item.lane, item.row)) ?? 0;
  for (let next = from + direction; next >= 0 && next < rows.length; next += direction) {
    const row = rows[next];
    if (row?.kind !== "items") continue;
    const candidates = itemsByRow.get(rowKey(row.lane, row.row)) ?? [];
    if (candidates.length === 0) continue;
    return candidates.reduce((best, candidate) =>
      Math.abs(candidate.start - item.start) < Math.abs(best.start - item.start) ? candidate : best,
    );
  }
  return undefined;
}
