import type { Activity, DatePrecision, Locale, PlanDocument } from "@milepael/core/lite";
import { packTimeline } from "./packRows";
import { prepareTimeline } from "./prepareTimeline";

// A plan's activities as the plan widgets (timeline, wheel, tables) show them. Laying them out
// is two steps: `prepareTimeline` (once per plan) and `packTimeline` (again on every zoom).

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
