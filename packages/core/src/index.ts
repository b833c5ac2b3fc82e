// Status values, scales and faces

export { isoWeekOf, isoWeeksInYear } from "./date/calendar";
export type { DateSortOptions } from "./date/compareDanishDates";
export { compareDanishDates, dateSortKey } from "./date/compareDanishDates";
export type { FormatDanishDateOptions } from "./date/formatDanishDate";
export { formatDanishDate } from "./date/formatDanishDate";
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
export type { Diagnostic, DiagnosticCode, DiagnosticLevel, DiagnosticPath } from "./diagnostics/diagnostic";
// Diagnostics
export { diagnostic, diagnosticCodes, hasErrors } from "./diagnostics/diagnostic";
export { diagnosticMessage, formatDiagnostic, formatPath } from "./diagnostics/messages";
export { dateFailureMessage } from "./i18n/dateReasons";
export type { Locale } from "./i18n/locale";
// Locales and labels
export { defaultLocale, locales, toLocale } from "./i18n/locale";
export type { StatusLabel } from "./i18n/statusLabels";
export { lifecycleLabel, statusLabel } from "./i18n/statusLabels";
export type {
  BudgetFollowUp,
  Economy,
  Initiative,
  InitiativeKind,
  Milestone,
  Round,
  Section,
} from "./model/budgetFollowUp.schema";
export {
  budgetFollowUpSchema,
  economyAmountTypes,
  economySchema,
  initiativeKinds,
  initiativeSchema,
  milestoneSchema,
  roundKinds,
  roundSchema,
  sectionSchema,
} from "./model/budgetFollowUp.schema";
export type { DateExpression } from "./model/common.schema";
// The document model
export {
  dateExpressionSchema,
  isoDateSchema,
  lifecycleSchema,
  richTextSchema,
  statusSchema,
} from "./model/common.schema";
export { toDateExpression } from "./model/dateExpression";
export type { DocumentResult, DocumentType, MilepaelDocument } from "./model/document.schema";
export {
  currentSchemaVersion,
  documentJsonSchema,
  milepaelDocumentSchema,
  parseDocumentJson,
  validateDocument,
} from "./model/document.schema";
export type { DocumentMetadata } from "./model/metadata.schema";
export { documentMetadataSchema } from "./model/metadata.schema";
export type { Activity, PlanDocument, Track } from "./model/plan.schema";
export { activitySchema, planDocumentSchema, planKinds, trackSchema } from "./model/plan.schema";
export type { DerivedStatus, Trend } from "./rules/assessment";
export {
  compareStatuses,
  initiativeTrend,
  latestAssessedRound,
  milestoneStatusAt,
  reportingRound,
  suggestedOverallStatus,
} from "./rules/assessment";
export type { CheckOptions } from "./rules/checkDocument";
// Status rules, roll-ups and attention
export { checkDocument } from "./rules/checkDocument";
export type { AttentionItem, AttentionReason } from "./rules/needsAttention";
export { attentionReasons, needsAttention } from "./rules/needsAttention";
export type { RollUpDimension, RollUpGroup, RoundCounts, StatusCounts } from "./rules/rollUp";
export { countStatuses, rollUp, rollUpDimensions } from "./rules/rollUp";
export type { AssessedLevel, LifecycleState, SmileyFace, Status, StatusScale } from "./status/status";
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
