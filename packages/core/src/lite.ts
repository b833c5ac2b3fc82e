// `@milepael/core/lite`: what widgets need at run time (statuses, labels, dates, roll-ups, rich
// text, CSV cells) without the zod schemas and importers, so a smiley does not load zod. Every
// name here is also exported from the main entry; the model's types come from there.

export { checkAssessmentState } from "./assessment/checkAssessmentState";
export type { RoundChange, RoundDiff } from "./assessment/diffRounds";
export { diffRounds, economyStatusAt, initiativeName } from "./assessment/diffRounds";
// Assessing a follow-up round (issue #20): pure operations, the reading guide, the history
export type {
  AssessedEvent,
  AssessmentTarget,
  HistoryEvent,
  ReadingGuide,
  RoundPublishedEvent,
  RoundReopenedEvent,
  RoundStartedEvent,
  RoundState,
} from "./assessment/history.schema";
export type { Actor, AssessmentInput, AssessmentOperation, OperationResult } from "./assessment/operations";
export {
  applyEvent,
  applyOperation,
  assess,
  isTimestamp,
  notAssessedAt,
  openRound,
  publishRound,
  reopenRound,
  replayHistory,
  startRound,
  undoAssessment,
  validateAssessment,
} from "./assessment/operations";
export type { ResolvedReadingGuide } from "./assessment/readingGuide";
export { defaultReadingGuide, levelsFor, resolveReadingGuide } from "./assessment/readingGuide";
export type { WorklistItem } from "./assessment/roundWorklist";
export { roundWorklist } from "./assessment/roundWorklist";
export { summariseRound } from "./assessment/summariseRound";
// Calendar arithmetic on plain dates as day numbers
export {
  dayNumber,
  daysInMonth,
  fromDayNumber,
  isLeapYear,
  isoDayNumber,
  isoWeekday,
  isoWeekInterval,
  isoWeekOf,
  isoWeeksInYear,
  parseIsoDate,
  toIsoDate,
} from "./date/calendar";
export type { DateSortOptions } from "./date/compareDanishDates";
export { compareDanishDates, dateSortKey } from "./date/compareDanishDates";
export type { FormatDanishDateOptions } from "./date/formatDanishDate";
export { formatDanishDate } from "./date/formatDanishDate";
export { monthName } from "./date/monthName";
// Danish date expressions
export { parseDanishDate } from "./date/parseDanishDate";
export type {
  DanishDateResult,
  DateFailureReason,
  DateInterval,
  DateKind,
  DatePrecision,
  ParseDanishDateOptions,
  ParsedDanishDate,
  RoundCalendarEntry,
  UnparsedDanishDate,
} from "./date/types";
export { dateFailureReasons, dateKinds, datePrecisions } from "./date/types";
// CSV cells for Excel
export { csvField, toCsv } from "./import/shared/csv";
export { attentionReasonLabel } from "./i18n/attentionReasons";
export { dateFailureMessage } from "./i18n/dateReasons";
// Meetings for widgets: the decision log's rows, meetings on the timeline and wheel, outcome words
export { decisionOutcomeLabels } from "./i18n/decisionOutcomeLabels";
export type { Locale } from "./i18n/locale";
// Locales and labels
export { defaultLocale, intlLocale, locales, toLocale } from "./i18n/locale";
export type { StatusLabel } from "./i18n/statusLabels";
export { lifecycleLabel, statusLabel } from "./i18n/statusLabels";
// A file's bytes as text: encodings and binary files, the same in Node and browsers
export type { DecodedText, TextEncoding } from "./import/shared/decodeText";
export { decodeText, textEncodings } from "./import/shared/decodeText";
export type { BinaryKind } from "./import/shared/sniffBinary";
export { binaryKinds, sniffBinary } from "./import/shared/sniffBinary";
export type { DecisionRow } from "./meetings/decisionRows";
export { decisionRows } from "./meetings/decisionRows";
export { meetingsAsPlan } from "./meetings/meetingsAsPlan";
export type { MeetingsSummaryRow } from "./meetings/summarizeMeetings";
export { summarizeMeetings } from "./meetings/summarizeMeetings";
export type {
  BudgetFollowUp,
  Economy,
  Initiative,
  InitiativeKind,
  Milestone,
  Round,
  Section,
} from "./model/budgetFollowUp.schema";
// The model's types (types only: no schema code comes with them)
export type { DateExpression } from "./model/common.schema";
export type { MilepaelDocument } from "./model/document.schema";
export type {
  DecisionOutcome,
  Meeting,
  MeetingItem,
  MeetingKind,
  MeetingsDocument,
  RelatedDocument,
} from "./model/meetings.schema";
export type { DocumentMetadata } from "./model/metadata.schema";
export type { Activity, PlanDocument, Track } from "./model/plan.schema";
export type { RichNode, RichTextTag, SanitizedRichText } from "./richText/richText";
// Rich text
export {
  decodeEntities,
  maxRichTextDepth,
  parseRichText,
  richTextToPlainText,
  sanitizeRichText,
} from "./richText/richText";
export type { DerivedStatus, Trend } from "./rules/assessment";
// Status rules, roll-ups and attention
export {
  compareStatuses,
  initiativeTrend,
  latestAssessedRound,
  milestoneStatusAt,
  reportingRound,
  suggestedOverallStatus,
} from "./rules/assessment";
export type { AttentionItem, AttentionReason } from "./rules/needsAttention";
export { attentionReasons, needsAttention } from "./rules/needsAttention";
export type { RollUpDimension, RollUpGroup, RoundCounts, StatusCounts } from "./rules/rollUp";
export { countStatuses, rollUp, rollUpDimensions } from "./rules/rollUp";
export type { AssessedLevel, LifecycleState, SmileyFace, Status, StatusScale } from "./status/status";
// Status values, scales and faces
export {
  assessedLevels,
  isDefinedOnScale,
  lifecycleStates,
  scaleLevels,
  statusFace,
  statusScales,
  statusSeverity,
  statusValues,
} from "./status/status";
