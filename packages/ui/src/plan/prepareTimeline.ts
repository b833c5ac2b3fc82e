import {
  type Activity,
  formatDanishDate,
  isoDayNumber,
  type Locale,
  type PlanDocument,
} from "@milepael/core/lite";
import type { LaneField, TimelineItem, UnplacedItem } from "./layout";

// The part of a layout that does not depend on the zoom, done once per plan: dates read and
// formatted, lanes found, the keyboard order sorted. Rows are `packTimeline`'s (packRows.ts).

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
