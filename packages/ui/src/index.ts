"use client";
// Styles are not imported here: hosts import `@milepael/ui/styles.css` once.

// Locale
export { LocaleProvider, type LocaleProviderProps, useLocale } from "./locale";

// Status marks
export {
  Smiley,
  SmileyLegend,
  type SmileyLegendProps,
  type SmileyProps,
  type SmileySize,
  StatusBadge,
  type StatusBadgeProps,
} from "./smiley";

// Rich text from documents, sanitised
export { RichText, type RichTextProps } from "./richText";

// Milestone table
export {
  InitiativeDetail,
  type InitiativeDetailProps,
  MilestoneTable,
  type MilestoneTableProps,
  type MilestoneTableModel,
  type MilestoneTableState,
  milestoneColumnLabel,
  milestoneViewCsv,
  toMilestoneRows,
  useMilestoneTable,
  warmSearchText,
} from "./milestoneTable";

// Assessing a round: `@milepael/ui/assessment` (not here: it carries core's message catalogue).

// Status summary
export { StatusSummary, type StatusSummaryProps } from "./statusSummary";

// Plans in time: timeline, agenda list, annual wheel
export {
  ActivityDetails,
  AgendaList,
  type AgendaListProps,
  type DateRange,
  type LaneField,
  Timeline,
  type TimelineModel,
  type TimelineProps,
  useTimeline,
} from "./timeline";
export {
  AnnualWheel,
  type AnnualWheelModel,
  type AnnualWheelProps,
  useAnnualWheel,
  wheelPng,
  wheelSvg,
} from "./annualWheel";

// Charts are only in their own entry, `@milepael/ui/charts`, so that the main entry never loads
// recharts; the meeting widgets only in `@milepael/ui/meetings`, so that plan and follow-up pages
// do not carry them.
