// Statuses, locales and labels, Danish dates, status rules and roll-ups, rich text: the
// zod-free half, also published alone as `@milepael/core/lite` (see lite.ts).
export * from "./lite";

// Diagnostics
export { diagnostic, diagnosticCodes, hasErrors } from "./diagnostics/diagnostic";
export type {
  Diagnostic,
  DiagnosticCode,
  DiagnosticLevel,
  DiagnosticPath,
  SourceLocation,
} from "./diagnostics/diagnostic";
export type { DiagnosticParams, DiagnosticParamsArgument } from "./diagnostics/params";
export { diagnosticMessage, formatDiagnostic, formatLocation, formatPath } from "./diagnostics/messages";

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
export { defaultMaxInputLength, maxRichTextCellLength } from "./limits";
export {
  currentSchemaVersion,
  documentJsonSchema,
  milepaelDocumentSchema,
  parseDocumentJson,
  schemaMigrations,
  upgradeDocument,
  validateDocument,
} from "./model/document.schema";
export type {
  DocumentResult,
  DocumentType,
  MilepaelDocument,
  SchemaMigration,
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
export type {
  DocumentStore,
  DocumentSummary,
  ImportStoreResult,
  PutOptions,
  PutResult,
  RemoveResult,
  StoreBackup,
  StoreChange,
  StoredDocument,
} from "./store/documentStore";
export type { MemoryStoreHub } from "./store/memoryStore";
export { createMemoryStore, createMemoryStoreHub } from "./store/memoryStore";

// Checks against the model and the status rules
export { checkDocument } from "./rules/checkDocument";
export type { CheckOptions } from "./rules/checkDocument";

// Importers
export { importFollowUpText } from "./import/followUpText/read";
export type { FollowUpImportOptions } from "./import/followUpText/read";
export type { CommonImportOptions, ImportResult } from "./import/shared/result";
export type { NormalizedCounts } from "./import/shared/normalize";
export { normalizeInput } from "./import/shared/normalize";
export { importPlanText } from "./import/planText/read";
export type { PlanImportOptions } from "./import/planText/read";
export { planColumnNames } from "./import/planText/columns";
export type { PlanColumn } from "./import/planText/columns";
export { importPlanCsv } from "./import/planCsv/read";
export type { PlanCsvImportOptions } from "./import/planCsv/read";
export { importFollowUpCsv, isFollowUpCsvHeader } from "./import/followUpCsv/read";
export type { FollowUpCsvImportOptions } from "./import/followUpCsv/read";
export { parseDelimited } from "./import/shared/delimited";
// Files as they are (.docx, .pdf, text), from their bytes; the Word and PDF readers load on demand.
export { importFile } from "./import/importFile";
export type { FileFormat, ImportFileOptions } from "./import/importFile";
export type { DelimitedRow } from "./import/shared/delimited";

// Exporters
export { exportJson } from "./export/json";
export { csvField, toCsv } from "./import/shared/csv";
export type { CsvExportOptions } from "./import/shared/csv";
export { exportPlanCsv } from "./import/planCsv/write";
export { exportFollowUpCsv } from "./import/followUpCsv/write";
export type { FollowUpCsvExportOptions } from "./import/followUpCsv/write";
export { followUpCsvColumns, followUpCsvHeaders } from "./import/followUpCsv/columns";
export type { FollowUpCsvColumn } from "./import/followUpCsv/columns";
export { documentId } from "./export/documentId";
export { exportPlanIcs } from "./import/ics/write";
export type { IcsExport, IcsExportOptions } from "./import/ics/write";
export { detectFormat, importDocument, importFormats } from "./import/importDocument";
export type { ImportDocumentOptions, ImportFormat } from "./import/importDocument";

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
} from "./model/meetings.schema";
export type {
  Absentee,
  DecisionOutcome,
  Meeting,
  MeetingItem,
  MeetingKind,
  MeetingsDocument,
  RelatedDocument,
} from "./model/meetings.schema";
export { importMeetingsText, looksLikeMeetings } from "./import/meetings/importMeetingsText";
export type { MeetingsImportOptions } from "./import/meetings/importMeetingsText";
export { decisionOutcome } from "./import/meetings/itemFields";
export { extractPlan } from "./meetings/extractPlan";
export type { ExtractPlanOptions } from "./meetings/extractPlan";
export { exportMeetingItemsCsv, exportMeetingsIcs } from "./import/meetings/write";
