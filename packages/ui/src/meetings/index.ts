"use client";
export { type Committee, committeeKey, committees } from "./committees";
export {
  type DecisionFilterColumn,
  type DecisionLogTableRow,
  decisionFilterColumns,
  decisionLogColumns,
} from "./decisionColumns";
export { DecisionLog, type DecisionLogProps } from "./DecisionLog";
export { meetingDate } from "./DecisionLogLine";
export { decisionLogCsv } from "./decisionLogCsv";
export { type DecisionLogRow, outcomeOrder, toDecisionLogRows } from "./decisionRows";
export {
  MeetingCalendar,
  type MeetingCalendarProps,
  type MeetingCalendarView,
  meetingCalendarViews,
} from "./MeetingCalendar";
export { meetingCalendarPlan } from "./meetingCalendarPlan";
export { type MeetingMessages, meetingMessages } from "./messages";
export { OutcomeBadge, type OutcomeBadgeProps } from "./OutcomeBadge";
export {
  type DecisionLogItem,
  type DecisionLogModel,
  type DecisionLogState,
  type UseDecisionLogOptions,
  useDecisionLog,
} from "./useDecisionLog";
// Types the decision log's props and model are built from, public so hosts can name them.
export type { DataTableViewProps } from "../internal/DataTableParts";
export type { Updater } from "../internal/useControllableState";
export type { DataTableState } from "../internal/useDataTableState";
export type { SelectionState } from "../plan/selection";
