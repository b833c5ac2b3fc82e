"use client";
export { ActivityDetails, type ActivityDetailsProps } from "../plan/ActivityDetails";
export {
  type LaneField,
  laneFields,
  layoutTimeline,
  type TimelineItem,
  type TimelineLayout,
} from "../plan/layout";
export { AgendaList, type AgendaListProps } from "./AgendaList";
export { followUpMilestones } from "./followUpMilestones";
export { axisTicks, type TickUnit, tickUnitFor } from "./geometry";
export { type DateRange, Timeline, type TimelineProps } from "./Timeline";
export { type TimelineRow, type TimelineRows, timelineRows } from "./timelineRows";
export {
  type TimelineModel,
  type TimelineState,
  type TimelineView,
  type UseTimelineOptions,
  useTimeline,
} from "./useTimeline";
// Types the timeline's state is built from, public so hosts can name them (one selection shared
// by a timeline and a wheel on one page, a range kept by the host).
export type { SelectionState } from "../plan/selection";
export type { TimelineRangeState } from "./useTimelineRange";
