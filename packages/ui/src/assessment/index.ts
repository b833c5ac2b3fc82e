"use client";
export { AssessmentTable, type AssessmentTableProps } from "./AssessmentTable";
export { RoundDiff, type RoundDiffProps } from "./RoundDiff";
export { type AssessmentTexts, assessmentTexts } from "./texts";
export type { AssessmentDraft } from "./drafts";
export {
  type AssessmentAnnouncement,
  type AssessmentChange,
  type AssessmentTableModel,
  assessmentKey,
  type UseAssessmentTableOptions,
  useAssessmentTable,
} from "./useAssessmentTable";
export type { AssessmentShow } from "./worklist";
