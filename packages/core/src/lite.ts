// `@milepael/core/lite`: what widgets need at run time (statuses, labels, dates, roll-ups, rich
// text, CSV cells) without the zod schemas and importers, so a smiley does not load zod. Every
// name here is also exported from the main entry. `export *` stands where a module is public as a
// whole; the API report (api/lite.api.txt) shows each name.

// Status values, scales and faces
export * from "./status/status";

// Status rules, roll-ups and attention
export * from "./rules/assessment";
export * from "./rules/needsAttention";
export * from "./rules/rollUp";

// Assessing a follow-up round (issue #20): pure operations, the reading guide, the history
export { checkAssessmentState } from "./assessment/checkAssessmentState";
// The findings of assessing in words, without the importers' messages (the widgets' bundles stay small)
export { assessmentMessage } from "./diagnostics/assessmentMessage";
export * from "./assessment/diffRounds";
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
export * from "./assessment/operations";
export * from "./assessment/readingGuide";
export { roundWorklist, type WorklistItem } from "./assessment/roundWorklist";
export { summariseRound } from "./assessment/summariseRound";

// Calendar arithmetic on plain dates as day numbers, and Danish date expressions
export * from "./date/calendar";
export { compareDanishDates, type DateSortOptions, dateSortKey } from "./date/compareDanishDates";
export { type FormatDanishDateOptions, formatDanishDate } from "./date/formatDanishDate";
export { monthName } from "./date/monthName";
export { parseDanishDate } from "./date/parseDanishDate";
export { roundCutOffDate } from "./date/roundCutOffDate";
export * from "./date/types";

// Locales and labels
export { attentionReasonLabel } from "./i18n/attentionReasons";
export { dateFailureMessage } from "./i18n/dateReasons";
export { decisionOutcomeLabels } from "./i18n/decisionOutcomeLabels";
export { defaultLocale, intlLocale, knownLocale, type Locale, locales, toLocale } from "./i18n/locale";
export * from "./i18n/statusLabels";

// CSV cells for Excel; a file's bytes as text: encodings and binary files, the same in Node and browsers
export { csvField, toCsv } from "./import/shared/csv";
export * from "./import/shared/decodeText";
export { type BinaryKind, binaryKinds, sniffBinary } from "./import/shared/sniffBinary";

// Meetings for widgets: the decision log's rows, meetings on the timeline and wheel
export * from "./meetings/decisionRows";
export { meetingsAsPlan } from "./meetings/meetingsAsPlan";
export { type MeetingsSummaryRow, summarizeMeetings } from "./meetings/summarizeMeetings";

// Rich text
export {
  decodeEntities,
  maxRichTextDepth,
  parseRichText,
  type RichNode,
  type RichTextTag,
  richTextToPlainText,
  type SanitizedRichText,
  sanitizeRichText,
} from "./richText/richText";

// The model's types (types only: no schema code comes with them)
export type {
  BudgetFollowUp,
  Economy,
  Initiative,
  InitiativeKind,
  Milestone,
  Round,
  Section,
} from "./model/budgetFollowUp.schema";
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
