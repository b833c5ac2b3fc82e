// Statuses, locales and labels, Danish dates, status rules and roll-ups, rich text, and the model's
// types: the zod-free half, also published alone as `@milepael/core/lite` (see lite.ts). Nothing
// below names again what it exports.
export * from "./lite";

// Diagnostics
export {
  diagnostic,
  diagnosticCodes,
  hasErrors,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticLevel,
  type DiagnosticPath,
  type SourceLocation,
} from "./diagnostics/diagnostic";
export type { DiagnosticParams, DiagnosticParamsArgument } from "./diagnostics/params";
export { diagnosticMessage, formatDiagnostic, formatLocation, formatPath } from "./diagnostics/messages";
// A document's JSON and schema findings in words without the importers' catalogue (the elements)
export { formatDocumentDiagnostic } from "./diagnostics/documentMessage";

// The document model
export {
  dateExpressionSchema,
  isoDateSchema,
  lifecycleSchema,
  richTextSchema,
  statusSchema,
} from "./model/common.schema";
export { toDateExpression } from "./model/dateExpression";
export { documentMetadataSchema } from "./model/metadata.schema";
export { activitySchema, planDocumentSchema, planKinds, trackSchema } from "./model/plan.schema";
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
export { defaultMaxInputLength, maxRichTextCellLength } from "./limits";
export {
  currentSchemaVersion,
  documentJsonSchema,
  milepaelDocumentSchema,
  parseDocumentJson,
  schemaMigrations,
  upgradeDocument,
  validateDocument,
  type DocumentResult,
  type DocumentType,
  type SchemaMigration,
} from "./model/document.schema";

// Assessing a follow-up round (issue #20): the history's schemas (the operations are in lite)
export {
  assessmentTargetSchema,
  historyEventSchema,
  readingGuideSchema,
  roundStates,
  timestampSchema,
} from "./assessment/history.schema";

// Keeping documents (issue #20): the store interface and the in-memory store; IndexedDB is in
// `@milepael/core/store`
export type * from "./store/documentStore";
export { type MemoryStoreHub, createMemoryStore, createMemoryStoreHub } from "./store/memoryStore";

// Checks against the model and the status rules
export { checkDocument, type CheckOptions } from "./rules/checkDocument";

// Importers
export { importFollowUpText, type FollowUpImportOptions } from "./import/followUpText/read";
export type { CommonImportOptions, ImportResult } from "./import/shared/result";
export { type NormalizedCounts, normalizeInput } from "./import/shared/normalize";
export { importPlanText, type PlanImportOptions } from "./import/planText/read";
export { planColumnNames, type PlanColumn } from "./import/planText/columns";
export { importPlanCsv, type PlanCsvImportOptions } from "./import/planCsv/read";
export {
  importFollowUpCsv,
  isFollowUpCsvHeader,
  type FollowUpCsvImportOptions,
} from "./import/followUpCsv/read";
export { parseDelimited, type DelimitedRow } from "./import/shared/delimited";
// Files as they are (.docx, .pdf, text), from their bytes; the Word and PDF readers load on demand.
export { importFile, type FileFormat, type ImportFileOptions } from "./import/importFile";

// Exporters
export { exportJson } from "./export/json";
export type { CsvExportOptions } from "./import/shared/csv";
export { exportPlanCsv } from "./import/planCsv/write";
export { exportFollowUpCsv, type FollowUpCsvExportOptions } from "./import/followUpCsv/write";
export { followUpCsvColumns, followUpCsvHeaders, type FollowUpCsvColumn } from "./import/followUpCsv/columns";
export { documentId } from "./export/documentId";
export { exportPlanIcs, type IcsExport, type IcsExportOptions } from "./import/ics/write";
export {
  detectFormat,
  importDocument,
  importFormats,
  type ImportDocumentOptions,
  type ImportFormat,
} from "./import/importDocument";

// Meetings: minutes and agendas, their decisions and the process plans inside them (issue #18)
export {
  absenteeSchema,
  clockTimeSchema,
  decisionOutcomes,
  meetingItemSchema,
  meetingKinds,
  meetingSchema,
  meetingsDocumentSchema,
  relatedDocumentSchema,
  type Absentee,
} from "./model/meetings.schema";
export {
  importMeetingsText,
  looksLikeMeetings,
  type MeetingsImportOptions,
} from "./import/meetings/importMeetingsText";
export {
  importMeetingsCsv,
  type MeetingsCsvImportOptions,
} from "./import/meetings/readCsv";
export { isMeetingsCsvHeader } from "./import/meetings/csvColumns";
export { decisionOutcome } from "./import/meetings/decisionOutcome";
export { extractPlan, type ExtractPlanOptions } from "./meetings/extractPlan";
export { exportMeetingItemsCsv, exportMeetingsIcs } from "./import/meetings/write";
