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
export type { AssessedLevel, LifecycleState, SmileyFace, Status, StatusScale } from "./status/status";

// Locales and labels
export { defaultLocale, locales, toLocale } from "./i18n/locale";
export type { Locale } from "./i18n/locale";
export { lifecycleLabel, statusLabel } from "./i18n/statusLabels";
export { attentionReasonLabel } from "./i18n/attentionReasons";
export type { StatusLabel } from "./i18n/statusLabels";
export { dateFailureMessage } from "./i18n/dateReasons";

// Danish date expressions
export { parseDanishDate } from "./date/parseDanishDate";
export { formatDanishDate, monthName } from "./date/formatDanishDate";
export type { FormatDanishDateOptions } from "./date/formatDanishDate";
export { compareDanishDates, dateSortKey } from "./date/compareDanishDates";
export type { DateSortOptions } from "./date/compareDanishDates";
export { dateFailureReasons, dateKinds, datePrecisions } from "./date/types";
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
export { isoWeekOf, isoWeeksInYear } from "./date/calendar";

// Diagnostics
export { diagnostic, diagnosticCodes, hasErrors } from "./diagnostics/diagnostic";
export type { Diagnostic, DiagnosticCode, DiagnosticLevel, DiagnosticPath } from "./diagnostics/diagnostic";
export { diagnosticMessage, formatDiagnostic, formatPath } from "./diagnostics/messages";

// The document model
export {
  dateExpressionSchema,
  isoDateSchema,
  lifecycleSchema,
  richTextSchema,
  statusSchema,
} from "./model/common.schema";
export type { DateExpression } from "./model/common.schema";
export { toDateExpression } from "./model/dateExpression";
export { documentMetadataSchema } from "./model/metadata.schema";
export type { DocumentMetadata } from "./model/metadata.schema";
export { activitySchema, planDocumentSchema, planKinds, trackSchema } from "./model/plan.schema";
export type { Activity, PlanDocument, Track } from "./model/plan.schema";
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
  currentSchemaVersion,
  documentJsonSchema,
  milepaelDocumentSchema,
  parseDocumentJson,
  validateDocument,
} from "./model/document.schema";
export type { DocumentResult, DocumentType, MilepaelDocument } from "./model/document.schema";

// Status rules, roll-ups and attention
export { checkDocument } from "./rules/checkDocument";
export type { CheckOptions } from "./rules/checkDocument";
export {
  compareStatuses,
  initiativeTrend,
  latestAssessedRound,
  milestoneStatusAt,
  reportingRound,
  suggestedOverallStatus,
} from "./rules/assessment";
export type { DerivedStatus, Trend } from "./rules/assessment";
export { countStatuses, rollUp, rollUpDimensions } from "./rules/rollUp";
export type { RollUpDimension, RollUpGroup, RoundCounts, StatusCounts } from "./rules/rollUp";
export { attentionReasons, needsAttention } from "./rules/needsAttention";
export type { AttentionItem, AttentionReason } from "./rules/needsAttention";

// Rich text
export { decodeEntities, parseRichText, richTextToPlainText, sanitizeRichText } from "./richText/richText";
export type { RichNode, RichTextTag, SanitizedRichText } from "./richText/richText";

// Importers
export { importFollowUpText } from "./import/importFollowUpText";
export type { FollowUpImportOptions } from "./import/importFollowUpText";
export type { CommonImportOptions, ImportResult } from "./import/common";
export { importPlanText, planColumnNames } from "./import/importPlanText";
export type { PlanColumn, PlanImportOptions } from "./import/importPlanText";
export { importPlanCsv, unescapeCell } from "./import/importPlanCsv";
export type { PlanCsvImportOptions } from "./import/importPlanCsv";
export { importFollowUpCsv, isFollowUpCsvHeader, parseAmount } from "./import/importFollowUpCsv";
export type { FollowUpCsvImportOptions } from "./import/importFollowUpCsv";
export { detectDelimiter, parseDelimited } from "./import/delimited";
export type { DelimitedRow } from "./import/delimited";

// Exporters
export { exportJson } from "./export/json";
export { csvField, exportFollowUpCsv, exportPlanCsv, toCsv } from "./export/csv";
export type { CsvExportOptions, FollowUpCsvExportOptions } from "./export/csv";
export { followUpCsvColumns, followUpCsvHeaders } from "./export/followUpCsvColumns";
export type { FollowUpCsvColumn } from "./export/followUpCsvColumns";
export { exportPlanIcs } from "./export/ics";
export type { IcsExport, IcsExportOptions } from "./export/ics";
export { detectFormat, importDocument, importFormats } from "./import/importDocument";
export type { ImportDocumentOptions, ImportFormat } from "./import/importDocument";
