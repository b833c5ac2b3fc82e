import {
  type Activity,
  type DatePrecision,
  formatDanishDate,
  isoDayNumber,
  type Locale,
  type PlanDocument,
} from "@milepael/core/lite";

/**
 * The key of a row within a lane (a timeline's row of items, a wheel's ring), for maps.
 *
 * @example
 * itemsByRow.get(rowKey(item.lane, item.row));
 */
export function rowKey(lane: string, row: number): string {
  return `${lane}\u0000${row}`;
}

/** The fields an activity can be laid out in lanes by. */
export const laneFields = ["theme", "participants", "responsible", "track", "none"] as const;
export type LaneField = (typeof laneFields)[number];

/** An activity as the plan widgets show it: its title, name, date in words and lane. */
export interface PlanItem {
  id: string;
  activity: Activity;
  title: string;
  /** "Cykeltur rundt i Ballerup, 21. maj 2017": the item's accessible name. */
  name: string;
  /** The date in words, or the author's text when it was not understood. */
  when: string;
  lane: string;
}

/** An activity placed in time: day numbers, end exclusive. */
export interface TimelineItem extends PlanItem {
  /** Each interval the item may occupy: one, or one per alternative of an either-or date. */
  segments: { start: number; end: number }[];
  start: number;
  end: number;
  precision: DatePrecision | null;
  approximate: boolean;
  eitherOr: boolean;
  /** A single day: drawn as a diamond. */
  point: boolean;
  /** Row within the lane, so that items never overlap. */
  row: number;
}

/** Activities that cannot be placed in time: ongoing ones and those whose date was not understood. */
export interface UnplacedItem extends PlanItem {
  ongoing: boolean;
}

export interface TimelineLayout {
  items: TimelineItem[];
  unplaced: UnplacedItem[];
  /** Lanes in order of first appearance, each with how many rows it needs. */
  lanes: { key: string; rows: number }[];
  /** The span of all placed items. */
  extent: { start: number; end: number } | null;
}

function laneOfTrack(track: PlanDocument["tracks"][number] | undefined, fallback: string): string {
  return track ? [track.label, track.title].filter(Boolean).join(". ") : fallback;
}

function laneOf(activity: Activity, laneBy: LaneField, plan: PlanDocument, fallback: string): string {
  switch (laneBy) {
    case "none":
      return "";
    case "track":
      return laneOfTrack(
        plan.tracks.find((candidate) => candidate.id === activity.track),
        fallback,
      );
    case "theme":
    case "participants":
    case "responsible":
      return activity[laneBy]?.trim() || fallback;
    default:
      return laneBy satisfies never;
  }
}

/**
 * What of a timeline's layout does not depend on the zoom: each activity's interval, name and
 * lane, the lanes in order, the keyboard order (time, then lane) and the span. Rows come from
 * `packTimeline`, which is all a zoom has to do again.
 */
export interface PreparedTimeline {
  /** Placed items, row 0 each, in the plan's order. */
  items: TimelineItem[];
  unplaced: UnplacedItem[];
  /** Lane keys in order of first appearance, with the indices of their placed items. */
  lanes: { key: string; members: number[] }[];
  /** Indices into `items` in keyboard order: by start, then lane, longer first, then plan order. */
  order: Int32Array;
  extent: { start: number; end: number } | null;
}

/**
 * The zoom-independent part of `layoutTimeline`: dates read and formatted once, lanes found,
 * the keyboard order sorted on numeric keys.
 *
 * @example
 * const prepared = prepareTimeline(plan, { laneBy: "theme", locale: "da", noLane: "Øvrige" });
 * packTimeline(prepared).lanes; // [{ key: "Kommunikation", rows: 2 }, …]
 */
