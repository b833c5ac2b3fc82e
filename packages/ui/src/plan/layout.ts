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

function laneOf(activity: Activity, laneBy: LaneField, plan: PlanDocument, fallback: string): string {
  switch (laneBy) {
    case "none":
      return "";
    case "track": {
      const track = plan.tracks.find((candidate) => candidate.id === activity.track);
      return track ? [track.label, track.title].filter(Boolean).join(". ") : fallback;
    }
    case "theme":
    case "participants":
    case "responsible":
      return activity[laneBy]?.trim() || fallback;
    default:
      return laneBy satisfies never;
  }
}

/**
 * Places a plan's activities in time and in lanes: intervals as day numbers, either-or dates as
 * their alternatives, rows within each lane so that nothing overlaps. Ongoing and undated
 * activities are kept apart, never dropped.
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
  const items: TimelineItem[] = [];
  const unplaced: UnplacedItem[] = [];
  const laneOrder: string[] = [];
  for (const activity of plan.activities) {
    const lane = laneOf(activity, options.laneBy, plan, options.noLane);
    if (!laneOrder.includes(lane)) laneOrder.push(lane);
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
    const segments = (date.alternatives && date.alternatives.length > 0 ? date.alternatives : [date])
      .filter(
        (interval): interval is { start: string; end: string } =>
          interval.start !== null && interval.end !== null,
      )
      .map((interval) => ({ start: isoDayNumber(interval.start), end: isoDayNumber(interval.end) + 1 }));
    const start = Math.min(...segments.map((segment) => segment.start));
    const end = Math.max(...segments.map((segment) => segment.end));
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
  const room = (item: TimelineItem) => (item.point ? Math.max(3, options.labelDays?.(item.title) ?? 3) : 0);
  const lanes = laneOrder.map((key) => ({
    key,
    rows: packRows(
      items.filter((item) => item.lane === key),
      room,
    ),
  }));
  return {
    items,
    unplaced,
    // Lanes whose activities are all ongoing or undated have nothing to draw on the axis.
    lanes: lanes.filter((lane) => lane.rows > 0),
    extent:
      items.length === 0
        ? null
        : {
            start: Math.min(...items.map((item) => item.start)),
            end: Math.max(...items.map((item) => item.end)),
          },
  };
}

/**
 * Gives each item the first row where it overlaps nothing (greedy by start), and returns how
 * many rows the lane needs. `room` reserves days after an item's start for its label (single
 * days draw their name beside the diamond).
 *
 * @example
 * packRows([{ start: 0, end: 5, row: 0 }, { start: 2, end: 3, row: 0 }]); // 2
 */
export function packRows<T extends { start: number; end: number; row: number }>(
  items: T[],
  room: (item: T) => number = () => 0,
): number {
  const rowEnds: number[] = [];
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const item of sorted) {
    const end = Math.max(item.end, item.start + room(item));
    let row = rowEnds.findIndex((rowEnd) => rowEnd <= item.start);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(end);
    } else rowEnds[row] = end;
    item.row = row;
  }
  return rowEnds.length;
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
