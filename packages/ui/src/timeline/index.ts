"use client";
export { ActivityDetails, type ActivityDetailsProps } from "./ActivityDetails";
export { AgendaList, type AgendaListProps } from "./AgendaList";
export { followUpMilestones } from "./followUpMilestones";
export {
  axisTicks,
  dayNumber,
  isoDate,
  isoWeek,
  type LaneField,
  laneFields,
  layoutTimeline,
  packRows,
  type TickUnit,
  type TimelineItem,
  type TimelineLayout,
  tickUnitFor,
} from "./geometry";
export { type DateRange, Timeline, type TimelineProps } from "./Timeline";