export function prepareTimeline(
  plan: PlanDocument,
  options: { laneBy: LaneField; locale: Locale; noLane: string },
): PreparedTimeline {
  const items: TimelineItem[] = [];
  const unplaced: UnplacedItem[] = [];
  const laneIndex = new Map<string, number>();
  const lanes: { key: string; members: number[] }[] = [];
  const itemLane: number[] = [];
  const trackLanes =
    options.laneBy === "track" ? new Map(plan.tracks.map((track) => [track.id, track])) : undefined;
  for (const activity of plan.activities) {
    const lane =
      trackLanes === undefined
        ? laneOf(activity, options.laneBy, plan, options.noLane)
        : laneOfTrack(activity.track == null ? undefined : trackLanes.get(activity.track), options.noLane);
    let index = laneIndex.get(lane);
    if (index === undefined) {
      index = lanes.length;
      laneIndex.set(lane, index);
      lanes.push({ key: lane, members: [] });
    }
    const date = activity.date;
    const when =
      date.kind === null
        ? date.text
        : formatDanishDate(
            { ok: true, ...date, kind: date.kind, precision: date.precision ?? "day" },
            { locale: options.locale },
          );
    const title = activity.title.trim() || activity.theme || activity.id;
    const name = when ? `${title}, ${when}` : title;
    if (date.start === null || date.end === null || date.kind === null) {
      unplaced.push({ id: activity.id, activity, title, name, when, lane, ongoing: date.ongoing });
      continue;
    }
    let start: number;
    let end: number;
    let segments: { start: number; end: number }[];
    if (date.alternatives && date.alternatives.length > 0) {
      segments = date.alternatives
        .filter(
          (interval): interval is { start: string; end: string } =>
            interval.start !== null && interval.end !== null,
        )
        .map((interval) => ({ start: isoDayNumber(interval.start), end: isoDayNumber(interval.end) + 1 }));
      start = Math.min(...segments.map((segment) => segment.start));
      end = Math.max(...segments.map((segment) => segment.end));
    } else {
      start = isoDayNumber(date.start);
      end = isoDayNumber(date.end) + 1;
      segments = [{ start, end }];
    }
    lanes[index]?.members.push(items.length);
    itemLane.push(index);
    items.push({
      id: activity.id,
      activity,
      title,
      name,
      when,
      lane,
      segments,
      start,
      end,
      precision: date.precision,
      approximate: date.approximate,
      eitherOr: date.eitherOr,
      point: end - start === 1 && date.precision === "day",
      row: 0,
    });
  }
  // Within a lane, first-fit packing gives items that start together rising rows in this order,
  // so the order by (start, lane, longer first) is the order by (start, row) of any packing.
  const order = Int32Array.from(items.keys()).sort((a, b) => {
    const x = items[a] as TimelineItem;
    const y = items[b] as TimelineItem;
    return x.start - y.start || (itemLane[a] ?? 0) - (itemLane[b] ?? 0) || y.end - x.end || a - b;
  });
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    if (item.start < first) first = item.start;
    if (item.end > last) last = item.end;
  }
  return {
    items,
    unplaced,
    lanes,
    order,
    extent: items.length === 0 ? null : { start: first, end: last },
  };
}

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
 * Places a plan's activities in time and in lanes: intervals as day numbers, either-or dates as
 * their alternatives, rows within each lane so that nothing overlaps. Ongoing and undated
 * activities are kept apart, never dropped. `prepareTimeline` and `packTimeline` are its two
 * halves, for a view that zooms.
 *
 * @example
 * layoutTimeline(plan, { laneBy: "theme", locale: "da" }).items[0]?.name; // "Kick-off, 8. maj 2017"
 */
export function layoutTimeline(
  plan: PlanDocument,
  options: {
    laneBy: LaneField;
    locale: Locale;
    noLane: string;
    /** How many days a single day's label takes at the current zoom, so labels do not collide. */
    labelDays?: (title: string) => number;
  },
): TimelineLayout {
  const { labelDays } = options;
  return packTimeline(prepareTimeline(plan, options), (item) =>
    item.point ? Math.max(3, labelDays?.(item.title) ?? 3) : 0,
  );
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

/**
 * The span of a plan's dated activities, as day numbers (end exclusive), without laying it out.
 *
 * @example
 * planExtent(plan); // { start: 17167, end: 17288 }
 */
export function planExtent(plan: PlanDocument): { start: number; end: number } | null {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const { date } of plan.activities) {
    if (date.start === null || date.end === null || date.kind === null) continue;
    start = Math.min(start, isoDayNumber(date.start));
    end = Math.max(end, isoDayNumber(date.end) + 1);
  }
  return Number.isFinite(start) ? { start, end } : null;
}
