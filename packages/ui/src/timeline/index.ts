"use client";
export { ActivityDetails, type ActivityDetailsProps } from "../plan/ActivityDetails";
export {
  type LaneField,
  laneFields,
  layoutTimeline,
  type TimelineItem,
  type TimelineLayout,
} from "../plan/layout";
// The selection's props, public so a host can keep one selection for a timeline and a wheel.
export type { SelectionState } from "../plan/selection";
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
